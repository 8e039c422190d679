package importtext

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// splitByLines is the reference Split must agree with: cut at the first
// CR or LF, CRLF as one break, trim with unicode.IsSpace and the BOM.
func splitByLines(text string) []Block {
	var out []Block
	line := 0
	for len(text) > 0 {
		line++
		var s string
		if i := strings.IndexAny(text, "\r\n"); i >= 0 {
			s = text[:i]
			if strings.HasPrefix(text[i:], "\r\n") {
				i++
			}
			text = text[i+1:]
		} else {
			s, text = text, ""
		}
		if s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }); s != "" {
			out = append(out, Block{Text: s, Line: line, Runes: utf8.RuneCountInString(s)})
		}
	}
	return out
}

var splitCases = []string{
	"", "a", "a\n", "a\r\nb", "a\rb\r\n\r\nc\n", "\n\n x \n", " \t\u3000題名\u00a0\r\n\uFEFFTitle\v\f",
	"\r\r\n\n\r", "x\r", "é\x85\n\xff", "one\ntwo\rthree\r\nfour",
}

func TestSplitAsLines(t *testing.T) {
	for _, s := range splitCases {
		if got, want := Split(s), splitByLines(s); !equalBlocks(got, want) {
			t.Errorf("Split(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range splitCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Split(s), splitByLines(s); !equalBlocks(got, want) {
			t.Errorf("Split(%q) = %+v, want %+v", s, got, want)
		}
	})
}

// equalBlocks compares block lists, an empty list equal to none.
func equalBlocks(a, b []Block) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}
