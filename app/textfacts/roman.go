package textfacts

import "strings"

// RomanValue reads an upper-case Roman numeral of two or more letters up
// to XXXIX (III, IV, XII), written in canonical form; "I" alone is a word.
func RomanValue(tok string) (float64, bool) {
	if len(tok) < 2 || len(tok) > 7 || strings.Trim(tok, "IVX") != "" {
		return 0, false
	}
	v, rest := 0, tok
	for _, step := range [...]struct {
		s string
		v int
	}{{"X", 10}, {"X", 10}, {"X", 10}, {"IX", 9}, {"V", 5}, {"IV", 4}, {"I", 1}, {"I", 1}, {"I", 1}} {
		if strings.HasPrefix(rest, step.s) {
			v, rest = v+step.v, rest[len(step.s):]
		}
	}
	return float64(v), rest == "" && v > 0
}

// romanNumber claims an upper-case Roman numeral s[i:j] (Phase III, World
// War II) as a Word number: it may answer "3" or 第3期 but is never
// demanded. Ⅲ reaches the scanner as III after normalisation.
func (sc *scanner) romanNumber(i, j int) (int, bool) {
	v, ok := RomanValue(sc.s[i:j])
	if !ok || isDigit(at(sc.s, j)) {
		return 0, false
	}
	sc.addNumber(Number{Value: v, Raw: sc.s[i:j], Word: true})
	return j, true
}
