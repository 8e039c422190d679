package check

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"taiyaku/app/textfacts"
)

// mixedCommasBefore is mixedCommas as it was, decoding the character
// before every comma: the oracle of the one that passes over ASCII.
func mixedCommasBefore(s string) string {
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
			if before, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && unicode.In(before, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				return nearRunes(s, touten, 12)
			}
			off = i + len(comma)
		}
	}
	return ""
}

func FuzzMixedCommas(f *testing.F) {
	for _, s := range []string{"流動的,だからこそ、共通", "3,759件、1,221件", "、a,b，c", "漢，、", "\xe3,、"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mixedCommas(s), mixedCommasBefore(s); got != want {
			t.Errorf("mixedCommas(%q) = %q, want %q", s, got, want)
		}
	})
}

// unmatchedNumbersBefore is unmatchedNumbers as it was, each search for
// a match from b's first number: the oracle of the one that starts after
// the numbers already used.
func unmatchedNumbersBefore(a, b []textfacts.Number) []string {
	used := make([]bool, len(b))
	var out []string
	for _, x := range a {
		if x.Word || x.Token != "" || x.Soft && !hasSoftAmount(b, x.Currency) {
			continue
		}
		found := false
		for k, y := range b {
			if !used[k] && sameQuantity(&x, &y) && (x.Currency == textfacts.NoCurrency || y.Currency == textfacts.NoCurrency || x.Currency == y.Currency) {
				used[k], found = true, true
				break
			}
		}
		if !found {
			out = append(out, x.Raw)
		}
	}
	return out
}

// TestUnmatchedNumbersRandom holds unmatchedNumbers to its oracle over
// random lists of few values, units, currencies, durations and flags, so
// that numbers match several others and in any order.
func TestUnmatchedNumbersRandom(t *testing.T) {
	rnd := lcg(3)
	number := func(k int) textfacts.Number {
		n := textfacts.Number{Value: float64(rnd(4)), Raw: string(rune('a' + k))}
		switch rnd(8) {
		case 0:
			n.Alt = float64(rnd(4))
		case 1:
			n.Unit = textfacts.Percent
		case 2:
			n.Currency = textfacts.JPY
		case 3:
			n.Currency = textfacts.USD
		case 4:
			n.Soft = true
			n.Currency = []textfacts.Currency{textfacts.NoCurrency, textfacts.JPY}[rnd(2)]
		case 5:
			n.Word = true
		case 6:
			n.Token = "G7"
		}
		return n
	}
	for range 50000 {
		var a, b []textfacts.Number
		for k := range rnd(8) {
			a = append(a, number(k))
		}
		for k := range rnd(40) {
			b = append(b, number(k))
		}
		if got, want := unmatchedNumbers(a, b), unmatchedNumbersBefore(a, b); !reflect.DeepEqual(got, want) {
			t.Fatalf("unmatchedNumbers(%v, %v) = %v, want %v", a, b, got, want)
		}
	}
}
