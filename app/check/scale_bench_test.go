package check_test

import (
	"testing"

	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/internal/benchcpu"
	"taiyaku/app/release"
	synth "taiyaku/app/sample"
)

// syntheticRelease imports n clean synthetic pairs.
func syntheticRelease(b *testing.B, n int) *release.Release {
	b.Helper()
	ja, en := synth.Texts(synth.Generate(n, 1))
	r, _ := importtext.Import(ja, en, glossary.Default())
	return r
}

// benchRun is a full check of a loaded release of n units; it reports the
// share of (clean) units that got any finding.
func benchRun(b *testing.B, n int) {
	r := syntheticRelease(b, n)
	opt := check.Options{Glossary: glossary.Default()}
	var fs []check.Finding
	for b.Loop() {
		fs = check.Run(r, opt)
	}
	flagged := map[int]bool{}
	for _, f := range fs {
		flagged[f.Unit] = true
	}
	b.ReportMetric(100*float64(len(flagged))/float64(len(r.Units)), "%flagged")
}

func BenchmarkRun10k(b *testing.B)  { benchRun(b, 10000) }
func BenchmarkRun100k(b *testing.B) { benchRun(b, 100000) }

// BenchmarkRun10kHandedFacts is a full check whose facts come from the
// import (importtext.ImportHanded), as the command line's do: the
// checker's own cost.
func BenchmarkRun10kHandedFacts(b *testing.B) {
	ja, en := synth.Texts(synth.Generate(10000, 1))
	r, _, h := importtext.ImportHanded(ja, en, glossary.Default())
	opt := check.Options{Glossary: glossary.Default(), Handoff: h}
	report := benchcpu.Report(b)
	for b.Loop() {
		check.Run(r, opt)
	}
	report()
}

// BenchmarkUpdate10k re-checks one edited paragraph of a 10,000-unit
// release, as the editor does after a keystroke.
func BenchmarkUpdate10k(b *testing.B) {
	r := syntheticRelease(b, 10000)
	c := check.New(r, check.Options{Glossary: glossary.Default()})
	i := 5000
	for r.Units[i].Kind != release.Paragraph {
		i++
	}
	orig := r.Units[i].EN
	k := 0
	for b.Loop() {
		k++
		if k%2 == 0 {
			r.Units[i].EN = orig
		} else {
			r.Units[i].EN = orig + " 42"
		}
		c.Update(i)
	}
}
