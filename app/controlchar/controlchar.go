// Package controlchar finds and escapes the characters that change how a
// terminal or a bidirectional text shows what follows them: C0 controls
// (but tab and newline), DEL, C1 controls, and the bidi embeddings,
// overrides and isolates. A release comes from someone else, so such
// characters are findings in unit text, refused in names, roles, reasons
// and comments, and escaped whenever the command line prints text.
package controlchar

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Is tells whether r is a control or bidi-formatting character. Tab,
// newline and carriage return are not: texts hold them.
func Is(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || r == 0x7F:
		return true
	case r >= 0x80 && r <= 0x9F:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Find returns the byte offset of the first control character in s and
// the character, or -1. With oneLine, line breaks and tabs count too: a
// name or a role is one line, and a newline in it could forge a line of
// a report.
func Find(s string, oneLine bool) (int, rune) {
	for i, r := range s {
		if Is(r) || oneLine && (r == '\n' || r == '\r' || r == '\t') {
			return i, r
		}
	}
	return -1, 0
}

// Name is how a message names r: U+001B.
func Name(r rune) string { return fmt.Sprintf("U+%04X", r) }

// Escape makes s safe to print on a terminal: each control character
// becomes \u001b, \u202e and the like (also a valid escape inside a JSON
// string), invalid UTF-8 bytes \xff. With oneLine, line breaks and tabs
// are escaped too (\n, \r, \t).
func Escape(s string, oneLine bool) string {
	if clean(s, oneLine) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case oneLine && r == '\n':
			b.WriteString(`\n`)
		case oneLine && r == '\r':
			b.WriteString(`\r`)
		case oneLine && r == '\t':
			b.WriteString(`\t`)
		case Is(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// clean tells whether Escape has nothing to do.
func clean(s string, oneLine bool) bool {
	i, _ := Find(s, oneLine)
	return i < 0 && utf8.ValidString(s)
}

// Writer escapes, in everything written through it, the control
// characters of Escape (line breaks and tabs pass). Each Write must hold
// whole characters, as fmt's line-at-a-time printing does.
func Writer(w io.Writer) io.Writer { return escaper{w} }

type escaper struct{ w io.Writer }

func (e escaper) Write(p []byte) (int, error) {
	s := string(p)
	if clean(s, false) {
		return e.w.Write(p)
	}
	if _, err := io.WriteString(e.w, Escape(s, false)); err != nil {
		return 0, err
	}
	return len(p), nil
}
