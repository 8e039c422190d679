package numbering

import (
	"strings"
	"unicode/utf8"
)

// partCounters may follow the number in 第１章, 第２節, 第３条 … .
const partCounters = "章節条項部款編"

// partWords are the English words that head a part-level label.
var partWords = []string{"Part", "Chapter", "Section", "Article"}

// parsePart reads 第１, 第一, 第1章 and Part 1, Chapter 2 … . 第 + number
// followed by anything but a space or a counter word is an ordinal inside a
// sentence (第3回, 第1四半期, 第三国), so the label must end there.
func parsePart(s string) (Label, bool) {
	if !strings.HasPrefix(s, "第") {
		return parsePartEnglish(s)
	}
	n, end := readNumber(s, len("第"))
	if n < 1 {
		return Label{}, false
	}
	if r, size := runeAt(s, end); strings.ContainsRune(partCounters, r) {
		end += size
	}
	return finish(s, end, sepEnd|sepSpace|sepWideSpace, Label{Style: StylePart, Ordinal: n})
}

func parsePartEnglish(s string) (Label, bool) {
	if s == "" || !strings.ContainsRune("PCSA", rune(s[0])) {
		return Label{}, false // every English text comes here: most open with another letter
	}
	word := leadingLetters(s)
	if !isPartWord(word) {
		return Label{}, false
	}
	r, size := runeAt(s, len(word))
	if r != ' ' && r != '\u00a0' {
		return Label{}, false
	}
	n, end := englishNumber(s, len(word)+size)
	if n < 1 {
		return Label{}, false
	}
	return finish(s, end, sepEnd|sepSpace|sepWideSpace|sepDot|sepColon, Label{Style: StylePart, Ordinal: n})
}

func isPartWord(word string) bool {
	if len(word) != len("Part") && len(word) != len("Chapter") || word[0] < 'A' || word[0] > 'Z' {
		return false // Chapter, Section and Article are all of seven letters
	}
	for _, w := range partWords {
		if strings.EqualFold(word, w) {
			return true
		}
	}
	return false
}

// englishNumber reads "3" or "IV" after a part word.
func englishNumber(s string, i int) (value, end int) {
	if v, e, count, _ := readDigits(s, i); count > 0 {
		return pick(count <= maxDigits, v, 0), e
	}
	word := leadingLetters(s[i:])
	if v, ok := romanValue(word); ok {
		return v, i + len(word)
	}
	return 0, i
}

// leadingLetters returns the ASCII letters at the start of s.
func leadingLetters(s string) string {
	i := 0
	for i < len(s) && isASCIILetter(rune(s[i])) {
		i++
	}
	return s[:i]
}

// maxLabelRunes bounds the letters of a label, bracketed or not ("(xviii)",
// "XXXVIII."); anything longer is a word or a parenthetical remark.
const maxLabelRunes = 8

// parseParen reads （１） (1) （ア） (a) (i) （ｉ） (IV).
func parseParen(s string) (Label, bool) {
	open, size := runeAt(s, 0)
	if narrow(open) != '(' {
		return Label{}, false
	}
	closeAt, closeSize := findClose(s, size)
	if closeAt < 0 {
		return Label{}, false
	}
	l, alt := parenContent(s[size:closeAt])
	if l.Ordinal == 0 {
		return Label{}, false
	}
	if l, ok := finish(s, closeAt+closeSize, sepAny, l); ok {
		return withAlt(l, alt)
	}
	return Label{}, false
}

// findClose returns the byte offset and size of the closing bracket within
// maxLabelRunes runes after byte i, or -1.
func findClose(s string, i int) (at, size int) {
	for count := 0; count <= maxLabelRunes; count++ {
		r, n := runeAt(s, i)
		switch {
		case r < 0:
			return -1, 0
		case narrow(r) == ')':
			return i, n
		}
		i += n
	}
	return -1, 0
}

// parenContent reads what stands between the brackets: the label's
// first and other reading (Ordinal 0: none).
func parenContent(c string) (primary, other Label) {
	if v, end, count, _ := readDigits(c, 0); count > 0 {
		if end == len(c) && count <= maxDigits && v > 0 {
			return Label{Style: StyleParenDigit, Ordinal: v}, Label{}
		}
		return Label{}, Label{}
	}
	if r, size := utf8.DecodeRuneInString(c); size == len(c) {
		if primary, other := kanaReadings(r, true); primary.Ordinal != 0 {
			return primary, other
		}
	}
	word, _ := foldLetters(c)
	if len(word) != len([]rune(c)) {
		return Label{}, Label{}
	}
	return latinReadings(word, true)
}

// Enclosed-number code points. Each block is contiguous, so the ordinal is
// the offset from its first member.
var symbolRanges = []struct {
	first, last rune
	base        int
	style       Style
	after       sep
}{
	{'⑴', '⒇', 1, StyleParenDigit, sepAny},
	{'①', '⑳', 1, StyleCircled, sepAny},
	{'㉑', '㉟', 21, StyleCircled, sepAny},
	{'㊱', '㊿', 36, StyleCircled, sepAny},
	// Roman numeral symbols double as words (Ⅱ型 is "type II"), so they
	// need a separator.
	{'Ⅰ', 'Ⅻ', 1, StyleRoman, sepAny &^ sepOther},
	{'ⅰ', 'ⅻ', 1, StyleLowerRoman, sepAny &^ sepOther},
}

// parseSymbol reads the one-character labels: ⑴ ① ㉑ Ⅲ ⅲ.
func parseSymbol(s string) (Label, bool) {
	r, size := runeAt(s, 0)
	for _, sr := range symbolRanges {
		if r >= sr.first && r <= sr.last {
			l := Label{Style: sr.style, Ordinal: int(r-sr.first) + sr.base}
			return finish(s, size, sr.after, l)
		}
	}
	return Label{}, false
}

