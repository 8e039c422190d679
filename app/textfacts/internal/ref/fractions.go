package ref

import "strings"

// Fractions: 補助率は2分の1 is "one half" in the English, 3分の2 "two
// thirds". Both sides yield the fraction's value, so they compare equal;
// the English words are Word numbers, as number words always are.

// jaFraction reads "分の" and a numerator after the denominator v that ends
// at i: 2分の1 → 0.5. It returns the fraction's end.
func jaFraction(s string, i int, v float64) (float64, int, bool) {
	const bun = "分の"
	if v == 0 || !strings.HasPrefix(s[i:], bun) {
		return 0, i, false
	}
	n, end, ok := digitsAt(s, i+len(bun), 6)
	if !ok {
		ns, ok := scanNumeral(s, i+len(bun)) // 三分の一
		if !ok {
			return 0, i, false
		}
		return ns.val / v, ns.end, true
	}
	return float64(n) / v, end, true
}

// enFraction reads a fraction word at s[i:j]: half, halves, third(s) …
// tenth(s), quarter(s). The numerator is the number word just before
// ("two thirds") or one ("a half", "one third", "half"). An ordinal word
// alone ("the third meeting") is no fraction and is left to the caller.
func (sc *scanner) enFraction(i, j int) (int, bool) {
	s := sc.s
	den, plural := fractionDen(s[i:j])
	if den == 0 {
		return 0, false
	}
	num, start := 1.0, i
	prev := sc.lastWordNumberBefore(i)
	if prev >= 0 && isOrdinal(sc.f.Numbers[prev].Raw) {
		return 0, false // "the first quarter" is a period, not a fraction
	}
	if prev >= 0 {
		num, start = sc.f.Numbers[prev].Value, i-len(sc.f.Numbers[prev].Raw)-1
		sc.f.Numbers = append(sc.f.Numbers[:prev], sc.f.Numbers[prev+1:]...)
	} else if den != 2 && den != 4 && !plural && !precededBy(s, i, "a ", "one-", "a-") {
		return 0, false // "the third meeting"
	}
	sc.addNumber(Number{Value: num / float64(den), Raw: s[start:j], Word: true})
	return j, true
}

var fractionWords = []struct {
	w   string
	den int
}{{"half", 2}, {"halve", 2}, {"third", 3}, {"quarter", 4}, {"fourth", 4}, {"fifth", 5},
	{"sixth", 6}, {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}}

// fractionInitials has bit k set when a fraction word starts with 'a'+k.
var fractionInitials = func() (m uint32) {
	for _, f := range fractionWords {
		m |= 1 << (f.w[0] - 'a')
	}
	return m
}()

// fractionDen returns the denominator a fraction word names (0 for other
// words) and whether it is plural, without allocating: it runs on every
// English word.
func fractionDen(w string) (int, bool) {
	if len(w) < 4 || len(w) > 8 || fractionInitials&(1<<(w[0]|0x20-'a')) == 0 {
		return 0, false
	}
	plural := w[len(w)-1]|0x20 == 's'
	stem := w
	if plural {
		stem = w[:len(w)-1]
	}
	for _, f := range fractionWords {
		if len(f.w) == len(stem) && equalLower(stem, f.w) {
			return f.den, plural
		}
	}
	return 0, false
}

// lastWordNumberBefore returns the index of the last number found if it is
// a number word ending one space or hyphen before i, else -1.
func (sc *scanner) lastWordNumberBefore(i int) int {
	k := len(sc.f.Numbers) - 1
	if k < 0 || !sc.f.Numbers[k].Word || i < 1 || (sc.s[i-1] != ' ' && sc.s[i-1] != '-') {
		return -1
	}
	raw := sc.f.Numbers[k].Raw
	if !strings.HasSuffix(sc.s[:i-1], raw) {
		return -1
	}
	return k
}

// precededBy tells whether one of the words ends right before i.
func precededBy(s string, i int, words ...string) bool {
	for _, w := range words {
		if strings.HasSuffix(strings.ToLower(s[:i]), w) {
			return true
		}
	}
	return false
}

// isOrdinal tells whether a number word is an ordinal (first … tenth).
func isOrdinal(w string) bool {
	switch strings.ToLower(w) {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	return false
}
