// Package numbering reads the numbering labels that translators type at the
// start of headings and list items (第１, １．, （１）, ア, ①, Part 1, (a), (i) …),
// settles the ambiguous ones from their neighbours and works out how the
// labels of one edition nest.
//
// A label is read as (style, ordinal). Alignment between the Japanese and the
// English edition compares ordinals and levels, never styles: ア and (a) are
// both "item 1".
package numbering

import (
	"strings"
	"unicode/utf8"
)

// Style is the visual form of a label. Forms that differ only in character
// width or in the kind of bracket ((1), （１）, ⑴) share one style.
type Style string

// The styles. Two were added to the agreed list so that lower-case and
// upper-case roman numerals keep separate nesting levels: StyleLowerRoman
// ("i." "ii." "ⅱ") and StyleParenUpperRoman ("(I)" "(II)").
const (
	StyleNone            Style = ""
	StylePart            Style = "part"              // 第１ 第1 第一 第1章 第1節 第1条 第1項; Part 1, Chapter 1, Section 1, Article 1
	StyleDigit           Style = "digit"             // １． 1. １　 1、
	StyleParenDigit      Style = "paren-digit"       // （１） (1) （1） ⑴
	StyleDigitParen      Style = "digit-paren"       // １） 1)
	StyleCircled         Style = "circled"           // ① … ⑳ ㉑ … ㊿
	StyleKana            Style = "kana"              // ア イ ウ … (gojūon order)
	StyleParenKana       Style = "paren-kana"        // （ア） (ア)
	StyleIroha           Style = "iroha"             // イ ロ ハ … (iroha order)
	StyleParenIroha      Style = "paren-iroha"       // （イ）（ロ）
	StyleKanji           Style = "kanji"             // 一、 二、 十二、
	StyleRoman           Style = "roman"             // Ⅰ Ⅱ, I. II. IV.
	StyleLower           Style = "lower"             // ａ ｂ, a. b.
	StyleParenLower      Style = "paren-lower"       // （ａ） (a) (b)
	StyleParenRoman      Style = "paren-roman"       // (i) (ii) (iv) （ｉ）
	StyleUpper           Style = "upper"             // A. B.
	StyleParenUpper      Style = "paren-upper"       // (A) (B)
	StyleLowerRoman      Style = "lower-roman"       // i. ii. ⅰ ⅱ (addition)
	StyleParenUpperRoman Style = "paren-upper-roman" // (I) (II) (addition)
	// StyleBullet is an unnumbered list marker (- ・ ● ○ ■). It carries no
	// ordinal of its own: Analyze counts the bullets of one list 1, 2, 3 so
	// that they pair with a numbered list of the other edition.
	StyleBullet Style = "bullet"
)

// Label is a numbering label found at the start of a block of text.
type Label struct {
	Style   Style
	Ordinal int    // 1-based
	Raw     string // the label exactly as typed, including its own punctuation (． 、 ) ：) but not the spaces after it
	BodyAt  int    // byte offset in the input where the text after the label and its spaces starts
	// Alt is the other reading of an ambiguous label: "(i)" roman 1 or
	// letter 9, "イ" gojūon 2 or iroha 1, "(c)" letter 3 or roman 100.
	// Nil when the label has one plausible reading, and after Resolve.
	Alt *Label
	// Doubled is set when the label is typed twice ("1. 1. The …", an HTML
	// list marker over a typed number); BodyAt is then after the second.
	Doubled bool
}

// parser reads one family of labels at the start of s, which has no leading
// spaces. It fills Style, Ordinal, Raw (a prefix of s) and maybe Alt.
type parser func(s string) (Label, bool)

// parsers are tried in order; the first match wins. Part comes first because
// 第 and "Part" are never anything else, and Latin last because its
// single-letter forms are the loosest.
var parsers = []parser{
	parsePart,
	parseParen,
	parseSymbol,
	parseBullet,
	parseDigits,
	parseKanji,
	parseKana,
	parseLatin,
}

// latinParsers are those that may read a text starting with an ASCII
// letter, ideographParsers those for a CJK ideograph (第, 一, 十 …): the
// others look for brackets, digits, symbols, dashes or kana, so trying
// only these gives the same label, in the same order, with less work on
// the prose that most texts open with. No parser reads a text starting
// with hiragana (katakana only number items).
var (
	latinParsers     = []parser{parsePart, parseLatin}
	ideographParsers = []parser{parsePart, parseKanji}
)

// parsersFor picks the parsers that may read a label at the start of s.
// Most texts are prose, which no parser reads: the first word or
// character tells most of them, and none is then tried (each parser
// returns its Label by value, and the copies were most of Parse's time).
func parsersFor(s string) []parser {
	if s == "" {
		return parsers
	}
	if c := s[0]; c < utf8.RuneSelf {
		switch {
		case !isASCIILetter(rune(c)):
			return parsers
		case mayOpenLatinLabel(s):
			return latinParsers
		}
		return nil // "The", "Minister": no label
	}
	switch r, _ := utf8.DecodeRuneInString(s); {
	case r >= 0x4E00 && r <= 0x9FFF:
		if r == '第' || kanjiMultiplier(r) > 0 || isKanjiDigit(r) {
			return ideographParsers
		}
		return nil // a kanji that is no numeral ("経済", "本日"): neither 第 nor 一、
	case r >= 0x3041 && r <= 0x309F:
		return nil // hiragana ("また、", "この"): no label opens with one
	}
	return parsers
}

