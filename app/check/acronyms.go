package check

import (
	"strings"

	"taiyaku/app/internal/swar"
	"taiyaku/app/textfacts"
)

// checkAcronyms wants every Latin-script token of the Japanese in the
// English; the reverse does not hold, since English spells out more. A
// token is also answered by what translators do with it: spell it out
// (IMF as "International Monetary Fund"), write its parts apart
// (OSCE/ODIHR as "(OSCE) / the (ODIHR)"), space it differently (Open RAN,
// OpenRAN), give an English gloss of the Japanese in other words, or a
// Roman numeral as a number (Ⅲ, "3", "third"). Link markers such as (PDF)
// are page furniture. A token with digits whose letters the English has
// with other digits (G7 against G20) is left to the number check, so one
// defect makes one finding.
func checkAcronyms(in *unitInput, out []Finding) []Finding {
	if !in.bothSides() || len(in.ja.Latin) == 0 {
		return out
	}
	var missing []string
	for _, tok := range in.ja.Latin {
		if in.writtenAsIs(tok) {
			continue
		}
		if !tokenAnswered(tok, in.enLower(), in.unit.EN, in.en.Numbers) {
			missing = append(missing, tok)
		}
	}
	if len(missing) == 0 {
		return out
	}
	return append(out, newFinding(AcronymMismatch, in.index, EN, "FindingAcronym", "Tokens", strings.Join(missing, ", ")))
}

// writtenAsIs is tokenAnswered's first test (tok, or tok with a plural s,
// as a word of the English in any letter case) without lower-casing the
// English, when it is ASCII without tabs: Normalize leaves such a text as
// it is, and lower-casing changes no byte's place. Most tokens are
// answered so.
func (in *unitInput) writtenAsIs(tok string) bool {
	if in.enFlags&(fNonASCII|fTab) != 0 || tok == "" || !isASCII(tok) {
		return false
	}
	return containsWordOrPlural(in.unit.EN, tok)
}

// containsWordOrPlural is containsWordFold(s, w, "") ||
// containsWordFold(s, w, "s") for a word w, in one pass that looks
// further only where the first letter matches: it runs for every Latin
// token of every Japanese text.
func containsWordOrPlural(s, w string) bool {
	// A letter matches in either case: c|0x20 is the lower-case letter
	// only for that letter's two cases. Other bytes match only themselves.
	first, fold := foldOf(w[0])
	second, fold1 := byte(0), byte(0)
	if len(w) > 1 {
		second, fold1 = foldOf(w[1])
	}
	for i := 0; i+len(w) <= len(s); i++ {
		if len(w) > 1 {
			i = nextPair(s, i, first, fold, second, fold1)
		} else {
			i = swar.NextFolded(s, i, first, fold)
		}
		if i+len(w) > len(s) {
			break
		}
		if i > 0 && isWordByte(s[i-1]) || !foldEqual(s[i:i+len(w)], w) {
			continue
		}
		end := i + len(w)
		if end == len(s) || !isWordByte(s[end]) {
			return true // the word itself
		}
		if lowerByte(s[end]) == 's' && (end+1 == len(s) || !isWordByte(s[end+1])) {
			return true // its plural
		}
	}
	return false
}

// foldOf is what a byte c of a word is compared as, and the bits
// or-ed into a text's byte first: an ASCII letter in lower case with
// 0x20, any other byte as it is with 0.
func foldOf(c byte) (byte, byte) {
	if 'a' <= c|0x20 && c|0x20 <= 'z' {
		return c | 0x20, 0x20
	}
	return c, 0
}

// lowerByte lower-cases an ASCII capital letter.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// containsWordFold is containsWord(strings.ToLower(s), strings.ToLower(w
// + suffix)) for ASCII s and w, without lower-casing either.
func containsWordFold(s, w, suffix string) bool {
	n := len(w) + len(suffix)
	for i := 0; i+n <= len(s); i++ {
		if (i > 0 && isWordByte(s[i-1])) || (i+n < len(s) && isWordByte(s[i+n])) {
			continue
		}
		if foldEqual(s[i:i+len(w)], w) && foldEqual(s[i+len(w):i+n], suffix) {
			return true
		}
	}
	return false
}

// foldEqual compares ASCII strings of one length in any letter case.
func foldEqual(a, b string) bool {
	for k := 0; k < len(a); k++ {
		x, y := a[k], b[k]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// tokenAnswered reports whether the English (en: normalised and
// lower-cased; enText: as written) has the Japanese Latin token tok in one
// of the forms translators use.
func tokenAnswered(tok, en, enText string, enNumbers []textfacts.Number) bool {
	low := strings.ToLower(tok)
	switch {
	case containsWord(en, low), linkMarkers[low], containsWord(en, low+"s"):
		return true // NGO as "NGOs"
	case hasDigit(tok) && (numberCheckOwns(tok, enNumbers) || isFileSize(low)):
		return true
	}
	if v, ok := textfacts.RomanValue(tok); ok {
		return hasValue(enNumbers, v)
	}
	words := enWords(en)
	if squeezedIn(low, words) || spelledOut(tok, enWords(enText)) || glossIn(low, en) {
		return true
	}
	if parts := strings.Split(tok, "/"); len(parts) > 1 {
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" && !tokenAnswered(p, en, enText, enNumbers) {
				return false
			}
		}
		return true
	}
	return false
}