// parseDigits reads １． 1. １　 1、 １） 1). A half-width digit followed by an
// ASCII space is not a label ("30 days of …" is a sentence) unless Japanese
// follows it; see paragraphNumberEnd.
func parseDigits(s string) (Label, bool) {
	v, end, count, full := readDigits(s, 0)
	if count == 0 || count > maxDigits || v < 1 {
		return Label{}, false
	}
	allowed := sepDot | sepComma | sepWideSpace | sepParen
	if full {
		allowed |= sepSpace
	}
	rawEnd, kind, ok := endLabel(s, end, allowed)
	if !ok {
		if rawEnd, ok = paragraphNumberEnd(s, end); !ok {
			return Label{}, false
		}
	}
	style := pick(kind == sepParen, StyleDigitParen, StyleDigit)
	return Label{Style: style, Ordinal: v, Raw: s[:rawEnd]}, true
}

// parseKanji reads 一、 十二、 三　. The numeral must be followed directly by
// the separator, which keeps out words such as 一方、 and 十分.
func parseKanji(s string) (Label, bool) {
	v, end := readKanji(s, 0)
	if v < 1 {
		return Label{}, false
	}
	return finish(s, end, sepComma|sepDot|sepSpace|sepWideSpace, Label{Style: StyleKanji, Ordinal: v})
}

// parseKana reads ア　 イ、 ウ． — a single katakana and a separator, so that
// words such as アメリカ are not labels.
func parseKana(s string) (Label, bool) {
	r, size := runeAt(s, 0)
	l, alt := kanaReadings(r, false)
	if l.Ordinal == 0 {
		return Label{}, false
	}
	if l, ok := finish(s, size, sepSpace|sepWideSpace|sepComma|sepDot, l); ok {
		return withAlt(l, alt)
	}
	return Label{}, false
}

// parseLatin reads A. b) ａ　 I. IV) and "II Background". A half-width
// single letter needs '.' or ')': "I am" and "A new …" open sentences.
func parseLatin(s string) (Label, bool) {
	word, end := foldLetters(s)
	if word == "" || len(word) > maxLabelRunes {
		return Label{}, false
	}
	l, alt := latinReadings(word, false)
	if l.Ordinal == 0 {
		return Label{}, false
	}
	allowed := sepDot | sepParen | sepWideSpace
	if first, _ := runeAt(s, 0); isFullWidth(first) {
		allowed |= sepSpace | sepComma
	}
	if len(word) > 1 && strings.Trim(word, "IVX") == "" {
		allowed |= sepSpace // "II Background"; such words are not English
	}
	if l, ok := finish(s, end, allowed, l); ok {
		return withAlt(l, alt)
	}
	return Label{}, false
}

// foldLetters returns the leading letters of s, either width, folded to
// ASCII, and the byte offset where they end.
func foldLetters(s string) (word string, end int) {
	for end < len(s) && isASCIILetter(rune(s[end])) {
		end++
	}
	if r, _ := runeAt(s, end); !isASCIILetter(narrow(r)) {
		return s[:end], end // ASCII letters only (most words): nothing to fold
	}
	var b strings.Builder
	end = 0
	for {
		r, size := runeAt(s, end)
		if !isASCIILetter(narrow(r)) {
			return b.String(), end
		}
		b.WriteRune(narrow(r))
		end += size
	}
}

// latinReadings reads a letter or roman word: "a" is letter 1, "ii" roman
// 2 and "i" either, as the first and other reading (Ordinal 0: none). i,
// v and x read as roman first, other letters as letters first; Resolve
// decides from the neighbours.
func latinReadings(word string, paren bool) (primary, other Label) {
	upper, lower := caseOf(word)
	if !upper && !lower {
		return Label{}, Label{} // mixed case is a word (Mr, No), not a label
	}
	var letter, roman Label
	if len(word) == 1 {
		letter = Label{Style: letterStyle(paren, upper), Ordinal: int((word[0]|0x20)-'a') + 1}
	}
	if v, ok := romanValueFold(word, lower && !upper); ok { // caseOf: one case only
		roman = Label{Style: romanStyle(paren, upper), Ordinal: v}
	}
	if roman.Ordinal != 0 && strings.ContainsAny(word, "ivxIVX") {
		return roman, letter
	}
	if letter.Ordinal != 0 {
		return letter, roman
	}
	return roman, Label{}
}

// caseOf tells whether word (ASCII letters) has no small letter (upper)
// and whether it has no capital (lower), as comparing it with its upper-
// and lower-cased forms would, without making them.
func caseOf(word string) (upper, lower bool) {
	upper, lower = true, true
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= 'a' && c <= 'z':
			upper = false
		case c >= 'A' && c <= 'Z':
			lower = false
		}
	}
	return upper, lower
}

func letterStyle(paren, upper bool) Style {
	if paren {
		return pick(upper, StyleParenUpper, StyleParenLower)
	}
	return pick(upper, StyleUpper, StyleLower)
}

func romanStyle(paren, upper bool) Style {
	if paren {
		return pick(upper, StyleParenUpperRoman, StyleParenRoman)
	}
	return pick(upper, StyleRoman, StyleLowerRoman)
}

// finish checks the separator after a label's core at byte end and sets Raw.
func finish(s string, end int, allowed sep, l Label) (Label, bool) {
	rawEnd, _, sepOK := endLabel(s, end, allowed)
	if !sepOK {
		return Label{}, false
	}
	l.Raw = s[:rawEnd]
	return l, true
}
