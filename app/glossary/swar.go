package glossary

import (
	"math/bits"

	"taiyaku/app/internal/swar"
)

// Eight bytes at a time: EachRendered walks every word of every English
// line, and its words and lines are mostly plain ASCII.

// notAlnum marks the bytes of x that are not ASCII letters or digits.
func notAlnum(x uint64) uint64 {
	return swar.Highs &^ (swar.Between(x, 'a'-1, 'z'+1) | swar.Between(x, 'A'-1, 'Z'+1) | swar.Between(x, '0'-1, '9'+1))
}

// wordEnd is the end of the run of ASCII letters and digits at s[i:].
func wordEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := notAlnum(swar.Load8(s, i)); m != 0 {
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
		x := swar.Load8(s, i)
		if x&swar.Highs != 0 || swar.Between(x, '\t'-1, '\t'+1) != 0 {
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
