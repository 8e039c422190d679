package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkWidth applies the house style: no full-width letters, digits or
// Japanese punctuation in the English; no half-width katakana in the
// Japanese.
func checkWidth(in *unitInput, out []Finding) []Finding {
	if in.enFlags&fFullWidth == 0 {
		// nothing full-width
	} else if s := firstRun(in.unit.EN, isFullWidthInEnglish); s != "" {
		out = append(out, newFinding(Width, in.index, EN, "FindingFullWidth", "Text", s))
	}
	if in.jaFlags&fHalfKana == 0 {
		// no half-width katakana
	} else if s := firstRun(in.unit.JA, isHalfWidthKana); s != "" {
		out = append(out, newFinding(Width, in.index, JA, "FindingHalfWidthKana", "Text", s))
	}
	if in.jaFlags&fComma == 0 {
		// no comma to mix with 、
	} else if s := mixedCommas(in.jaBody); s != "" {
		out = append(out, newFinding(Width, in.index, JA, "FindingMixedCommas", "Text", s))
	}
	return out
}

// mixedCommas returns the text around a comma of the other style when a
// Japanese text separates its clauses with both 、 and a comma (, or ，)
// (流動的,だからこそ…間では、共通の…): a house uses one of them. Only
// commas after Japanese characters count: 1,000 and Latin text do not.
func mixedCommas(s string) string {
	touten := strings.Index(s, "、")
	if touten < 0 {
		return ""
	}
	for _, comma := range []string{",", "，"} {
		for off := 0; ; {
			k := strings.Index(s[off:], comma)
			if k < 0 {
				break
			}
			i := off + k
			if i > 0 && s[i-1] < utf8.RuneSelf {
				// After ASCII (1,000, most commas of a Japanese text): no
				// Japanese character to decode.
			} else if before, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && unicode.In(before, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				return nearRunes(s, touten, 12)
			}
			off = i + len(comma)
		}
	}
	return ""
}

// nearRunes returns about n runes of s before byte i and n after it.
func nearRunes(s string, i, n int) string {
	start := i
	for k := 0; k < n && start > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:start])
		start -= size
	}
	end := i
	for k := 0; k <= n && end < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	return strings.ToValidUTF8(s[start:end], "")
}

func isFullWidthInEnglish(r rune) bool {
	return r >= 0x3000 && (r >= 0xFF01 && r <= 0xFF5E || strings.ContainsRune("、。「」『』【】〔〕・", r))
}

func isHalfWidthKana(r rune) bool { return r >= 0xFF61 && r <= 0xFF9F }

// firstRun returns the first run of runes in s for which f holds; f must
// be false for ASCII, which lets plain English skip the rune loop.
func firstRun(s string, f func(rune) bool) string {
	if isASCII(s) {
		return ""
	}
	start := -1
	for i, r := range s {
		switch {
		case f(r) && start < 0:
			start = i
		case !f(r) && start >= 0:
			return s[start:i]
		}
	}
	if start >= 0 {
		return s[start:]
	}
	return ""
}

// brackets lists each opening bracket followed by its closing one.
const brackets = "（）「」『』【】［］〔〕()[]“”｛｝{}"

// bracketPairs maps openers to closers and closersOf closers to openers.
var bracketPairs, closersOf = pairMaps()

// asciiBracket are the ASCII bytes mayBeBracket lets through.
var asciiBracket = func() (t [0x80]bool) {
	for c := range t {
		t[c] = mayBeBracket(rune(c))
	}
	return t
}()

// mayBeBracket quickly rules out the runes that are no bracket or quote:
// all but a few ASCII ones, the CJK brackets and the full-width forms.
func mayBeBracket(r rune) bool {
	switch {
	case r < 0x80:
		return r == '(' || r == ')' || r == '[' || r == ']' || r == '{' || r == '}' || r == '"'
	case r >= 0x3008 && r <= 0x3015, r >= 0xFF08 && r <= 0xFF5D, r == '“', r == '”':
		return true
	}
	return false
}

// closerOf is bracketPairs[r] without a map look-up (a test holds the
// two together): the Japanese texts are full of brackets.
func closerOf(r rune) rune {
	switch r {
	case '（':
		return '）'
	case '「':
		return '」'
	case '『':
		return '』'
	case '【':
		return '】'
	case '［':
		return '］'
	case '〔':
		return '〕'
	case '(':
		return ')'
	case '[':
		return ']'
	case '“':
		return '”'
	case '｛':
		return '｝'
	case '{':
		return '}'
	}
	return 0
}

// openerOf is closersOf[r] without a map look-up.
func openerOf(r rune) rune {
	switch r {
	case '）':
		return '（'
	case '」':
		return '「'
	case '』':
		return '『'
	case '】':
		return '【'
	case '］':
		return '［'
	case '〕':
		return '〔'
	case ')':
		return '('
	case ']':
		return '['
	case '”':
		return '“'
	case '｝':
		return '｛'
	case '}':
		return '{'
	}
	return 0
}

