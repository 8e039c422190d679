package importtext

import (
	"unicode/utf8"

	"taiyaku/app/internal/swar"
)

// runeCount is utf8.RuneCountInString, faster on Japanese: a well-formed
// three-byte character (all of kana and the common kanji) is stepped over
// without decoding it. Every block's characters are counted.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if i+8 <= len(s) && swar.Load8(s, i)&swar.Highs == 0 {
			i += 8 // eight ASCII characters: most of an English line
			n += 7
			continue
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3 // E0 and ED have narrower second bytes: decoded below
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}
