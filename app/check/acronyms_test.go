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
