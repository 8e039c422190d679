package importtext

import (
	"testing"

	"taiyaku/app/align"
	"taiyaku/app/glossary"
	"taiyaku/app/internal/benchcpu"
	"taiyaku/app/sample"
	"taiyaku/app/textfacts"
)

// alignCells imports n generated pairs with 1 % of the English dropped and
// returns the cells the aligner's dynamic programmes filled.
func alignCells(n int) int {
	kept, _ := sample.DropEN(sample.Generate(n, 1), 0.01, 1)
	jaText, enText := sample.Texts(kept)
	ja, en := Split(jaText), Split(enText)
	Classify(ja)
	Classify(en)
	g, year := glossary.Default(), releaseYear(ja, en)
	_, cells := align.AlignCells(allFeatures(ja, textfacts.JA, year, g, nil), allFeatures(en, textfacts.EN, year, g, nil))
	return cells
}

// TestAlignCellsLinear holds the dynamic programme to linear growth: ten
// times the pairs may cost at most eleven times the cells (unique facts
// thin out in a long release; local anchors make up for it).
func TestAlignCellsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 110,000 generated pairs")
	}
	small, large := alignCells(10_000), alignCells(100_000)
	t.Logf("DP cells: %d at 10k pairs, %d at 100k (×%.1f)", small, large, float64(large)/float64(small))
	if large > 11*small {
		t.Errorf("DP cells grow ×%.1f for ten times the pairs", float64(large)/float64(small))
	}
}

// BenchmarkStages10k times the stages of an import of 10,000 generated
// pairs (1 % of the English dropped) one by one, on both editions:
// features are what every block needs (facts, hard keys, label path),
// soft-keys what the windows between runs of agreeing lines need at most
// (every block's), align is AlignSparse with the soft keys filled where
// it asks, align-full Align over every block's features.
func BenchmarkStages10k(b *testing.B) {
	kept, _ := sample.DropEN(sample.Generate(10_000, 1), 0.01, 1)
	jaText, enText := sample.Texts(kept)
	g := glossary.Default()
	split := func() ([]Block, []Block) {
		ja, en := Split(jaText), Split(enText)
		Classify(ja)
		Classify(en)
		return ja, en
	}
	ja, en := split()
	year := releaseYear(ja, en)
	features := func() ([]align.Block, []align.Block) {
		return alignBlocks(ja, textfacts.JA, year, nil), alignBlocks(en, textfacts.EN, year, nil)
	}
	b.Run("split+classify", func(b *testing.B) {
		defer benchcpu.Report(b)()
		for b.Loop() {
			split()
		}
	})
	b.Run("features", func(b *testing.B) {
		defer benchcpu.Report(b)()
		for b.Loop() {
			features()
		}
	})
	// The facts already read (kept as for the checker): what the features
	// cost beyond reading the facts.
	jaRead, enRead := make([]textfacts.Reading, len(ja)), make([]textfacts.Reading, len(en))
	alignBlocks(ja, textfacts.JA, year, jaRead)
	alignBlocks(en, textfacts.EN, year, enRead)
	b.Run("features-read-facts", func(b *testing.B) {
		defer benchcpu.Report(b)()
		for b.Loop() {
			alignBlocks(ja, textfacts.JA, year, jaRead)
			alignBlocks(en, textfacts.EN, year, enRead)
		}
	})
	aj, ae := features()
	b.Run("soft-keys", func(b *testing.B) {
		defer benchcpu.Report(b)()
		for b.Loop() {
			weakKeys(aj, ja, []align.Span{{Lo: 0, Hi: len(ja)}}, textfacts.JA, g)
			weakKeys(ae, en, []align.Span{{Lo: 0, Hi: len(en)}}, textfacts.EN, g)
		}
	})
	b.Run("align", func(b *testing.B) {
		defer benchcpu.Report(b)()
		for b.Loop() {
			align.AlignSparse(aj, ae, func(_, _ []align.Span) {}) // soft keys filled above
		}
	})
	b.Run("align-full", func(b *testing.B) {
		defer benchcpu.Report(b)()
		for b.Loop() {
			align.Align(aj, ae)
		}
	})
}

// allFeatures is every feature of every block, soft keys included, as
// Align (rather than AlignSparse) needs them.
func allFeatures(blocks []Block, lang textfacts.Lang, year int, g *glossary.Glossary, keep []textfacts.Reading) []align.Block {
	out := alignBlocks(blocks, lang, year, keep)
	weakKeys(out, blocks, []align.Span{{Lo: 0, Hi: len(blocks)}}, lang, g)
	return out
}
