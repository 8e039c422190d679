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
	EachWord(s, func(w string, at int) bool {
		out = append(out, Token{Word: w, At: at})
		return true
	})
	return out
}

// EachWord calls f with each word of s that Words would list, and its
// byte offset, until f returns false. It does not allocate, and reads
// ASCII through a table: it runs on every unit at every check.
func EachWord(s string, f func(word string, at int) bool) {
	if !hasASCIILetter(s) && !hasLatinLead(s) {
		return // Japanese without Latin words: the common case of a JA text
	}
	for i := 0; i < len(s); {
		if n := spaceAt(s, i); n > 0 {
			i += n
			continue
		}
		end, addr := fieldAt(s, i)
		if !addr && !eachWordOfField(s[i:end], i, f) {
			return
		}
		i = end
	}
}

// Character classes of ASCII bytes.
const (
	clOther = iota
	clSpace
	clLetter
	clDigit
	clApostrophe
	clMaybeAddress // @ : . may make a field an address
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = clSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = clLetter
		case '0' <= c && c <= '9':
			t[c] = clDigit
		case c == '\'':
			t[c] = clApostrophe
		case c == '@' || c == ':' || c == '.':
			t[c] = clMaybeAddress
		}
	}
	return t
}()

// spaceAt returns the length of the white space at s[i], 0 if none.
// Only the lead bytes of spaces beyond ASCII (U+00A0, U+1680, U+2000–
// U+205F, U+3000) are decoded.
func spaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if asciiClass[c] == clSpace {
			return 1
		}
		return 0
	}
	if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 {
		return 0
	}
	if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
		return n
	}
	return 0
}

// runeLen is the length of the character at s[i], from its lead byte.
func runeLen(s string, i int) int {
	n := 1
	switch c := s[i]; {
	case c >= 0xF0:
		n = 4
	case c >= 0xE0:
		n = 3
	case c >= 0xC0:
		n = 2
	}
	return min(n, len(s)-i)
}

// fieldAt returns the end of the field that starts at i (the next space)
// and whether the field is an address: a URL, an e-mail address or a
// dotted name (www.meti.go.jp, report.pdf: a dot between two letters).
// Abbreviations such as e.g. and U.S. count as dotted too; they need no
// spelling check.
func fieldAt(s string, i int) (end int, addr bool) {
	end = i
	for end < len(s) {
		c := s[end]
		if c >= utf8.RuneSelf {
			if spaceAt(s, end) > 0 {
				return end, addr
			}
			end += runeLen(s, end)
			continue
		}
		switch asciiClass[c] {
		case clSpace:
			return end, addr
		case clMaybeAddress:
			addr = addr || c == '@' || c == ':' && strings.HasPrefix(s[end:], "://") ||
				c == '.' && end > i && end+1 < len(s) && isASCIILetter(s[end-1]) && isASCIILetter(s[end+1])
		}
		end++
	}
	return end, addr
}

// hasASCIILetter reports whether s has a letter A–Z or a–z.
func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && asciiClass[c] == clLetter {
			return true
		}
	}
	return false
}

// hasLatinLead reports whether s may hold an accented Latin letter: a
// UTF-8 lead byte of U+00C0–U+024F.
func hasLatinLead(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xC3 && c <= 0xC9 {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c < utf8.RuneSelf && asciiClass[c] == clLetter }

// eachWordOfField calls f with the words of one field, at offset base;
// false when f asked to stop.
func eachWordOfField(fl string, base int, f func(string, int) bool) bool {
	start := -1
	digit := false     // the current run touches a digit
	prevDigit := false // the last character was a digit
	for i := 0; i < len(fl); {
		kind, n := classify(fl, i)
		switch {
		case kind == clLetter:
			if start < 0 {
				start, digit = i, prevDigit
			}
		case kind == clApostrophe && start >= 0:
			// inside a word: country's, don't
		case kind == clDigit && start >= 0:
			digit = true
		case start >= 0:
			if !flushWord(fl, start, i, digit, base, f) {
				return false
			}
			start = -1
		}
		prevDigit = kind == clDigit
		i += n
	}
	return flushWord(fl, start, len(fl), digit, base, f)
}

// flushWord passes fl[start:end] on as a word unless it touches digits.
func flushWord(fl string, start, end int, digit bool, base int, f func(string, int) bool) bool {
	if start < 0 || digit {
		return true
	}
	w := fl[start:end]
	if c := w[len(w)-1]; c == '\'' || c == 0x99 { // ' or the last byte of ’
		w = strings.TrimRight(w, "'’")
	}
	return f(w, base+start)
}

// classify tells the class of the character at f[i], and its length.
// Beyond ASCII only what matters is decoded: accented Latin letters, the
// apostrophe ’ and full-width digits; every other character (Japanese
// among them) separates words.
func classify(f string, i int) (kind uint8, n int) {
	c := f[i]
	if c < utf8.RuneSelf {
		if k := asciiClass[c]; k != clMaybeAddress && k != clSpace {
			return k, 1
		}
		return clOther, 1
	}
	if (c < 0xC3 || c > 0xC9) && c != 0xE2 && c != 0xEF {
		return clOther, runeLen(f, i)
	}
	r, n := utf8.DecodeRuneInString(f[i:])
	switch {
	case r == '’':
		return clApostrophe, n
	case r < 0x250 && unicode.IsLetter(r):
		return clLetter, n
	case r >= '０' && r <= '９':
		return clDigit, n
	}
	return clOther, n
}
