package importtext

import "testing"

// FuzzSWAR: the eight-byte searches agree with a byte-by-byte look.
func FuzzSWAR(f *testing.F) {
	for _, s := range []string{"", "abc", "abcdefghijklmnopQ", "令和7年1月22日", "\x80\xff@[/:9Z0A", "zzzzzzzzzzzzzzzz5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for from := 0; from <= len(s); from++ {
			wantD, wantC := len(s), len(s)
			for i := len(s) - 1; i >= from; i-- {
				c := s[i]
				if c >= '0' && c <= '9' {
					wantD, wantC = i, i
				} else if c >= 'A' && c <= 'Z' {
					wantC = i
				}
			}
			if got := nextDigit(s, from); got != wantD {
				t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, from, got, wantD)
			}
			if got := nextCapitalOrDigit(s, from); got != wantC {
				t.Fatalf("nextCapitalOrDigit(%q, %d) = %d, want %d", s, from, got, wantC)
			}
		}
	})
}
