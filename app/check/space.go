package check

import (
	"unicode"
	"unicode/utf8"
)

// Most texts neither start nor end with a space, and say so in their
// first or last bytes: a space character (unicode.IsSpace) is ASCII, or
// starts with C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000–U+205F) or
// E3 80 80 (U+3000). Kana, kanji, 「 and 。 are settled without decoding.

// spaceLead marks the bytes a space character may start with.
var spaceLead = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true, 0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}

// firstSpace reports whether s (not empty) starts with a space:
// unicode.IsSpace of its first character, as utf8.DecodeRuneInString
// reads it.
func firstSpace(s string) bool {
	c := s[0]
	switch {
	case c < utf8.RuneSelf:
		return asciiSpace[c]
	case !spaceLead[c]:
		return false
	case c == 0xE3 && len(s) >= 3:
		return s[1] == 0x80 && s[2] == 0x80 // U+3000, else another character or a broken one
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// lastSpace reports whether s (not empty) ends with a space:
// unicode.IsSpace of its last character, as utf8.DecodeLastRuneInString
// reads it. A last byte that continues a character whose lead is E3–EF
// two bytes before ends that character (or a broken one, U+FFFD).
func lastSpace(s string) bool {
	n := len(s)
	c := s[n-1]
	if c < utf8.RuneSelf {
		return asciiSpace[c]
	}
	if n >= 3 && c&0xC0 == 0x80 && s[n-2]&0xC0 == 0x80 {
		switch lead := s[n-3]; {
		case lead == 0xE3:
			return s[n-2] == 0x80 && c == 0x80
		case lead >= 0xE4 && lead <= 0xEF:
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}
