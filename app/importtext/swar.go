package importtext

import (
	"math/bits"

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
