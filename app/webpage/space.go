package webpage

import (
	"strings"
	"unicode"
)

// normalize reads white space in a line as a browser shows it: each run
// of spaces, tabs and line ends is one space, and none at either end. A
// line end between two Japanese characters, left by a source wrapped at
// a fixed width, is dropped: Japanese puts no space between words. The
// ideographic space U+3000, which lays out labels ("ア　家庭用"), and the
// no-break space, which ties "(1)" to its heading, are text, as in a
// browser, and are kept.
func normalize(raw string) string {
	var b strings.Builder
	rs := []rune(raw)
	for i := 0; i < len(rs); {
		if !isSpace(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j, newline := i, false
		for ; j < len(rs) && isSpace(rs[j]); j++ {
			newline = newline || rs[j] == '\n' || rs[j] == '\r'
		}
		between := i > 0 && j < len(rs) && isWide(rs[i-1]) && isWide(rs[j])
		if i > 0 && j < len(rs) && !(newline && between) {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f':
		return true
	}
	return false
}

// isWide: a character of Japanese text (kana, kanji, full-width forms and
// Japanese punctuation), beside which a line end is no word space.
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}
