package ref

import "strings"

// RomanValue reads an upper-case Roman numeral of two or more letters up
// to XXXIX (III, IV, XII), written in canonical form; "I" alone is a word.
func RomanValue(tok string) (float64, bool) {
	if len(tok) < 2 || len(tok) > 7 || !onlyRomanLetters(tok) {
		return 0, false
	}
	tens := len(tok) - len(strings.TrimLeft(tok, "X"))
	if tens > 3 {
		return 0, false
	}
	for u, form := range romanUnits {
		if tok[tens:] == form && tens*10+u > 0 {
			return float64(tens*10 + u), true
		}
	}
	return 0, false
}

// romanUnits are the canonical forms of 0 to 9.
var romanUnits = [...]string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}

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

// onlyRomanLetters reports whether tok is made of I, V and X only. It runs
// on every unknown English word, so it stops at the first other letter.
func onlyRomanLetters(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if !isRomanLetter(tok[i]) {
			return false
		}
	}
	return true
}

func isRomanLetter(c byte) bool { return c == 'I' || c == 'V' || c == 'X' }
