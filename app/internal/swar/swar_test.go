package swar

import (
	"encoding/binary"
	"testing"
	"unicode/utf8"
)

// FuzzBetween: Between agrees with a byte-by-byte look for every bound
// pair, and Load8 with encoding/binary.
func FuzzBetween(f *testing.F) {
	for _, s := range []string{"", "abcdefgh", "\x7f\x80@[`{/:09azAZ", "経済産業省 METI", "\x00\x01\tZ\xff\xfe9a"} {
		f.Add(s, byte('a'-1), byte('z'+1))
	}
	f.Fuzz(func(t *testing.T, s string, m, n byte) {
		m, n = m%128, n%129
		for i := 0; i+8 <= len(s); i++ {
			x := Load8(s, i)
			if want := binary.LittleEndian.Uint64([]byte(s[i : i+8])); x != want {
				t.Fatalf("Load8(%q, %d) = %#x, want %#x", s, i, x, want)
			}
			var want uint64
			for k := 0; k < 8; k++ {
				if c := s[i+k]; c > m && c < n {
					want |= 0x80 << (8 * k)
				}
			}
			if got := Between(x, uint64(m), uint64(n)); got != want {
				t.Fatalf("Between(%#x, %d, %d) = %#x, want %#x", x, m, n, got, want)
			}
		}
	})
}

// FuzzContinuations: Continuations agrees with a byte-by-byte count, and
// with utf8.RuneCountInString on valid UTF-8.
func FuzzContinuations(f *testing.F) {
	for _, s := range []string{"", "abc", "経済産業省 METI 2025年", "\x80\xbf\xc0\xff", "ＡＢＣ①②"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := 0
		for i := 0; i < len(s); i++ {
			if s[i]&0xC0 == 0x80 {
				want++
			}
		}
		if got := Continuations(s); got != want {
			t.Fatalf("Continuations(%q) = %d, want %d", s, got, want)
		}
		if utf8.ValidString(s) && len(s)-want != utf8.RuneCountInString(s) {
			t.Fatalf("%q: %d characters, RuneCountInString %d", s, len(s)-want, utf8.RuneCountInString(s))
		}
	})
}

// TestEqual compares Equal (and so Zeros) with a byte-by-byte look, for
// every byte value in every position, against several values looked for.
func TestEqual(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			for _, want := range []byte{0, '(', 0x80, 0x99, 0xE3, 0xFF, byte(c)} {
				b := []byte{0xE3, 0x80, 0x81, ' ', '(', 0xFF, 0x00, 'a'}
				b[pos] = byte(c)
				var m uint64
				for k, x := range b {
					if x == want {
						m |= 0x80 << (8 * k)
					}
				}
				if got := Equal(Load8(string(b), 0), want); got != m {
					t.Fatalf("Equal(% x, %#x) = %#x, want %#x", b, want, got, m)
				}
			}
		}
	}
}
