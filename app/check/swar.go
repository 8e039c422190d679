package check

import (
	"math/bits"

	"taiyaku/app/internal/swar"
)

// Eight bytes at a time: the per-text checks look for a few rare bytes
// (brackets, punctuation) in long runs of letters and kanji.

// bracketBytes marks the bytes of x where a bracket or quote may start:
// ( ) [ ] { } ", and the lead bytes of “ ” (E2 80), U+3000–U+303F (E3 80)
// and the full-width forms (EF BC, EF BD). next is x shifted on by one
// byte (the eight bytes from the second), which holds each lead's
// second byte.
func bracketBytes(x, next uint64) uint64 {
	var m uint64
	if high := x & swar.Highs; high != swar.Highs { // some ASCII (Japanese mostly has none)
		m = swar.Equal(x|swar.Ones, ')') | swar.Equal(x|swar.Ones*0x20, '{') | swar.Equal(x|swar.Ones*0x20, '}') | swar.Equal(x, '"')
		if high == 0 {
			return m // all ASCII: no lead byte
		}
	}
	return m | swar.Equal(x|swar.Ones, 0xE3)&swar.Equal(next, 0x80) | swar.Equal(x, 0xEF)&swar.Equal(next|swar.Ones, 0xBD)
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

// nextPair is the first index p from i with s[p]|fold0 == first and
// s[p+1]|fold1 == second, or len(s) (see nextFolded): the search for a
// word looks for its first two letters at once, and stops far less often
// than at each of its first letter (i, a, s in English prose), where
// the processor mispredicts.
func nextPair(s string, i int, first, fold0, second, fold1 byte) int {
	for ; i+9 <= len(s); i += 8 {
		m := swar.Equal(swar.Load8(s, i)|swar.Ones*uint64(fold0), first) &
			swar.Equal(swar.Load8(s, i+1)|swar.Ones*uint64(fold1), second)
		if m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i+1 < len(s); i++ {
		if s[i]|fold0 == first && s[i+1]|fold1 == second {
			return i
		}
	}
	return len(s)
}

// nextSpacingMark is the first index from i (i ≥ 1) of a mark
// spacedPunct lists (. , ; ! ?), or len(s), but for the marks of the
// eight-byte words that stand between a byte that is no space and a
// space ("word, ", "end. "), at which punctSpacing finds nothing: most
// marks of English prose. c|0x02 is '.' only for ',' and '.', c|0x04 is
// '?' only for ';' and '?'. The last eight bytes are read one at a time,
// each mark there returned.
func nextSpacingMark(s string, i int) int {
	for ; i+9 <= len(s); i += 8 {
		x := swar.Load8(s, i)
		m := swar.Equal(x|swar.Ones*0x02, '.') | swar.Equal(x|swar.Ones*0x04, '?') | swar.Equal(x, '!')
		if m == 0 {
			continue
		}
		if m &^= swar.Equal(swar.Load8(s, i+1), ' ') &^ swar.Equal(swar.Load8(s, i-1), ' '); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && !spacedPunct[s[i]] {
		i++
	}
	return i
}
