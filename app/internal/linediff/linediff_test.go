package linediff

import "testing"

func TestLines(t *testing.T) {
	for _, c := range []struct {
		want, got string
		most      int
		out       string
	}{
		{"a\nb", "a\nb", 0, ""},
		{"a\nb", "a\nc", 0, "line 2:\n  want b\n  got  c\n"},
		{"a", "a\nx", 0, "line 2:\n  want \n  got  x\n"},
		{"a\nb", "x\ny", 1, "line 1:\n  want a\n  got  x\n…\n"},
	} {
		if out := Lines(c.want, c.got, c.most); out != c.out {
			t.Errorf("Lines(%q, %q, %d) = %q, want %q", c.want, c.got, c.most, out, c.out)
		}
	}
}
