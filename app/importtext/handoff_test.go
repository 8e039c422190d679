package importtext

import (
	"testing"

	"taiyaku/app/glossary"
	"taiyaku/app/sample"
	"taiyaku/app/textfacts"
)

// TestHandoffBounded: past keptBlocks lines of an edition no facts are
// kept; the units before still get theirs, and the release is the one
// Import makes.
func TestHandoffBounded(t *testing.T) {
	defer func(n int) { keptBlocks = n }(keptBlocks)
	keptBlocks = 60
	ja, en := sample.Texts(sample.Generate(200, 4))
	r, sum, h := ImportHanded(ja, en, glossary.Default())
	plain, plainSum := Import(ja, en, glossary.Default())
	if sum != plainSum || len(r.Units) != len(plain.Units) {
		t.Fatalf("ImportHanded %+v, Import %+v", sum, plainSum)
	}
	if len(h.JA) != len(r.Units) || len(h.EN) != len(r.Units) {
		t.Fatalf("%d and %d readings for %d units", len(h.JA), len(h.EN), len(r.Units))
	}
	early, late := 0, 0
	for i := range r.Units {
		for _, rd := range []*textfacts.Reading{h.JA[i], h.EN[i]} {
			switch {
			case rd != nil && i >= keptBlocks:
				late++ // a clean generated pair: unit i is line i of each edition
			case rd != nil:
				early++
			}
		}
	}
	if late > 0 || early < keptBlocks {
		t.Errorf("%d readings kept before line %d, %d after", early, keptBlocks, late)
	}
}
