package numbering

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxOrdinal is the largest ordinal Relabel writes: Parse reads no digit
// label longer than maxDigits.
const maxOrdinal = 999

// Relabel returns l.Raw rewritten to carry ordinal: the same style, the same
// character width and the same punctuation, with only the number changed.
// "（４）" becomes "（５）", "1." "2.", "第一" "第二", "Part IV" "Part V",
// "(i)" "(ii)", "ア" "イ" (or "ロ" when l was resolved as iroha). l must come
// from Parse (or Resolve), since its Style tells how to read the number in
// l.Raw; the reading matters for ambiguous labels ("(i)" as a letter becomes
// "(j)" at 10, as a roman numeral "(x)").
//
// Numbers are written the canonical way: kanji as 十二 and 百五 (not 一二 or
// 一〇五), roman numerals in their subtractive form. Digits keep the width
// of the label's first digit and letters that of its first letter.
//
// When the style cannot write ordinal, Relabel falls back on digits, with
// the punctuation of the original label kept:
//   - bracketed labels keep their brackets and take digits of the
//     brackets' width: "（ア）" at 47 is "（４７）", "(z)" at 27 "(27)";
//   - ⑴…⒇ beyond 20 and ①…㊿ beyond 50 become "(21)", "(51)";
//   - bare kana beyond ン (gojūon, 46) or ス (iroha, 47) and kanji that
//     would need more than four characters (二百二十二) take full-width
//     digits ("ア、" at 47 is "４７、", "第二百二十二" "第２２２"), and
//     bare letters beyond z digits of their own width ("a." at 27 is
//     "27.", "ａ" "２７");
//   - Ⅰ…Ⅻ and ⅰ…ⅻ beyond 12 continue in full-width letters (ＸＩＩＩ),
//     which keep the roman style.
//
// Such labels then parse in another style, so a caller that renumbers long
// lists should expect it. Ordinals below 1 or above 999, and labels whose
// Raw holds no number that Style can be read from, give l.Raw unchanged.
//
// One separator is lost by the change of length: a roman label followed by
// an ASCII space ("III Outlook") parses only with two or more letters, so
// the ordinals 1, 5, 10 … written that way ("I Outlook") are no longer read
// as labels.
func Relabel(l Label, ordinal int) string {
	if ordinal < 1 || ordinal > maxOrdinal {
		return l.Raw
	}
	s, ok := locate(l)
	if !ok {
		return l.Raw
	}
	for _, w := range s.writers {
		if core, ok := w(ordinal); ok {
			return s.before + core + s.after
		}
	}
	return s.before + s.fallback(ordinal) + s.after
}

// RelabelText returns text with its leading label l, as Parse(text) found
// it, rewritten by Relabel. The spaces before the label and everything after
// l.Raw are kept byte for byte. ok is false, and text is returned as is, when
// text does not start with l.Raw after its leading spaces.
func RelabelText(text string, l Label, ordinal int) (string, bool) {
	start := len(text) - len(trimSpaceLeft(text))
	if l.Raw == "" || !strings.HasPrefix(text[start:], l.Raw) {
		return text, false
	}
	return text[:start] + Relabel(l, ordinal) + text[start+len(l.Raw):], true
}

// writer spells an ordinal in one numbering system; ok is false when the
// system cannot spell it.
type writer func(n int) (string, bool)

// slot is a label split around its number: Raw = before + number + after.
type slot struct {
	before, after string
	writers       []writer         // tried in order
	fallback      func(int) string // when no writer can spell the ordinal
}

// locate finds the number in l.Raw and the systems that can rewrite it.
func locate(l Label) (slot, bool) {
	raw := l.Raw
	i, bracket, full := 0, false, false
	switch l.Style {
	case StylePart:
		if strings.HasPrefix(raw, "第") {
			i = len("第")
		} else {
			word := leadingLetters(raw)
			_, size := runeAt(raw, len(word))
			i = len(word) + size
		}
	case StyleParenDigit, StyleParenKana, StyleParenIroha, StyleParenLower,
		StyleParenUpper, StyleParenRoman, StyleParenUpperRoman:
		if r, size := runeAt(raw, 0); narrow(r) == '(' {
			i, bracket, full = size, true, isFullWidth(r)
		}
	}
	end, writers, fallback, ok := readCore(raw, i, l.Style)
	if !ok {
		return slot{}, false
	}
	if bracket {
		fallback = digits(full)
	}
	return slot{raw[:i], raw[end:], writers, fallback}, true
}

