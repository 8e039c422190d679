package textfacts

import (
	"strings"
	"testing"
)

// TestFirstChars checks that the filter of the counters lets through every
// character that starts a counter, over every rune of one to three bytes
// followed by anything or nothing.
func TestFirstChars(t *testing.T) {
	passed := 0
	for r := rune(1); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, tail := range []string{"", "国", "所"} {
			s := string(r) + tail
			want := false
			for _, c := range counters {
				want = want || strings.HasPrefix(s, c)
			}
			got := counterFirst.may(s, 0)
			if want && !got {
				t.Fatalf("counterFirst.may(%q) = false, but a counter starts there", s)
			}
			if got && tail == "" {
				passed++
			}
		}
	}
	if passed > 1000 { // some 50 first characters, and those that share their low bits
		t.Errorf("counterFirst lets %d characters through: not much of a filter", passed)
	}
}
