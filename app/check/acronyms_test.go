package check

import (
	"strings"
	"testing"
)

// FuzzContainsWordFold checks the fold search against lower-casing both.
func FuzzContainsWordFold(f *testing.F) {
	f.Add("The IPA and NGOs met.", "ipa", "s")
	f.Add("said AI governance", "AI", "")
	f.Add("G7G7 g7", "G7", "")
	f.Fuzz(func(t *testing.T, s, w, suffix string) {
		if !isASCII(s) || !isASCII(w) || !isASCII(suffix) || w+suffix == "" {
			return
		}
		want := containsWord(strings.ToLower(s), strings.ToLower(w+suffix))
		if got := containsWordFold(s, w, suffix); got != want {
			t.Errorf("containsWordFold(%q, %q, %q) = %v, want %v", s, w, suffix, got, want)
		}
	})
}

// FuzzContainsWordOrPlural holds the one-pass search to the two it
// replaced.
func FuzzContainsWordOrPlural(f *testing.F) {
	f.Add("The IPA and NGOs met.", "ipa")
	f.Add("NGOS, ngo's", "NGO")
	f.Add("G7G7 g7s", "G7")
	f.Fuzz(func(t *testing.T, s, w string) {
		if !isASCII(s) || !isASCII(w) || w == "" {
			return
		}
		want := containsWordFold(s, w, "") || containsWordFold(s, w, "s")
		if got := containsWordOrPlural(s, w); got != want {
			t.Errorf("containsWordOrPlural(%q, %q) = %v, want %v", s, w, got, want)
		}
	})
}

// FuzzSameLetters holds sameLetters to comparing what letters builds.
func FuzzSameLetters(f *testing.F) {
	f.Add("G7", "g20")
	f.Add("FY2026", "fy")
	f.Add("\xff1", "\uFFFD")
	f.Add("straße", "STRASSE")
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := sameLetters(a, b), letters(a) == letters(b); got != want {
			t.Errorf("sameLetters(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

// letters, the oracle of sameLetters, keeps the letters of a word, upper-cased: "G7" → "G".
func letters(w string) string {
	return strings.ToUpper(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, w))
}
