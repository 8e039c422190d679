package importtext

import "math/bits"

// Eight bytes at a time: most of a line is small letters, spaces and
// Japanese, and an acronym needs a capital or a digit, so the search for
// acronyms jumps from one capital or digit to the next.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
	lows  = 0x7f7f7f7f7f7f7f7f
)

// between sets the high bit of each byte of x that lies strictly between m
// and n (m < 128, n ≤ 128). The sums stay inside each byte (the low seven
// bits plus at most 127), so no byte disturbs its neighbour and the answer
// is exact per byte; bytes of 128 and above (UTF-8 beyond ASCII) never count.
func between(x uint64, m, n uint64) uint64 {
	low := x & lows
	return (ones*(127+n) - low) & ^x & (low + ones*(127-m)) & highs
}

// capitalOrDigits marks the bytes of x that are A–Z or 0–9.
func capitalOrDigits(x uint64) uint64 {
	return between(x, 'A'-1, 'Z'+1) | between(x, '0'-1, '9'+1)
}

// load8 reads s[i:i+8] little-endian (the compiler makes it one load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// nextCapitalOrDigit is the index of the first byte from i on that is A–Z
// or 0–9, or len(s).
func nextCapitalOrDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := capitalOrDigits(load8(s, i)); m != 0 {
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
		if m := between(load8(s, i), '0'-1, '9'+1); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s) && !isDigit(s[i]); i++ {
	}
	return i
}
