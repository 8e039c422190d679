package align

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestGlobalCandidatesAsCandidates holds the two-core global candidates
// to the aligner's own, over the whole release with hard keys only.
func TestGlobalCandidatesAsCandidates(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 7))
	for _, n := range []int{0, 1, 5, 40, 300, 3000, 3000} { // 3000: past the radix sort's threshold
		ja, en := randomBlocks(r, n), randomBlocks(r, n+n/10)
		want := (&aligner{ja: ja, en: en, hardOnly: true}).candidates(0, len(ja), 0, len(en))
		got := globalCandidates(ja, en)
		if !slices.Equal(got, want) {
			t.Fatalf("n=%d: %d candidates, want %d", n, len(got), len(want))
		}
	}
}

// BenchmarkGlobalCandidates10k compares, in wall time, the candidates of
// a release of 10,000 blocks an edition gathered on one core and on two.
func BenchmarkGlobalCandidates10k(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 9))
	ja, en := randomBlocks(r, 10000), randomBlocks(r, 10000)
	b.Run("one-core", func(b *testing.B) {
		for b.Loop() {
			(&aligner{ja: ja, en: en, hardOnly: true}).candidates(0, len(ja), 0, len(en))
		}
	})
	b.Run("two-cores", func(b *testing.B) {
		for b.Loop() {
			globalCandidates(ja, en)
		}
	})
}
