package ui

import "strings"

// Japanese line breaking (kinsoku shori): a line must not start with
// closing brackets, small kana, the prolonged sound mark or punctuation,
// and must not end with an opening bracket. Fyne's entry breaks a line at
// any character (TextWrapBreak) and offers no hook to choose the break, so
// the Japanese column shows its text through kinsokuView, wrapped here,
// whenever the entry is not being edited.
const (
	noLineStart = "、。，．・：；？！゛゜ヽヾゝゞ々ー）］｝」』】〕〉》〙〗〟’”｠»ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ…‥〜～)]},.:;!?%"
	noLineEnd   = "（［｛「『【〔〈《〘〖〝‘“｟«([{"
)

// kinsokuLines wraps one text into lines of at most width, breaking
// between any two characters except where the rules above forbid it: the
// character that may not start a line goes down with the one before it
// (oidashi), as does an opening bracket at a line's end.
func kinsokuLines(text string, width float32, adv func(rune) float32) []string {
	var out []string
	for _, line := range splitRunes(text) {
		out = append(out, kinsokuLine(line, width, adv)...)
	}
	return out
}

func kinsokuLine(line []rune, width float32, adv func(rune) float32) []string {
	if len(line) == 0 {
		return []string{""}
	}
	var out []string
	for low := 0; low < len(line); {
		end := kinsokuBreak(line, low, width, adv)
		out = append(out, string(line[low:end]))
		low = end
	}
	return out
}

// kinsokuRows is len(kinsokuLines(text, ...)) of a text in runes, without
// making the lines: the row sizer asks it of every Japanese text.
func kinsokuRows(text []rune, width float32, adv func(rune) float32) int {
	rows := 0
	for line := range linesOf(text) {
		rows++ // a line's first row, an empty line's too
		for low := kinsokuBreak(line, 0, width, adv); low < len(line); low = kinsokuBreak(line, low, width, adv) {
			rows++
		}
	}
	return rows
}

// kinsokuBreak is where the row of line that starts at low ends.
func kinsokuBreak(line []rune, low int, width float32, adv func(rune) float32) int {
	if low >= len(line) {
		return low
	}
	n := max(fitting(line[low:], width, adv), 1)
	end := low + n
	bad := func(e int) bool { return e < len(line) && (forbiddenStart(line[e]) || forbiddenEnd(line[e-1])) }
	for end-low > 1 && bad(end) {
		end--
	}
	if bad(end) {
		end = low + n // no better place: break where the line is full
	}
	return end
}

func forbiddenStart(r rune) bool { return strings.ContainsRune(noLineStart, r) }
func forbiddenEnd(r rune) bool   { return strings.ContainsRune(noLineEnd, r) }
