package importtext

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The furniture tests trim and fold every short line of both editions;
// on a Japanese line strings.TrimSpace and strings.ToLower decode every
// character and look each up in the case tables, though nothing in kana
// and kanji has a case and no space but U+3000 stands among them.

// trimSpaces is strings.TrimSpace, told by the first byte and the last
// character that most lines have nothing to trim.
func trimSpaces(s string) string {
	if s == "" || mayStartSpace(s) {
		return strings.TrimSpace(s)
	}
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		if !asciiSpace(c) {
			return s
		}
	} else if r, _ := utf8.DecodeLastRuneInString(s); !unicode.IsSpace(r) {
		return s
	}
	return strings.TrimSpace(s)
}

// trimLeftSpaces is strings.TrimLeftFunc(s, unicode.IsSpace), which is
// all a test of a line's opening needs of strings.TrimSpace: reading the
// line's last byte costs a cache miss on a long line.
func trimLeftSpaces(s string) string {
	if s == "" || !mayStartSpace(s) {
		return s
	}
	return strings.TrimLeftFunc(s, unicode.IsSpace)
}

// mayStartSpace tells whether s may open with a space: an ASCII one, or a
// character led by C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000–U+205F)
// or E3 (U+3000 only).
func mayStartSpace(s string) bool {
	switch c := s[0]; {
	case c < utf8.RuneSelf:
		return asciiSpace(c)
	case c == 0xE3:
		return strings.HasPrefix(s, "\u3000")
	default:
		return c == 0xC2 || c == 0xE1 || c == 0xE2
	}
}

func asciiSpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}

// fold trims and lower-cases a line, the copy for the tests that ignore
// case; a line that has no character with a case is its own fold.
func fold(s string) string {
	t := trimSpaces(s)
	if caseless(t) {
		return t
	}
	return strings.ToLower(t)
}

// foldScratch is fold(s) for a test that keeps no part of the fold past
// the next call: an ASCII line (most English ones with a capital) is
// lower-cased into buf, reused from line to line, rather than copied anew
// by strings.ToLower. The fold is only valid until buf is written again.
func foldScratch(s string, buf *[]byte) string {
	t := trimSpaces(s)
	if caseless(t) {
		return t
	}
	b := (*buf)[:0]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(t)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	*buf = b
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// caseless tells text that strings.ToLower returns unchanged because it
// holds only ASCII other than capitals and well-formed characters from
// U+3000 to U+9FFF (leads E3–E9: CJK punctuation, kana, kanji), U+2000 to
// U+203F (E2 80: dashes, quotes, ※) and the full-width forms U+FF00 to
// U+FF7F but the capitals Ａ–Ｚ, none of which has a lower case.
func caseless(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if c >= 'A' && c <= 'Z' {
				return false
			}
			i++
		case i+2 >= len(s) || s[i+2]&0xC0 != 0x80:
			return false
		case c >= 0xE3 && c <= 0xE9 && s[i+1]&0xC0 == 0x80, c == 0xE2 && s[i+1] == 0x80, c == 0xEF && fullWidthCaseless(s[i+1], s[i+2]):
			i += 3
		default:
			return false
		}
	}
	return true
}

// fullWidthCaseless tells the second and third bytes of a character led
// by EF that is a full-width form (U+FF00–U+FF7F: digits, brackets,
// small letters) other than a capital (U+FF21–U+FF3A, EF BC A1–BA).
func fullWidthCaseless(b1, b2 byte) bool {
	return b1 == 0xBD || b1 == 0xBC && (b2 < 0xA1 || b2 > 0xBA)
}
