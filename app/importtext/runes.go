package importtext

import (
	"unicode/utf8"

	"taiyaku/app/internal/swar"
)

// runeCount is utf8.RuneCountInString, faster on Japanese: a well-formed
// three-byte character (all of kana and the common kanji) is stepped over
// without decoding it, two at a time when eight bytes are left to load.
// Every block's characters are counted; most blocks hold only the common
// characters that countCommon counts faster still.
func runeCount(s string) int {
	if n, ok := countCommon(s); ok {
		return n // the common characters only: counted without a branch a character
	}
	n := 0
	for i := 0; i < len(s); n++ {
		if i+8 <= len(s) {
			x := swar.Load8(s, i)
			if x&swar.Highs == 0 {
				i += 8 // eight ASCII characters: most of an English line
				n += 7
				continue
			}
			if x&twoThreeByteMask == twoThreeByteConts && threeByteLead(byte(x)) && threeByteLead(byte(x>>24)) {
				i += 6 // two Japanese characters
				n++
				continue
			}
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case threeByteLead(c) && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}

// The top two bits of bytes 1, 2, 4 and 5 of a little-endian word, and
// what they are when those bytes continue two three-byte characters.
const (
	twoThreeByteMask  = 0x0000_C0C0_00C0_C000
	twoThreeByteConts = 0x0000_8080_0080_8000
)

// threeByteLead tells a byte that opens a three-byte character whose
// second byte may be any continuation byte: E1–EC and EE–EF (E0 and ED
// have narrower second bytes, which DecodeRuneInString checks).
func threeByteLead(c byte) bool {
	return c&0xF0 == 0xE0 && c != 0xE0 && c != 0xED
}
