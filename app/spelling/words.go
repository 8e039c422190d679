package spelling

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text and its byte offset.
type Token struct {
	Word string
	At   int
}

// Words returns the words of s that a spelling check looks at: runs of
// Latin letters (with apostrophes inside: don't, country’s), split at
// hyphens and slashes. It leaves out whole fields that are addresses
// (URLs, e-mail addresses, domain and file names: meti.go.jp, a.pdf) and
// words joined to digits (G20, 5G, 3rd, CO2), which are codes, not words.
// Japanese text around Latin words acts as a separator.
func Words(s string) []Token {
	var out []Token
	for at := 0; at < len(s); {
		end := fieldEnd(s, at)
		if field := s[at:end]; !isAddress(field) {
			out = appendWords(out, field, at)
		}
		at = end
		for at < len(s) {
			r, n := utf8.DecodeRuneInString(s[at:])
			if !unicode.IsSpace(r) {
				break
			}
			at += n
		}
	}
	return out
}

// fieldEnd is the end of the field that starts at at: the next space.
func fieldEnd(s string, at int) int {
	for i, r := range s[at:] {
		if unicode.IsSpace(r) {
			return at + i
		}
	}
	return len(s)
}

// isAddress reports whether a field is a URL, an e-mail address or a
// dotted name (www.meti.go.jp, report.pdf): a dot between two letters.
// Abbreviations such as e.g. and U.S. are dotted too, and need no check.
func isAddress(f string) bool {
	if strings.Contains(f, "://") || strings.Contains(f, "@") || strings.HasPrefix(f, "www.") {
		return true
	}
	for i := 1; i+1 < len(f); i++ {
		if f[i] == '.' && isASCIILetter(f[i-1]) && isASCIILetter(f[i+1]) {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// appendWords adds the words of one field, at offset base.
func appendWords(out []Token, f string, base int) []Token {
	start := -1
	digit := false // the current run touches a digit
	flush := func(end int) {
		if start >= 0 && !digit {
			w := strings.TrimRight(f[start:end], "'’")
			out = append(out, Token{Word: w, At: base + start})
		}
		start, digit = -1, false
	}
	prevDigit := false
	for i, r := range f {
		switch {
		case isLatinLetter(r):
			if start < 0 {
				start, digit = i, prevDigit
			}
		case (r == '\'' || r == '’') && start >= 0:
			// inside a word: country's, don't
		case unicode.IsDigit(r) && start >= 0:
			digit = true
		default:
			flush(i)
		}
		prevDigit = unicode.IsDigit(r)
	}
	flush(len(f))
	return out
}

// isLatinLetter reports whether r is a letter of the Latin script
// (ASCII or accented), not a full-width one.
func isLatinLetter(r rune) bool {
	if r < 0x80 {
		return isASCIILetter(byte(r))
	}
	return r < 0x250 && unicode.IsLetter(r)
}