// linkMarkers are the file-type markers of links ("(PDF)", "(Excel)"),
// which English pages drop or write otherwise.
var linkMarkers = map[string]bool{"pdf": true, "excel": true, "word": true, "powerpoint": true,
	"kb": true, "mb": true, "csv": true, "zip": true}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// isFileSize reports the size of a linked file, (PDF:256KB): furniture.
func isFileSize(low string) bool {
	for _, u := range [...]string{"kb", "mb", "gb"} {
		if n, ok := strings.CutSuffix(low, u); ok && n != "" && strings.Trim(n, "0123456789. ") == "" {
			return true
		}
	}
	return false
}

// numberCheckOwns reports an English number inside a word of the same
// letters as tok (G20 for G7): the number check reports the difference.
func numberCheckOwns(tok string, en []textfacts.Number) bool {
	for _, n := range en {
		if n.Token != "" && sameLetters(n.Token, tok) {
			return true
		}
	}
	return false
}

func hasValue(ns []textfacts.Number, v float64) bool {
	for _, n := range ns {
		if n.Value == v {
			return true
		}
	}
	return false
}

// enWords splits the English into words: runs of letters, digits,
// hyphens, ampersands and apostrophes.
func enWords(en string) []string {
	return strings.FieldsFunc(en, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '&' || r == '\'' || r == '’')
	})
}

// squeezedIn finds tok without its spaces, dots and hyphens as one to four
// adjacent English words written together: "Open RAN" in "OpenRAN", "G 7"
// in "G7", "U.S." in "US".
func squeezedIn(low string, words []string) bool {
	want := squeeze(low)
	if want == "" {
		return false
	}
	for i := range words {
		var b strings.Builder
		for k := i; k < len(words) && k < i+4; k++ {
			b.WriteString(squeeze(words[k]))
			if b.Len() > len(want) {
				break
			}
			if b.String() == want {
				return true
			}
		}
	}
	return false
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '.' || r == '-' || r == '\'' {
			return -1
		}
		return r
	}, s)
}

// stopWords are skipped when an acronym is matched against a spelled-out
// name (Organization for Security and Co-operation in Europe).
var stopWords = map[string]bool{"of": true, "and": true, "for": true, "the": true, "on": true,
	"in": true, "to": true, "with": true, "de": true, "&": true, "at": true}

// spelledOut reports whether the English spells out the acronym tok as
// consecutive capitalised words, a name, whose first letters (or first
// letters and a few more of the same word, as in Southeast for SE of
// ASEAN) make it up. A description in lower case ("data free flow with
// trust" for DFFT) does not count: the reader cannot tell it is the term.
func spelledOut(tok string, words []string) bool {
	if t := strings.TrimSuffix(tok, "s"); len(t) < 2 || len(t) > 10 || strings.Trim(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ&") != "" {
		return false
	}
	acr := strings.ReplaceAll(strings.TrimSuffix(tok, "s"), "&", "") // SDGs: Sustainable Development Goals
	for i := range words {
		if !stopWords[words[i]] && initialsFrom(acr, words, i) {
			return true
		}
	}
	return false
}

// initialsFrom matches the letters acr against the words from i on.
func initialsFrom(acr string, words []string, i int) bool {
	if acr == "" {
		return true
	}
	if i >= len(words) {
		return false
	}
	w := words[i]
	if stopWords[strings.ToLower(w)] {
		return initialsFrom(acr, words, i+1)
	}
	if w[0] != acr[0] {
		return false // a capital letter, as the acronym's
	}
	w = strings.ToUpper(w)
	// The word gives its first letter, then possibly up to two more of its
	// letters in order.
	n, at := 1, 1
	for {
		if initialsFrom(acr[n:], words, i+1) {
			return true
		}
		if n == 3 || n == len(acr) {
			return false
		}
		k := strings.IndexByte(w[at:], acr[n])
		if k < 0 {
			return false
		}
		at += k + 1
		n++
	}
}

// glossIn reports an English phrase of several words (a gloss inside the
// Japanese parentheses) whose content words all appear in the English,
// whatever the small words between them.
func glossIn(low, en string) bool {
	words := enWords(low)
	content := 0
	for _, w := range words {
		if stopWords[w] || len(w) < 3 {
			continue
		}
		if !containsWord(en, w) {
			return false
		}
		content++
	}
	return content >= 2
}
