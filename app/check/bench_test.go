package check_test

import (
	"strings"
	"testing"

	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/release"
)

// importSamples imports the three sample pairs.
func importSamples(b *testing.B, g *glossary.Glossary) []*release.Release {
	b.Helper()
	var rs []*release.Release
	for _, name := range sampleCases {
		s := loadSample(b, name)
		r, _ := importtext.Import(s.ja, s.en, g)
		rs = append(rs, r)
	}
	return rs
}

// BenchmarkRunSample is a full check of the three sample pairs, imported
// once beforehand.
func BenchmarkRunSample(b *testing.B) {
	g := glossary.Default()
	rs := importSamples(b, g)
	opt := check.Options{Glossary: g}
	for b.Loop() {
		for _, r := range rs {
			check.Run(r, opt)
		}
	}
}

// BenchmarkUpdate re-checks one paragraph of the jp-uk release after its
// English changed, alternating G7 and G20 so that every round is an edit.
func BenchmarkUpdate(b *testing.B) {
	g := glossary.Default()
	s := loadSample(b, "jp-uk-digital-2025")
	r, _ := importtext.Import(s.ja, s.en, g)
	i := -1
	for k := range r.Units {
		if strings.Contains(r.Units[k].EN, "such as the G7 and OECD") {
			i = k
		}
	}
	if i < 0 {
		b.Fatal("no G7 paragraph in the sample")
	}
	texts := [2]string{r.Units[i].EN, strings.Replace(r.Units[i].EN, "G7", "G20", 1)}
	c := check.New(r, check.Options{Glossary: g})
	n := 0
	for b.Loop() {
		n++
		r.Units[i].EN = texts[n%2]
		c.Update(i)
	}
}
