package textfacts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/sample"
)

// sampleUnits returns the non-blank lines of every sample text, which are
// roughly the units the checker feeds to Extract.
func sampleUnits(tb testing.TB) (ja, en []string) {
	tb.Helper()
	for _, lang := range []string{"ja", "en"} {
		paths, err := filepath.Glob(filepath.Join("testdata", "*", lang+".txt"))
		if err != nil || len(paths) == 0 {
			tb.Fatalf("no %s samples: %v", lang, err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			for _, line := range strings.Split(string(b), "\n") {
				if strings.TrimSpace(line) == "" {
					continue
				}
				if lang == "ja" {
					ja = append(ja, line)
				} else {
					en = append(en, line)
				}
			}
		}
	}
	return ja, en
}

// BenchmarkExtract extracts the facts of every unit of the sample pair; one
// op is one pass over the whole release (both editions).
func BenchmarkExtract(b *testing.B) {
	ja, en := sampleUnits(b)
	ctx := Context{Year: 2025}
	b.ReportAllocs()
	for b.Loop() {
		for _, u := range ja {
			Extract(u, JA, ctx)
		}
		for _, u := range en {
			Extract(u, EN, ctx)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ja)+len(en)), "ns/unit")
}

func BenchmarkNormalize(b *testing.B) {
	ja, en := sampleUnits(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, u := range ja {
			Normalize(u)
		}
		for _, u := range en {
			Normalize(u)
		}
	}
}

// syntheticUnits returns the texts of the 10,000 synthetic pairs that the
// speed targets are measured on (taiyaku sample --units 10000).
func syntheticUnits(tb testing.TB) (ja, en []string) {
	tb.Helper()
	for _, p := range sample.Generate(10000, 1) {
		ja = append(ja, p.JA)
		en = append(en, p.EN)
	}
	return ja, en
}

// BenchmarkExtract10k extracts the facts of every text of 10,000 synthetic
// pairs with the release date as context, as the checker does.
func BenchmarkExtract10k(b *testing.B) {
	ja, en := syntheticUnits(b)
	ctx := Context{Year: 2026, Month: 9, Day: 14}
	perText(b, len(ja)+len(en), func() {
		for k := range ja {
			Extract(ja[k], JA, ctx)
			Extract(en[k], EN, ctx)
		}
	})
}

// BenchmarkNormalize10k normalises the texts of 10,000 synthetic pairs.
func BenchmarkNormalize10k(b *testing.B) {
	ja, en := syntheticUnits(b)
	perText(b, len(ja)+len(en), func() {
		for k := range ja {
			Normalize(ja[k])
			Normalize(en[k])
		}
	})
}

// BenchmarkByLang splits BenchmarkExtract10k and BenchmarkNormalize10k by
// edition: Japanese and English texts cost differently.
func BenchmarkByLang(b *testing.B) {
	ja, en := syntheticUnits(b)
	ctx := Context{Year: 2026, Month: 9, Day: 14}
	for _, ed := range []struct {
		lang  Lang
		texts []string
	}{{JA, ja}, {EN, en}} {
		b.Run("extract-"+string(ed.lang), func(b *testing.B) {
			perText(b, len(ed.texts), func() {
				for _, s := range ed.texts {
					Extract(s, ed.lang, ctx)
				}
			})
		})
		b.Run("normalize-"+string(ed.lang), func(b *testing.B) {
			perText(b, len(ed.texts), func() {
				for _, s := range ed.texts {
					Normalize(s)
				}
			})
		})
	}
}