// readCore reads the number that starts at byte i of raw, for a label of
// style, and returns where it ends, how to write another one like it and
// what to write when that cannot be done.
func readCore(raw string, i int, style Style) (end int, ws []writer, fallback func(int) string, ok bool) {
	r, size := runeAt(raw, i)
	for _, sr := range symbolRanges {
		if r >= sr.first && r <= sr.last {
			ws = []writer{symbolWriter(sr.style)}
			switch sr.style {
			case StyleRoman:
				ws = append(ws, romanWriter(true, true))
			case StyleLowerRoman:
				ws = append(ws, romanWriter(false, true))
			}
			fallback = func(n int) string { return "(" + strconv.Itoa(n) + ")" }
			return i + size, ws, fallback, true
		}
	}
	if d := narrow(r); d >= '0' && d <= '9' {
		_, end, _, _ := readDigits(raw, i)
		write := digits(isFullWidth(r))
		ws = []writer{func(n int) (string, bool) { return write(n), true }}
		return end, ws, write, true
	}
	if kanaIndex(gojuon, r) > 0 || kanaIndex(iroha, r) > 0 {
		order := gojuon
		if style == StyleIroha || style == StyleParenIroha {
			order = iroha
		}
		return i + size, []writer{kanaWriter(order)}, digits(true), true
	}
	if v, end := readKanji(raw, i); v > 0 {
		return end, []writer{kanjiWriter}, digits(true), true
	}
	word, n := foldLetters(raw[i:])
	if word == "" {
		return 0, nil, nil, false
	}
	full := isFullWidth(r)
	switch style {
	case StylePart:
		ws = []writer{romanWriter(word == strings.ToUpper(word), full)}
	case StyleRoman, StyleParenUpperRoman:
		ws = []writer{romanWriter(true, full)}
	case StyleLowerRoman, StyleParenRoman:
		ws = []writer{romanWriter(false, full)}
	case StyleUpper, StyleParenUpper:
		ws = []writer{letterWriter(true, full)}
	case StyleLower, StyleParenLower:
		ws = []writer{letterWriter(false, full)}
	default:
		return 0, nil, nil, false
	}
	return i + n, ws, digits(full), true
}

// symbolWriter writes one of the enclosed-number characters of style.
func symbolWriter(style Style) writer {
	return func(n int) (string, bool) {
		for _, sr := range symbolRanges {
			if sr.style == style && n >= sr.base && n-sr.base <= int(sr.last-sr.first) {
				return string(sr.first + rune(n-sr.base)), true
			}
		}
		return "", false
	}
}

// digits writes numbers in half- or full-width digits.
func digits(full bool) func(int) string {
	return func(n int) string {
		s := strconv.Itoa(n)
		if full {
			s = widen(s)
		}
		return s
	}
}

// kanaWriter writes the n-th katakana of order.
func kanaWriter(order string) writer {
	return func(n int) (string, bool) {
		i := (n - 1) * len("ア")
		if i+len("ア") > len(order) {
			return "", false
		}
		return order[i : i+len("ア")], true
	}
}

// kanjiNames are the kanji for 1 to 9.
var kanjiNames = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// kanjiWriter writes n as 一, 十二, 二十一, 百五; readKanji does not read
// more than four characters, so longer numerals are refused.
func kanjiWriter(n int) (string, bool) {
	var b strings.Builder
	for _, p := range []struct {
		value int
		unit  string
	}{{100, "百"}, {10, "十"}} {
		if d := n / p.value % 10; d > 0 {
			if d > 1 {
				b.WriteString(kanjiNames[d])
			}
			b.WriteString(p.unit)
		}
	}
	b.WriteString(kanjiNames[n%10])
	s := b.String()
	return s, n < 1000 && utf8.RuneCountInString(s) <= 4
}

// romanWriter writes n as a roman numeral in ASCII or full-width letters.
func romanWriter(upper, full bool) writer {
	return func(n int) (string, bool) {
		s := toRoman(n)
		if !upper {
			s = strings.ToLower(s)
		}
		if full {
			s = widen(s)
		}
		return s, len(toRoman(n)) <= maxLabelRunes
	}
}

// letterWriter writes n as the n-th letter of the alphabet.
func letterWriter(upper, full bool) writer {
	return func(n int) (string, bool) {
		if n > 26 {
			return "", false
		}
		s := string(pick(upper, 'A', 'a') + rune(n-1))
		if full {
			s = widen(s)
		}
		return s, true
	}
}

// widen turns ASCII digits and letters into their full-width forms.
func widen(s string) string {
	return strings.Map(func(r rune) rune {
		if r > ' ' && r <= '~' {
			return r + 0xFEE0
		}
		return r
	}, s)
}
