package importtext

import (
	"slices"
	"testing"
)

// TestClockKeys: a Japanese and an English time line give the same keys;
// what is not a time gives none.
func TestClockKeys(t *testing.T) {
	same := [][2]string{
		{"9時58分~10時07分", "9:58 - 10:07 a.m."},
		{"午後5時10分", "5:10 p.m."},
		{"午前9時5分", "9:05 a.m."},
	}
	for _, c := range same {
		ja, en := clockKeys(c[0]), clockKeys(c[1])
		if len(ja) == 0 || !slices.Equal(ja, en) {
			t.Errorf("clockKeys(%q) = %v, clockKeys(%q) = %v", c[0], ja, c[1], en)
		}
	}
	for _, s := range []string{"9時に", "Article 74(5)", "ratio 123:456", "10時間", "12:3"} {
		if k := clockKeys(s); len(k) != 0 {
			t.Errorf("clockKeys(%q) = %v, want none", s, k)
		}
	}
}
