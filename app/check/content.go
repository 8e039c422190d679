package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"taiyaku/app/textfacts"
)

// unitChecks run on each unit on its own; their order is the order of the
// findings of one unit before sorting.
var unitChecks = []func(*unitInput, []Finding) []Finding{
	checkCounterpart, checkKind, checkUntranslated, checkNumbers, checkDates,
	checkURLs, checkAcronyms, checkTerms, checkWidth, checkBrackets, checkWhitespace,
	checkTimes, // chkfacts
}

// blank reports whether s is empty or spaces: strings.TrimSpace(s) == "",
// settled by the first character that is no space (the first, mostly),
// without trimming from both ends.
func blank(s string) bool {
	if s != "" && !firstSpace(s) {
		return false // the common case, from the first bytes
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// asciiSpace are the ASCII bytes strings.TrimSpace trims.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// bothSides reports whether both editions have text; most comparisons
// only make sense then (a one-sided unit is reported once, as such).
func (in *unitInput) bothSides() bool { return !in.jaBlank && !in.enBlank }

func checkCounterpart(in *unitInput, out []Finding) []Finding {
	switch {
	case in.jaBlank && !in.enBlank:
		return append(out, newFinding(MissingCounterpart, in.index, JA, "FindingMissingJA"))
	case in.enBlank && !in.jaBlank:
		return append(out, newFinding(MissingCounterpart, in.index, EN, "FindingMissingEN"))
	}
	return out
}

// checkKind catches a numbered heading paired with prose: one edition
// has a label and the other a sentence.
func checkKind(in *unitInput, out []Finding) []Finding {
	if !in.bothSides() {
		return out
	}
	jaLabel, enLabel := kindLabels(in)
	if jaLabel == enLabel {
		return out
	}
	prose := in.unit.EN
	if enLabel {
		prose = in.unit.JA
	}
	if !isSentence(prose) {
		return out
	}
	return append(out, newFinding(KindMismatch, in.index, Both, "FindingKindMismatch"))
}

// isSentence reports whether a text reads as prose rather than a heading.
func isSentence(s string) bool {
	s = strings.TrimSpace(s)
	return !textfacts.RunesAtMost(s, 60) || strings.HasSuffix(s, "。") || strings.HasSuffix(s, ".")
}

func checkUntranslated(in *unitInput, out []Finding) []Finding {
	if in.enFlags&fJapanese == 0 {
		// no Japanese script to find
	} else if jp := japaneseRun(in.unit.EN); jp != "" {
		return append(out, newFinding(Untranslated, in.index, EN, "FindingJapaneseInEnglish", "Text", jp))
	}
	if in.bothSides() && trimSpace(in.unit.JA) == trimSpace(in.unit.EN) && len(strings.Fields(in.unit.JA)) >= 3 {
		return append(out, newFinding(Untranslated, in.index, JA, "FindingEnglishInJapanese"))
	}
	return out
}

// japaneseRun returns the first run of Japanese script in s with the
// digits that follow it (写真1), "" if none.
func japaneseRun(s string) string {
	run := firstRun(s, isJapanese)
	if run == "" {
		return ""
	}
	at := strings.Index(s, run) + len(run)
	end := at + len(s[at:]) - len(strings.TrimLeftFunc(s[at:], unicode.IsDigit))
	return s[strings.Index(s, run):end]
}

func isJapanese(r rune) bool {
	return r >= 0x3000 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r == '々')
}

// checkNumbers compares the numbers written in digits. Number words
// ("two", 三) may answer a number of the other edition, but are never
// required: translators often write 両国 for "the two sides". Soft numbers
// (an equivalent in parentheses, 来年) are required only of each other.
// Digits inside a word (G7, CO2) are required only against a word of the
// same letters: G7 against G20 differs, CO2 against "carbon dioxide" does
// not. An amount whose currency the English lost (120万ドル as "1.2
// million") is a mismatch on the English.
func checkNumbers(in *unitInput, out []Finding) []Finding {
	if !in.bothSides() {
		return out
	}
	jaOnly := unmatchedNumbers(in.ja.Numbers, in.en.Numbers)
	enOnly := unmatchedNumbers(in.en.Numbers, in.ja.Numbers)
	jaTok, enTok := tokenMismatches(in.ja.Numbers, in.en.Numbers)
	jaOnly, enOnly = append(jaOnly, jaTok...), append(enOnly, enTok...)
	if len(jaOnly) == 0 && len(enOnly) == 0 {
		if lost := lostCurrencies(in.ja.Numbers, in.en.Numbers); len(lost) > 0 {
			return append(out, newFinding(NumberMismatch, in.index, EN, "FindingCurrencyLost", "JA", strings.Join(lost, ", ")))
		}
		return out
	}
	return append(out, newFinding(NumberMismatch, in.index, blame(len(jaOnly) > 0, len(enOnly) > 0), "FindingNumberMismatch",
		"JA", strings.Join(jaOnly, ", "), "EN", strings.Join(enOnly, ", ")))
}

// blame puts a difference found on both sides on the English edition, the
// translation; a value missing from one side only is on Both.
func blame(jaHas, enHas bool) Side {
	if jaHas && enHas {
		return EN
	}
	return Both
}

// unmatchedNumbers lists the digit numbers of a that b does not have, each
// number of b answering at most one of a. A soft amount of a is demanded
// only when b has a soft amount in the same currency (two equivalents that
// differ); an amount never answers one in another currency.
func unmatchedNumbers(a, b []textfacts.Number) []string {
	var few [32]bool // a text's numbers, mostly: no allocation
	var used []bool
	if len(b) <= len(few) {
		used = few[:len(b)]
	} else {
		used = make([]bool, len(b))
	}
	var out []string
	first := 0 // b[:first] are all used: the search for a match starts after them
	for i := range a {
		x := &a[i] // a Number is large: not copied for each comparison
		if x.Word || x.Token != "" || x.Soft && !hasSoftAmount(b, x.Currency) {
			continue
		}
		found := false
		for k := first; k < len(b); k++ {
			if y := &b[k]; !used[k] && sameQuantity(x, y) && (x.Currency == textfacts.NoCurrency || y.Currency == textfacts.NoCurrency || x.Currency == y.Currency) {
				used[k], found = true, true
				for first < len(b) && used[first] {
					first++
				}
				break
			}
		}
		if !found {
			out = append(out, x.Raw)
		}
	}
	return out
}

// sameQuantity compares values and units, a duration in either of its
// readings (90分 = "1.5 hours").
func sameQuantity(x, y *textfacts.Number) bool {
	// The values first: they differ far more often than the units.
	if x.Value != y.Value && !(x.Alt != 0 && near(x.Alt, y.Value)) && !(y.Alt != 0 && near(y.Alt, x.Value)) {
		return false
	}
	return x.Unit == y.Unit
}

// near compares two readings of a duration, which went through a division.
func near(a, b float64) bool {
	d := a - b
	return d < 1e-9*max(1, b) && d > -1e-9*max(1, b)
}

func hasSoftAmount(ns []textfacts.Number, currency textfacts.Currency) bool {
	if currency == textfacts.NoCurrency {
		return false
	}
	for _, n := range ns {
		if n.Soft && n.Currency == currency {
			return true
		}
	}
	return false
}

// lostCurrencies lists the Japanese amounts with a currency whose English
// counterparts all lack one: 120万ドル rendered "1.2 million".
func lostCurrencies(ja, en []textfacts.Number) []string {
	var out []string
	for i := range ja {
		x := &ja[i]
		if x.Currency == textfacts.NoCurrency || x.Soft || x.Word || x.Token != "" {
			continue
		}
		bare := false
		for k := range en {
			y := &en[k]
			if !sameQuantity(x, y) {
				continue
			}
			if y.Currency != textfacts.NoCurrency {
				bare = false
				break
			}
			bare = true
		}
		if bare {
			out = append(out, x.Raw)
		}
	}
	return out
}

// tokenMismatches pairs the words with digits of both editions by their
// letters (G7 and G20 are both "G") and returns those whose digits differ
// and have no same-valued counterpart.
func tokenMismatches(ja, en []textfacts.Number) (jaOnly, enOnly []string) {
	for i := range ja {
		x := &ja[i]
		if x.Token == "" {
			continue
		}
		var other []string
		for k := range en {
			if y := &en[k]; y.Token == "" || !sameLetters(y.Token, x.Token) {
				continue
			}
			if en[k].Value == x.Value {
				other = nil
				break
			}
			other = append(other, en[k].Token)
		}
		if len(other) > 0 {
			jaOnly, enOnly = append(jaOnly, x.Token), append(enOnly, other...)
		}
	}
	return jaOnly, enOnly
}

// sameLetters is letters(a) == letters(b) without building either: the
// number checks compare every pair of number tokens of a unit.
func sameLetters(a, b string) bool {
	for {
		var ra, rb rune
		ra, a = nextLetter(a)
		rb, b = nextLetter(b)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true // both ended
		}
	}
}

