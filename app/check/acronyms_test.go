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