// mayOpenLatinLabel tells whether s, which opens with an ASCII letter,
// may open with a label latinParsers read: its first word one letter
// ("A.", "b)"), up to maxLabelRunes letters that numerals have ("IV.",
// "xii)"), or a part word ("Part", "Chapter", "Section", "Article"). A
// word of ASCII letters that goes on in full-width ones is left to the
// parsers, which fold it.
func mayOpenLatinLabel(s string) bool {
	word := leadingLetters(s)
	switch {
	case len(word) < len(s) && s[len(word)] >= utf8.RuneSelf:
		return true // maybe a full-width letter: the parsers fold it
	case len(word) == 1:
		return true
	case len(word) <= maxLabelRunes && romanLetters(word):
		return true
	}
	return (len(word) == len("Part") || len(word) == len("Chapter")) && strings.IndexByte("PCSA", s[0]) >= 0
}

// isKanjiDigit tells the kanji numerals of kanjiDigits that are ideographs
// (〇 is not one).
func isKanjiDigit(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九':
		return true
	}
	return false
}

// Parse reads the label at the start of text (after leading ASCII, U+00A0
// and U+3000 spaces). ok is false when text has no label.
func Parse(text string) (l Label, ok bool) {
	return parseWith(text, parsersFor)
}

// parseWith is Parse with the parsers that choose picks for the text after
// the leading spaces.
func parseWith(text string, choose func(s string) []parser) (l Label, ok bool) {
	start := len(text) - len(trimSpaceLeft(text))
	for _, p := range choose(text[start:]) {
		if l, ok = p(text[start:]); ok {
			l.BodyAt = start + len(l.Raw)
			l.BodyAt = len(text) - len(trimSpaceLeft(text[l.BodyAt:]))
			l.BodyAt, l.Doubled = skipRepeat(text, l)
			if l.Alt != nil { // the parser's own copy (withAlt)
				l.Alt.Raw, l.Alt.BodyAt = l.Raw, l.BodyAt
			}
			return l, true
		}
	}
	return Label{}, false
}

// Body returns the text after the label, trimmed of spaces (including U+00A0
// and U+3000), or the whole trimmed text when there is no label.
func Body(text string) string {
	if l, ok := Parse(text); ok {
		text = text[l.BodyAt:]
	}
	return trimSpace(text)
}

// BodyOf is Body(text) for a caller that holds text's label from Parse or
// Analyze (nil: none found), without parsing the label again.
func BodyOf(text string, l *Label) string {
	if l == nil {
		return Body(text)
	}
	return trimSpace(text[l.BodyAt:])
}

// isSpace reports the spaces that separate a label from its text. Web copies
// carry U+00A0 and Japanese typing gives U+3000, so both count as ASCII does.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u3000'
}

// trimSpaceLeft and trimSpace look at the end bytes first: most texts
// have no space there, and a byte that is no space's first (left) or last
// (right) byte ends the trimming without decoding a rune. U+00A0 is C2 A0,
// U+3000 is E3 80 80.
func trimSpaceLeft(s string) string {
	if s == "" || s[0] != ' ' && s[0] != '\t' && !strings.HasPrefix(s, "\u00a0") && !strings.HasPrefix(s, "\u3000") {
		return s // E3 starts most kana too, which are no space
	}
	return strings.TrimLeftFunc(s, isSpace)
}

func trimSpace(s string) string {
	s = trimSpaceLeft(s)
	if s == "" {
		return s
	}
	if c := s[len(s)-1]; c != ' ' && c != '\t' && c != 0xA0 && c != 0x80 {
		return s
	}
	return strings.TrimRightFunc(s, isSpace)
}

// runeAt decodes the rune at byte i; at the end it returns -1 and size 0 so
// that callers can treat "end of text" as just another rune.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// narrow folds full-width ASCII (Ｆ, ３, （) to its half-width form, so that
// one code path reads both widths. Katakana is left alone on purpose.
func narrow(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFEE0
	}
	return r
}

func isFullWidth(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }

// Family groups the styles that translators use for one another across
// the editions: numbers (１． / 1. / 一、), bracketed numbers（（１） / (1) /
// 1)), letters and kana (ア / (a)), small roman and circled numbers (① /
// (i)), capital roman numerals, and parts (第１ / Part 1). Two labels of
// different families are unlikely to be each other's translation.
func Family(s Style) string {
	switch s {
	case StyleDigit, StyleKanji:
		return "number"
	case StyleParenDigit, StyleDigitParen:
		return "bracketed"
	case StyleKana, StyleParenKana, StyleIroha, StyleParenIroha, StyleLower, StyleParenLower, StyleUpper, StyleParenUpper:
		return "letter"
	case StyleCircled, StyleParenRoman, StyleLowerRoman:
		return "small-roman"
	case StyleRoman, StyleParenUpperRoman:
		return "roman"
	case StylePart:
		return "part"
	case StyleBullet:
		return "bullet"
	}
	return string(s)
}
