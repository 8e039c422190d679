// Package swar holds the eight-bytes-at-a-time helpers (SIMD within a
// register) that the text scanners share: most of a line is plain ASCII or
// long runs of Japanese, and looking at a word of eight bytes at once finds
// the next interesting byte with an eighth of the branches.
package swar

import "math/bits"

const (
	// Ones has 1 in every byte.
	Ones = 0x0101010101010101
	// Highs has the high bit of every byte set; a mask from Between holds
	// only these bits.
	Highs = 0x8080808080808080
	lows  = 0x7f7f7f7f7f7f7f7f
)

// Between sets the high bit of each byte of x that lies strictly between m
// and n (m < 128, n ≤ 128). The sums stay inside each byte (the low seven
// bits plus at most 127), so no byte disturbs its neighbour and the answer
// is exact per byte; bytes of 128 and above (UTF-8 beyond ASCII) never count.
func Between(x uint64, m, n uint64) uint64 {
	low := x & lows
	return (Ones*(127+n) - low) & ^x & (low + Ones*(127-m)) & Highs
}

// Zeros sets the high bit of each byte of v that is 0, exactly: the low
// seven bits plus 0x7F stay inside their byte, so no borrow runs from one
// byte into the next.
func Zeros(v uint64) uint64 { return ^((v&lows + lows) | v) & Highs }

// Equal sets the high bit of each byte of x that equals c, exactly.
func Equal(x uint64, c byte) uint64 { return Zeros(x ^ Ones*uint64(c)) }

// Load8 reads s[i:i+8] little-endian (the compiler makes it one load).
func Load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Continuations counts the UTF-8 continuation bytes of s (10xxxxxx): its
// length less them is its number of characters when s is valid UTF-8.
func Continuations(s string) int {
	n, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		x := Load8(s, i)
		n += bits.OnesCount64(x & Highs &^ (x << 1 & Highs)) // bit 7 set, bit 6 clear
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n++
		}
	}
	return n
}

// NextFolded is the first index from i of a byte c of s with
// c|fold == first, or len(s), eight bytes at a time. With fold 0x20 and a
// lower-case letter first, the letter in either case; with fold 0 the
// byte first itself. A byte of 0x80 or more never matches an ASCII first.
// Searches for a word stop only at its first letter, not at every byte.
func NextFolded(s string, i int, first, fold byte) int {
	for ; i+8 <= len(s); i += 8 {
		if m := Equal(Load8(s, i)|Ones*uint64(fold), first); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && s[i]|fold != first {
		i++
	}
	return i
}
