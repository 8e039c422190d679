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
