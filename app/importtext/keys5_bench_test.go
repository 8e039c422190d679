package importtext

import (
	"testing"

	"taiyaku/app/numbering"
	"taiyaku/app/sample"
	"taiyaku/app/textfacts"
)

// benchEditions are the two editions of 10,000 generated pairs, split.
func benchEditions() (jaText, enText string, ja, en []Block) {
	jaText, enText = sample.Texts(sample.Generate(10_000, 1))
	return jaText, enText, Split(jaText), Split(enText)
}

// BenchmarkClockKeys10k hashes the times of day of every block of both
// editions, as hardKeys does.
func BenchmarkClockKeys10k(b *testing.B) {
	_, _, ja, en := benchEditions()
	var keys []uint32
	for b.Loop() {
		for _, bs := range [][]Block{ja, en} {
			for i := range bs {
				keys = appendClockKeys(keys[:0], bs[i].Text)
			}
		}
	}
}

// BenchmarkScanText10k checks both editions' bytes as decode does.
func BenchmarkScanText10k(b *testing.B) {
	jaText, enText, _, _ := benchEditions()
	ja, en := []byte(jaText), []byte(enText)
	b.SetBytes(int64(len(ja) + len(en)))
	for b.Loop() {
		scanText(ja)
		scanText(en)
	}
}

// BenchmarkSplit10k splits both editions.
func BenchmarkSplit10k(b *testing.B) {
	jaText, enText, _, _ := benchEditions()
	for b.Loop() {
		Split(jaText)
		Split(enText)
	}
}

// BenchmarkScanSplit10k checks both editions' bytes as decode does, noting
// their lines, and splits them from the lines noted.
func BenchmarkScanSplit10k(b *testing.B) {
	jaText, enText, _, _ := benchEditions()
	ja, en := []byte(jaText), []byte(enText)
	b.SetBytes(int64(len(ja) + len(en)))
	for b.Loop() {
		sc := scanLines(ja, true)
		split(source{jaText, &sc})
		sc = scanLines(en, true)
		split(source{enText, &sc})
	}
}

// BenchmarkScanThenSplit10k is BenchmarkScanSplit10k as decode and split
// did it before: scanText, then Split.
func BenchmarkScanThenSplit10k(b *testing.B) {
	jaText, enText, _, _ := benchEditions()
	ja, en := []byte(jaText), []byte(enText)
	b.SetBytes(int64(len(ja) + len(en)))
	for b.Loop() {
		scanText(ja)
		Split(jaText)
		scanText(en)
		Split(enText)
	}
}

// BenchmarkClassify10k classifies both editions' blocks.
func BenchmarkClassify10k(b *testing.B) {
	_, _, ja, en := benchEditions()
	for b.Loop() {
		Classify(ja)
		Classify(en)
	}
}

// BenchmarkBlockBody10k finds every block's body as alignBlock does.
func BenchmarkBlockBody10k(b *testing.B) {
	_, _, ja, en := benchEditions()
	Classify(ja)
	Classify(en)
	for b.Loop() {
		for _, bs := range [][]Block{ja, en} {
			for i := range bs {
				blockBody(&bs[i])
			}
		}
	}
	_ = numbering.Parse
}

// BenchmarkFactKeys10k hashes the hard facts of every block, read once.
func BenchmarkFactKeys10k(b *testing.B) {
	_, _, ja, en := benchEditions()
	var facts []textfacts.Facts
	var bodies []string
	var asciis []bool
	for _, bs := range [][]Block{ja, en} {
		for i := range bs {
			body, _ := blockBody(&bs[i])
			facts = append(facts, textfacts.Extract(body, langOf(body), textfacts.Context{Year: 2026}))
			bodies = append(bodies, body)
			asciis = append(asciis, bs[i].Runes == len(bs[i].Text))
		}
	}
	var keys []uint32
	for b.Loop() {
		for i := range facts {
			keys = appendFactKeys(keys[:0], facts[i], bodies[i], asciis[i])
		}
	}
}
