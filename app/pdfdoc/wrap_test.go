package pdfdoc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// width counts characters: full-width ones as 2, others as 1.
func width(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r >= 0x2E80 {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func TestWrap(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"English at spaces", "The two sides will continue to cooperate.", 16, []string{"The two sides", "will continue to", "cooperate."}},
		{"Japanese between characters", "両国は協力を続ける。", 8, []string{"両国は協", "力を続け", "る。"}},
		{"no full stop at a line start", "両国は協力を続けた。", 8, []string{"両国は協", "力を続け", "た。"}},
		{"closing bracket kept back", "「協力」を続けた。", 10, []string{"「協力」を", "続けた。"}},
		{"long word cut", "https://www.meti.go.jp/press", 10, []string{"https://", "www.meti.g", "o.jp/press"}},
		{"line breaks kept", "一\n二", 10, []string{"一", "二"}},
	}
	for _, c := range cases {
		got := Wrap(c.text, c.width, width)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// Whatever the text and width, no character is lost or added (spaces at
// line ends aside) and no line starts with 。、」）.
func FuzzWrap(f *testing.F) {
	f.Add("両国は、協力を続ける。「データ」の流通）と、AIの開発。", 7.0)
	f.Add("The Government of Japan welcomes, that (the) elections...", 5.0)
	f.Fuzz(func(t *testing.T, text string, w float64) {
		if !utf8.ValidString(text) || w < 2 || w > 200 || strings.ContainsAny(text, "\r") {
			return
		}
		lines := Wrap(text, w, width)
		squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if squash(strings.Join(lines, "")) != squash(text) {
			t.Fatalf("text changed: %q -> %q", text, lines)
		}
		for i, l := range lines {
			if i > 0 && StartsBadly(l) && !StartsBadly(text) {
				prev := lines[i-1]
				if prev != "" {
					t.Fatalf("line %d starts with a forbidden character: %q", i, lines)
				}
			}
		}
	})
}
