package numbering

import (
	"fmt"
	"strings"
	"testing"
)

// reading is a label's (style, ordinal), written "paren-lower 9".
func reading(l *Label) string {
	if l == nil {
		return "-"
	}
	return fmt.Sprintf("%s %d", l.Style, l.Ordinal)
}

// parseAll parses each block; "_" stands for a block without a label.
func parseAll(t *testing.T, blocks []string) []*Label {
	t.Helper()
	labels := make([]*Label, len(blocks))
	for i, b := range blocks {
		if b == "_" {
			continue
		}
		l, ok := Parse(b + " x")
		if !ok {
			t.Fatalf("Parse(%q): no label", b)
		}
		labels[i] = &l
	}
	return labels
}

// seq spells out a run of readings of one style: seq("kana", 1, 3) is
// "kana 1", "kana 2", "kana 3".
func seq(style Style, from, to int) []string {
	var out []string
	for i := from; i <= to; i++ {
		out = append(out, fmt.Sprintf("%s %d", style, i))
	}
	return out
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name   string
		blocks string // space-separated labels; "_" is a block without a label
		want   []string
	}{
		{"letters through (i)", "(a) (b) (c) (d) (e) (f) (g) (h) (i) (j)", seq(StyleParenLower, 1, 10)},
		{"(i) ends the letters", "(a) (b) (c) (d) (e) (f) (g) (h) (i)", seq(StyleParenLower, 1, 9)},
		{"roman", "(i) (ii) (iii)", seq(StyleParenRoman, 1, 3)},
		{"lone (i)", "(i)", seq(StyleParenRoman, 1, 1)},
		{"roman (v)", "(iv) (v) (vi)", seq(StyleParenRoman, 4, 6)},
		{"letter (v)", "(t) (u) (v)", seq(StyleParenLower, 20, 22)},
		{"letters keep (c)", "(a) (b) (c) (d)", seq(StyleParenLower, 1, 4)},
		{"(i) after nested item", "(h) (A) (i)", []string{"paren-lower 8", "paren-upper 1", "paren-lower 9"}},
		{"new roman list after letters", "(1) (a) (b) (c) (2) (i) (ii)",
			[]string{"paren-digit 1", "paren-lower 1", "paren-lower 2", "paren-lower 3", "paren-digit 2", "paren-roman 1", "paren-roman 2"}},
		{"upper roman", "I. II.", seq(StyleRoman, 1, 2)},
		{"gojūon", "ア イ ウ", seq(StyleKana, 1, 3)},
		{"gojūon across prose", "ア _ イ _ ウ", []string{"kana 1", "-", "kana 2", "-", "kana 3"}},
		{"iroha", "イ ロ ハ", seq(StyleIroha, 1, 3)},
		{"lone イ starts a list", "イ", seq(StyleIroha, 1, 1)},
		{"paren iroha", "（イ） （ロ）", seq(StyleParenIroha, 1, 2)},
		{"long iroha", "イ ロ ハ ニ ホ ヘ ト チ リ ヌ ル ヲ ワ カ ヨ タ", seq(StyleIroha, 1, 16)},
		{"long gojūon", "ア イ ウ エ オ カ キ ク ケ コ サ シ ス セ ソ タ チ ツ テ ト", seq(StyleKana, 1, 20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := strings.Fields(tt.blocks)
			labels := parseAll(t, blocks)
			Resolve(labels)
			for i, l := range labels {
				if got := reading(l); got != tt.want[i] {
					t.Errorf("label %d (%q) = %s, want %s", i, blocks[i], got, tt.want[i])
				}
				if l != nil && l.Alt != nil {
					t.Errorf("label %d (%q) still has Alt after Resolve", i, blocks[i])
				}
			}
		})
	}
}

func TestResolveEmpty(t *testing.T) {
	Resolve(nil)
	Resolve([]*Label{nil, nil})
}