func pairMaps() (open, close map[rune]rune) {
	open, close = map[rune]rune{}, map[rune]rune{}
	rs := []rune(brackets)
	for i := 0; i+1 < len(rs); i += 2 {
		open[rs[i]], close[rs[i+1]] = rs[i+1], rs[i]
	}
	return open, close
}

// checkBrackets wants every bracket closed within its unit. Labels are
// left out: "1)" and "１）" open nothing.
func checkBrackets(in *unitInput, out []Finding) []Finding {
	for _, t := range [...]struct {
		s     Side
		text  string
		flags textFlags
	}{{JA, in.jaBody, in.jaFlags}, {EN, in.enBody, in.enFlags}} {
		if t.flags&fBracket == 0 {
			continue // no bracket or quote
		}
		if bad := unbalanced(t.text); bad != "" {
			out = append(out, newFinding(Brackets, in.index, t.s, "FindingBrackets", "Bracket", bad))
		}
	}
	return out
}

// unbalanced returns the first bracket left open or closed without an
// opener, or an odd straight double quote; "" when all pair up.
func unbalanced(s string) string {
	var stack []rune
	quotes := 0
	for i := 0; i < len(s); {
		// Skip to the next byte that may start a bracket: every other
		// character steps over as it did (a bracket's lead byte never
		// continues a character, so it is never stepped over).
		if i = nextBracket(s, i); i == len(s) {
			break
		}
		var r rune
		if c := s[i]; c < 0x80 {
			i++
			if !asciiBracket[c] {
				continue // the most common case: one look-up a byte
			}
			r = rune(c)
		} else {
			var n int
			r, n = bracketAt(s, i)
			i += n
			if !mayBeBracket(r) {
				continue // the common case, without map look-ups
			}
		}
		switch {
		case r == '"':
			quotes++
		case closerOf(r) != 0:
			stack = append(stack, r)
		case openerOf(r) != 0:
			if len(stack) == 0 || stack[len(stack)-1] != openerOf(r) {
				return string(r)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		return string(stack[len(stack)-1])
	}
	if quotes%2 == 1 {
		return `"`
	}
	return ""
}

// bracketAt is the character at s[i] and its length, decoded only when it
// may be a bracket: ASCII, “ ” (E2 80), U+3000–U+303F (E3 80) or the
// full-width forms (EF BC, EF BD). Other characters, kanji and kana
// among them, are 0 and stepped over with their continuation bytes: no
// bracket starts inside them, since a lead byte never continues a
// character.
func bracketAt(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	b1 := at(s, i+1)
	if c == 0xE2 && b1 == 0x80 || c == 0xE3 && b1 == 0x80 || c == 0xEF && (b1 == 0xBC || b1 == 0xBD) {
		return utf8.DecodeRuneInString(s[i:])
	}
	return 0, continued(s, i)
}

// checkWhitespace flags doubled spaces, stray tabs, and spaces at either
// end; in the English also punctuation spacing (assistance.The,
// September 10,2010). A single no-break or ideographic space after a
// label is house style, and so is one ideographic space indenting a
// Japanese paragraph.
func checkWhitespace(in *unitInput, out []Finding) []Finding {
	for _, t := range [...]struct {
		s     Side
		text  string
		flags textFlags
	}{{JA, strings.TrimPrefix(in.unit.JA, "\u3000"), in.jaFlags}, {EN, in.unit.EN, in.enFlags}} {
		if what := badSpace(t.text, t.flags); what != "" {
			out = append(out, newFinding(Whitespace, in.index, t.s, what))
		}
	}
	if bad := punctSpacing(in.enBody); bad != "" {
		out = append(out, newFinding(Whitespace, in.index, EN, "FindingPunctSpacing", "Text", bad))
	}
	return out
}

// badSpace names what is wrong with the spaces of s; flags are those of
// s or of a text holding it.
func badSpace(s string, flags textFlags) string {
	switch {
	case s == "":
		return ""
	case flags&fTab != 0 && strings.ContainsRune(s, '\t') && !isTableRow(s):
		return "FindingTab"
	case flags&fDoubleSpace != 0 && strings.Contains(s, "  "):
		return "FindingDoubleSpace"
	case edgeSpace(s):
		return "FindingEdgeSpace"
	}
	return ""
}

// edgeSpace reports whether s starts or ends with a space of any kind:
// strings.TrimSpace(s) != s (the ideographic and no-break spaces are
// unicode.IsSpace too), from the first and last characters alone.
func edgeSpace(s string) bool {
	return s != "" && (firstSpace(s) || lastSpace(s))
}

// isTableRow reports whether tabs in s separate the cells of a pasted
// table rather than stray inside prose: a table row does not end as a
// sentence does (社会党\t:\t20.\t75%(25議席)).
func isTableRow(s string) bool {
	s = strings.TrimSpace(s)
	return !strings.HasSuffix(s, "。") && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "．")
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
