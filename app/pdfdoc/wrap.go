package pdfdoc

import (
	"strings"

	"github.com/go-text/typesetting/segmenter"
)

// noLineStart are the characters that Japanese typesetting (kinsoku) never
// puts at the start of a line: closing brackets and quotes, the comma and
// full stop, middle dots, small kana and the prolonged sound mark, and
// their Latin counterparts.
const noLineStart = "。、，．・：；？！」』）】〕〉》］｝〙〗ーゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々,.:;!?)]}"

// Wrap breaks text into lines no wider than width, as measured by measure,
// at the break opportunities of the Unicode line-breaking rules (UAX #14:
// between words, between Japanese characters, never before 。、」）and the
// like). A run with no opportunity that is still too wide (a long URL) is
// cut between characters, never before a character of noLineStart: such a
// character stays at the end of the line before, even where that line
// runs a little past width (hanging punctuation). Each "\n" ends a line;
// spaces at the end of a line are dropped.
func Wrap(text string, width float64, measure func(string) float64) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		out = append(out, wrapParagraph(para, width, measure)...)
	}
	return out
}

func wrapParagraph(para string, width float64, measure func(string) float64) []string {
	if strings.TrimSpace(para) == "" {
		return []string{""}
	}
	var seg segmenter.Segmenter
	seg.Init([]rune(para))
	var out []string
	cur := ""
	it := seg.LineIterator()
	for it.Next() {
		piece := string(it.Line().Text)
		if measure(strings.TrimRight(cur+piece, " ")) <= width {
			cur += piece
			continue
		}
		if strings.TrimSpace(cur) != "" {
			out = append(out, strings.TrimRight(cur, " "))
		}
		cur = ""
		for measure(strings.TrimRight(piece, " ")) > width {
			head, rest := cut(piece, width, measure)
			out = append(out, head)
			piece = rest
		}
		cur = piece
	}
	if strings.TrimSpace(cur) != "" {
		out = append(out, strings.TrimRight(cur, " "))
	}
	return out
}

// cut takes from s the longest head that fits width (at least one
// character), then moves any character that may not start a line from the
// rest onto the head.
func cut(s string, width float64, measure func(string) float64) (head, rest string) {
	rs := []rune(s)
	n := 1
	for n < len(rs) && measure(string(rs[:n+1])) <= width {
		n++
	}
	for n < len(rs) && strings.ContainsRune(noLineStart, rs[n]) {
		n++
	}
	return string(rs[:n]), string(rs[n:])
}

// StartsBadly tells whether a line starts with a character that kinsoku
// keeps from a line's start (for tests of any text layout).
func StartsBadly(line string) bool {
	for _, r := range line {
		return strings.ContainsRune(noLineStart, r)
	}
	return false
}
