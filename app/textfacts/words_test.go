package textfacts

import (
	"strings"
	"testing"
)

// TestWordTable finds every word of the table in three spellings, and
// checks that no search walks far.
func TestWordTable(t *testing.T) {
	words, longest := 0, 0
	for h, e := range wordTable {
		if e.w == "" {
			continue
		}
		words++
		longest = max(longest, (h-int(wordSlot(e.w))+wordSlots)%wordSlots)
		for _, w := range []string{e.w, strings.ToUpper(e.w), strings.ToUpper(e.w[:1]) + e.w[1:]} {
			if info, ok := lookupWord(w); !ok || info != e.info {
				t.Fatalf("lookupWord(%q) = %+v, %v; want %+v", w, info, ok, e.info)
			}
		}
	}
	if words < 100 || longest > 3 {
		t.Fatalf("%d words, longest probe %d", words, longest)
	}
}

// TestMaybeKeyword checks that every word the scanner reacts to passes the
// filter, and that few words of the English samples do.
func TestMaybeKeyword(t *testing.T) {
	for _, e := range wordTable {
		if e.w != "" && !maybeKeyword(e.w) {
			t.Fatalf("maybeKeyword(%q) = false", e.w)
		}
	}
	for _, f := range fractionWords {
		if !maybeKeyword(f.w) || !maybeKeyword(strings.ToUpper(f.w+"s")) {
			t.Fatalf("maybeKeyword(%q) or its plural = false", f.w)
		}
	}
	_, en := sampleUnits(t)
	words, passed := 0, 0
	for _, u := range en {
		for _, w := range strings.FieldsFunc(u, func(r rune) bool { return !isLetter(byte(r)) || r > 0x7f }) {
			if _, ok := lookupWord(w); ok || len(w) < 2 {
				continue
			}
			words++
			if maybeKeyword(w) {
				passed++
			}
		}
	}
	if words < 1000 || passed*20 > words {
		t.Fatalf("%d of %d other words pass maybeKeyword", passed, words)
	}
	t.Logf("%d of %d other words pass maybeKeyword", passed, words)
}
