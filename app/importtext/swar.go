package importtext

import (
	"math/bits"
	"strings"

	"taiyaku/app/internal/swar"
)

// Eight bytes at a time: most of a line is small letters, spaces and
// Japanese, and an acronym needs a capital or a digit, so the search for
// acronyms jumps from one capital or digit to the next.

// capitalOrDigits marks the bytes of x that are A–Z or 0–9.
func capitalOrDigits(x uint64) uint64 {
	return swar.Between(x, 'A'-1, 'Z'+1) | swar.Between(x, '0'-1, '9'+1)
}

// nextCapitalOrDigit is the index of the first byte from i on that is A–Z
// or 0–9, or len(s).
func nextCapitalOrDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := capitalOrDigits(swar.Load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if c := byteClass[s[i]]; c == upper || c == digit {
			return i
		}
	}
	return len(s)
}

// nextDigit is the index of the first ASCII digit from i on, or len(s).
func nextDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := swar.Between(swar.Load8(s, i), '0'-1, '9'+1); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s) && !isDigit(s[i]); i++ {
	}
	return i
}

// Each separator of a time of day is told by one byte: ':' itself, the
// middle byte of 時 (E6 99 82) and the last of ： (EF BC 9A). Those two
// also occur inside other characters, which clockSepAt rules out; the
// first bytes would stop the search far more often.
const (
	colonByte     = ':'
	jiMiddleByte  = 0x99
	colonLastByte = 0x9A
)

// clockSepAt tells whether byte p of s is the telling byte of a separator,
// and where that starts.
func clockSepAt(s string, p int) (int, string) {
	switch s[p] {
	case colonByte:
		return p, ":"
	case jiMiddleByte:
		if p >= 1 && strings.HasPrefix(s[p-1:], "時") {
			return p - 1, "時"
		}
	case colonLastByte:
		if p >= 2 && strings.HasPrefix(s[p-2:], "：") {
			return p - 2, "："
		}
	}
	return -1, ""
}
