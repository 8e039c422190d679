package glossary

import (
	"testing"
	"unicode/utf8"

	"taiyaku/app/internal/swar"
)

// FuzzSWAR: the eight-byte walks agree with a byte-by-byte look (the
// search for a rendering's first letter with lower, as it was).
func FuzzSWAR(f *testing.F) {
	for _, s := range []string{"", "abc def", "Ministry of Economy, Trade", "経済産業省 METI", "tab\there", "\x7f\x80@[`{/:09azAZ", "abcdefghijklmnopqrstuvwxyz0123456789"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		plain := true
		for i := 0; i < len(s); i++ {
			plain = plain && s[i] < utf8.RuneSelf && s[i] != '\t'
		}
		if got := isPlainASCII(s); got != plain {
			t.Fatalf("isPlainASCII(%q) = %v", s, got)
		}
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && isAlnum(s[want]) {
				want++
			}
			if got := wordEnd(s, i); got != want {
				t.Fatalf("wordEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			for _, first := range []byte{'m', 'a', 'z', '(', '5', ' '} {
				fold := byte(0)
				if 'a' <= first && first <= 'z' {
					fold = 0x20
				}
				want := i
				for want < len(s) && lower(s[want]) != first {
					want++
				}
				if got := swar.NextFolded(s, i, first, fold); got != want {
					t.Fatalf("swar.NextFolded(%q, %d, %q) = %d, want %d", s, i, first, got, want)
				}
			}
		}
	})
}
