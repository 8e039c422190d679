package release

import (
	"bytes"
	"unicode/utf8"
)

// badText finds text that a release must not hold because it cannot be
// saved back as it was read: bytes that are not UTF-8, and \u escapes of
// half a surrogate pair, which encoding/json would silently turn into
// U+FFFD. It returns the byte offset of the first one and the message id
// ("" when the text is sound). The data is valid JSON already.
func badText(data []byte) (offset int, id string) {
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				return i, "ErrInvalidUTF8"
			}
			i += n
		}
	}
	return loneSurrogate(data)
}

// loneSurrogate finds a \uD800–\uDFFF escape inside a JSON string that is
// not a high surrogate followed at once by a low one. In valid JSON every
// backslash is inside a string, so it jumps from backslash to backslash.
func loneSurrogate(data []byte) (int, string) {
	for i := 0; i < len(data); i++ {
		k := bytes.IndexByte(data[i:], '\\')
		if k < 0 {
			break
		}
		i += k
		if i+5 < len(data) && data[i+1] == 'u' {
			r := hex4(data[i+2 : i+6])
			switch {
			case r >= 0xD800 && r < 0xDC00:
				if i+11 >= len(data) || data[i+6] != '\\' || data[i+7] != 'u' {
					return i, "ErrLoneSurrogate"
				}
				if lo := hex4(data[i+8 : i+12]); lo < 0xDC00 || lo > 0xDFFF {
					return i, "ErrLoneSurrogate"
				}
				i += 11
				continue
			case r >= 0xDC00 && r <= 0xDFFF:
				return i, "ErrLoneSurrogate"
			}
		}
		i++ // the escaped character
	}
	return 0, ""
}

// hex4 reads four hexadecimal digits (valid JSON guarantees them).
func hex4(b []byte) rune {
	var r rune
	for _, c := range b {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}