// nextLetter is the first character of s that is no ASCII digit,
// upper-cased as strings.ToUpper does (a broken byte reads U+FFFD), and
// the rest of s after it; -1 at the end.
func nextLetter(s string) (rune, string) {
	for s != "" {
		c := s[0]
		switch {
		case c >= '0' && c <= '9':
			s = s[1:]
		case c < utf8.RuneSelf:
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			return rune(c), s[1:]
		default:
			r, n := utf8.DecodeRuneInString(s)
			return unicode.ToUpper(r), s[n:]
		}
	}
	return -1, ""
}

func checkURLs(in *unitInput, out []Finding) []Finding {
	if !in.bothSides() {
		return out
	}
	jaOnly, enOnly := missingStrings(in.ja.URLs, in.en.URLs), missingStrings(in.en.URLs, in.ja.URLs)
	if len(jaOnly)+len(enOnly) == 0 {
		return out
	}
	return append(out, newFinding(URLMismatch, in.index, blame(len(jaOnly) > 0, len(enOnly) > 0), "FindingURLMismatch",
		"JA", strings.Join(jaOnly, ", "), "EN", strings.Join(enOnly, ", ")))
}

// missingStrings lists the elements of a that b lacks.
func missingStrings(a, b []string) []string {
	var out []string
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// containsWord finds w in s at word boundaries, so "ai" is not found in
// "said" but is in "AI governance".
func containsWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		from = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func checkTerms(in *unitInput, out []Finding) []Finding {
	if in.gloss == nil || !in.bothSides() {
		return out
	}
	// The scan's flags say whether the English is ASCII without tabs.
	plain := in.enFlags&(fNonASCII|fTab) == 0
	for _, t := range in.gloss.MissingFoldPlain(in.unit.JA, in.unit.EN, plain, in.enLower) {
		out = append(out, newFinding(TermMismatch, in.index, EN, "FindingTerm", "Term", t.JA, "Renderings", strings.Join(t.EN, " / ")))
	}
	return out
}
