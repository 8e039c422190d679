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
// byte offset, until f returns false. One pass over the bytes, through a
// table for ASCII, without allocating: it runs on every unit at every
// check. The words of a field are held until the field ends, when it is
// known whether the field is an address. The scanner hands words out
// rather than calling f itself, so that f is only called here and a
// closure passed as f stays on the caller's stack.
func EachWord(s string, f func(word string, at int) bool) {
	sc := wordScanner{s: s, word: -1}
	for {
		w, at, ok := sc.next()
		if !ok || !f(w, at) {
			return
		}
	}
}

// wordScanner is EachWord's state.
type wordScanner struct {
	s         string
	i         int  // the next byte to read
	done      bool // the end was read
	field     int  // start of the current field
	addr      bool // the current field is an address
	word      int  // start of the current word, -1 outside one
	digit     bool // the current word touches a digit
	prevDigit bool
	pend      [16]span // the current field's words, not yet passed on
	np        int
	out       [2 * 16]span // words passed on, not yet handed out
	nout, at  int          // how many, and the next to hand out
}

type span struct {
	start, end int
	digit      bool
}

// next returns the next word and its offset; false at the end.
func (sc *wordScanner) next() (string, int, bool) {
	for {
		if sc.at < sc.nout {
			p := sc.out[sc.at]
			sc.at++
			return sc.wordOf(p), p.start, true
		}
		sc.at, sc.nout = 0, 0
		switch {
		case sc.i < len(sc.s):
			kind, n := classAt(sc.s, sc.i)
			sc.step(kind, sc.i)
			sc.i += n
			switch kind {
			case clLetter:
				// The ASCII letters after it would only continue the
				// word it is in: a word's letters are stepped over at once.
				for sc.i < len(sc.s) && isASCIILetter(sc.s[sc.i]) {
					sc.i++
				}
			case clOther:
				// The kanji and kana after it would only end the word
				// it ended: Japanese text is stepped over in one loop.
				sc.i = skipJapanese(sc.s, sc.i)
			}
		case !sc.done:
			sc.done = true
			sc.endWord(len(sc.s))
			sc.endField()
		default:
			return "", 0, false
		}
	}
}

// wordOf is the word of a span without a trailing apostrophe.
func (sc *wordScanner) wordOf(p span) string {
	w := sc.s[p.start:p.end]
	if c := w[len(w)-1]; c == '\'' || c == 0x99 { // ' or the last byte of ’
		w = strings.TrimRight(w, "'’")
	}
	return w
}

// step takes the character of the given class at byte i.
func (sc *wordScanner) step(kind uint8, i int) {
	switch kind {
	case clLetter:
		if sc.word < 0 {
			sc.word, sc.digit = i, sc.prevDigit
		}
	case clDigit:
		sc.digit = sc.digit || sc.word >= 0
	case clApostrophe:
		// inside a word (country's, don't); nothing outside one
	case clSpace:
		sc.endWord(i)
		sc.endField()
		sc.field = i + 1
	case clMaybeAddress:
		sc.addr = sc.addr || sc.isAddressMark(i)
		sc.endWord(i)
	default:
		sc.endWord(i)
	}
	sc.prevDigit = kind == clDigit
}

// isAddressMark reports whether the @, : or . at i makes its field an
// address: an e-mail address, a URL, a dotted name (www.meti.go.jp,
// report.pdf: a dot between a letter and a lower-case letter; e.g. too,
// which needs no spelling check either).
func (sc *wordScanner) isAddressMark(i int) bool {
	s := sc.s
	switch s[i] {
	case '@':
		return true
	case ':':
		return strings.HasPrefix(s[i:], "://")
	}
	// A capital after the dot is a sentence run on (assistance.The), not
	// a name: domain and file names are written in lower case.
	return i > sc.field && i+1 < len(s) && isASCIILetter(s[i-1]) && 'a' <= s[i+1] && s[i+1] <= 'z'
}

func (sc *wordScanner) endWord(i int) {
	if sc.word < 0 {
		return
	}
	if sc.np == len(sc.pend) {
		sc.flush() // a long field: its first words go out unheld
	}
	sc.pend[sc.np] = span{sc.word, i, sc.digit}
	sc.np++
	sc.word, sc.digit = -1, false
}

// endField passes on the field's words unless it is an address.
func (sc *wordScanner) endField() {
	sc.flush()
	sc.addr = false
}

// flush passes on the held words that are no codes, unless the field is
// an address. One step flushes at most twice (a full field, then its
// end), which out has room for.
func (sc *wordScanner) flush() {
	for k := 0; k < sc.np && !sc.addr; k++ {
		if p := sc.pend[k]; !p.digit {
			sc.out[sc.nout] = p
			sc.nout++
		}
	}
	sc.np = 0
}

// classAt returns the class of the character at s[i] and its length in
// bytes. Beyond ASCII only what matters is decoded: accented Latin
// letters, the apostrophe ’, full-width digits and the spaces of
// Japanese and typeset text; every other character separates words.
func classAt(s string, i int) (uint8, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c], 1
	}
	switch {
	case c >= 0xC3 && c <= 0xC9:
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < 0x250 && unicode.IsLetter(r) {
			return clLetter, n
		}
		return clOther, n
	case c == 0xE3:
		// U+3000–U+3FFF, kana among them: only U+3000 (E3 80 80), the
		// ideographic space, is no other character. Decoded by hand.
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if s[i+1] == 0x80 && s[i+2] == 0x80 {
				return clSpace, 3
			}
			return clOther, 3
		}
		return clOther, 1
	case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xEF:
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '’':
			return clApostrophe, n
		case unicode.IsSpace(r):
			return clSpace, n
		case r >= '０' && r <= '９':
			return clDigit, n
		}
		return clOther, n
	}
	return clOther, seqLen(s, i)
}

// skipJapanese steps over the well-formed kanji (lead bytes E4–E9) and
// the characters U+3000–U+3FFF but the ideographic space from s[i]:
// classAt makes each of them clOther, three bytes long.
func skipJapanese(s string, i int) int {
	for i+2 < len(s) {
		t := s[i : i+3]
		c, b1, b2 := t[0], t[1], t[2]
		if c < 0xE3 || c > 0xE9 || (uint(b1)|uint(b2)<<8)&0xC0C0 != 0x8080 || c == 0xE3 && b1 == 0x80 && b2 == 0x80 {
			break
		}
		i += 3
	}
	return i
}

// seqLen is the length of the UTF-8 sequence at s[i] (a non-ASCII lead
// byte), read from the lead byte and checked against the continuation
// bytes: 1 for an invalid byte, so that no ASCII after it is skipped.
func seqLen(s string, i int) int {
	n := 1
	switch c := s[i]; {
	case c >= 0xF5:
		return 1
	case c >= 0xF0:
		n = 4
	case c >= 0xE0:
		n = 3
	case c >= 0xC2:
		n = 2
	}
	if i+n > len(s) {
		return 1
	}
	for k := 1; k < n; k++ {
		if s[i+k]&0xC0 != 0x80 {
			return 1
		}
	}
	return n
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

func isASCIILetter(c byte) bool { return c < utf8.RuneSelf && asciiClass[c] == clLetter }
