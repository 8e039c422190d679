package glossary

import "math/bits"

// Eight bytes at a time: EachRendered walks every word of every English
// line, and its words and lines are mostly plain ASCII.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
	lows  = 0x7f7f7f7f7f7f7f7f
)

// between sets the high bit of each byte of x that lies strictly between m
// and n (m < 128, n ≤ 128). The sums stay inside each byte (the low seven
// bits plus at most 127), so the answer is exact per byte, and bytes of 128
// and above never count.
func between(x uint64, m, n uint64) uint64 {
	low := x & lows
	return (ones*(127+n) - low) & ^x & (low + ones*(127-m)) & highs
}

// load8 reads s[i:i+8] little-endian (the compiler makes it one load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// notAlnum marks the bytes of x that are not ASCII letters or digits.
func notAlnum(x uint64) uint64 {
	return highs &^ (between(x, 'a'-1, 'z'+1) | between(x, 'A'-1, 'Z'+1) | between(x, '0'-1, '9'+1))
}

// wordEnd is the end of the run of ASCII letters and digits at s[i:].
func wordEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := notAlnum(load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	return i
}

// isPlainASCII tells ASCII text without tabs.
func isPlainASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		if x&highs != 0 || between(x, '\t'-1, '\t'+1) != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == '\t' {
			return false
		}
	}
	return true
}
