// Package xmltext escapes text for the XML the CAT-tool formats (XLIFF,
// TMX) are written in. It is written by hand rather than with
// xml.EscapeText so that line feeds stay literal (xml.EscapeText turns
// them into &#xA;, which CAT tools show as codes) and so that the caller
// decides what to do with characters XML 1.0 cannot hold at all.
package xmltext

import (
	"strings"
	"unicode/utf8"
)

// Allowed reports whether r may appear in an XML 1.0 document: tab, line
// feed, carriage return and the printable ranges. Anything else (other C0
// controls, lone surrogates, U+FFFE, U+FFFF) makes the file ill-formed.
func Allowed(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// Escape writes s to b escaped as element content (attr false) or as a
// double-quoted attribute value (attr true). A carriage return is written
// as &#xD; so that a parser does not normalise it away; in an attribute,
// tabs and line feeds are escaped too, for the same reason. Each rune that
// XML cannot hold is handed to bad, which writes what stands for it (or
// nothing); bad may be nil to drop such runes. Invalid UTF-8 counts as
// U+FFFD, which XML allows.
func Escape(b *strings.Builder, s string, attr bool, bad func(b *strings.Builder, r rune)) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\r':
			b.WriteString("&#xD;")
		case r == '\n' && attr:
			b.WriteString("&#xA;")
		case r == '\t' && attr:
			b.WriteString("&#x9;")
		case !Allowed(r):
			if bad != nil {
				bad(b, r)
			}
		default:
			b.WriteRune(r)
		}
	}
}

// Attr returns s escaped as an attribute value, dropping what XML cannot
// hold (attributes carry ids, names and dates, never the texts).
func Attr(s string) string {
	var b strings.Builder
	Escape(&b, s, true, nil)
	return b.String()
}
