// Package jsonstr writes JSON strings by hand, for the encoders that skip
// encoding/json's reflection (the release file, the CLI's JSON report).
package jsonstr

import "unicode/utf8"

const lowerHex = "0123456789abcdef"

// Append appends s as a JSON string exactly as encoding/json writes it
// with HTML escaping off: quote and backslash escaped, \b \f \n \r \t in
// short form, other control characters as \u00XX, invalid UTF-8 as \ufffd,
// and U+2028 and U+2029 escaped (they end lines in JavaScript).
func Append(b []byte, s string) []byte { return appendString(b, s, true) }

// AppendLongBF is Append with backspace and form feed written \u0008 and
// \u000c, as encoding/json did before Go 1.22: release files have always
// been written so, and a save must not change the bytes of a text that
// did not change.
func AppendLongBF(b []byte, s string) []byte { return appendString(b, s, false) }

// appendString writes s; shortBF picks \b and \f over \u0008 and \u000c.
// Runs of plain characters are copied at once.
func appendString(b []byte, s string, shortBF bool) []byte {
	if utf8.ValidString(s) {
		return appendValid(b, s, shortBF)
	}
	return appendAny(b, s, shortBF)
}

// appendValid is appendString for valid UTF-8, the usual
// case: no rune needs decoding, since the only multi-byte characters to
// escape, U+2028 and U+2029, are the bytes E2 80 A8 and E2 80 A9.
func appendValid(b []byte, s string, shortBF bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x20 && c != '"' && c != '\\' && c != 0xE2:
			continue
		case c == 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				b = append(b, s[start:i]...)
				b = append(b, `\u202`...)
				b = append(b, lowerHex[s[i+2]&0xF])
				i += 2
				start = i + 1
			}
			continue
		}
		b = append(b, s[start:i]...)
		b = appendEscapedByte(b, c, shortBF)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendAny is appendString for text that may hold bytes
// that are not UTF-8.
func appendAny(b []byte, s string, shortBF bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			b = appendEscapedByte(b, c, shortBF)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var esc string
		switch {
		case r == utf8.RuneError && size == 1:
			esc = `\ufffd`
		case r == '\u2028':
			esc = `\u2028`
		case r == '\u2029':
			esc = `\u2029`
		default:
			i += size
			continue
		}
		b = append(b, s[start:i]...)
		b = append(b, esc...)
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendEscapedByte escapes one ASCII byte that cannot stand as itself.
func appendEscapedByte(b []byte, c byte, shortBF bool) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		if shortBF {
			return append(b, '\\', 'b')
		}
	case '\f':
		if shortBF {
			return append(b, '\\', 'f')
		}
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', lowerHex[c>>4], lowerHex[c&0xF])
}
