package check

import (
	"math/bits"

	"taiyaku/app/internal/swar"
)

// Eight bytes at a time: the per-text checks look for a few rare bytes
// (brackets, punctuation) in long runs of letters and kanji.

const lows = 0x7f7f7f7f7f7f7f7f

// zeros sets the high bit of each byte of v that is 0, exactly (no
// borrow runs between bytes: the low seven bits plus 0x7F stay inside
// their byte).
func zeros(v uint64) uint64 { return ^((v&lows + lows) | v) & swar.Highs }

// equal sets the high bit of each byte of x equal to c.
func equal(x uint64, c byte) uint64 { return zeros(x ^ swar.Ones*uint64(c)) }

// bracketBytes marks the bytes of x where a bracket or quote may start:
// ( ) [ ] { } ", and the lead bytes of “ ” (E2 80), U+3000–U+303F (E3 80)
// and the full-width forms (EF BC, EF BD). next is x shifted on by one
// byte (the eight bytes from the second), which holds each lead's
// second byte.
func bracketBytes(x, next uint64) uint64 {
	m := equal(x|swar.Ones, ')') | equal(x|swar.Ones*0x20, '{') | equal(x|swar.Ones*0x20, '}') | equal(x, '"')
	if x&swar.Highs == 0 {
		return m // ASCII: no lead byte
	}
	return m | equal(x|swar.Ones, 0xE3)&equal(next, 0x80) | equal(x, 0xEF)&equal(next|swar.Ones, 0xBD)
}

// nextBracket is the first index from i of a byte bracketBytes marks, or
// a byte in the last eight of s (read one at a time by the caller), or
// len(s).
func nextBracket(s string, i int) int {
	for ; i+9 <= len(s); i += 8 {
		if m := bracketBytes(swar.Load8(s, i), swar.Load8(s, i+1)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	return i
}
