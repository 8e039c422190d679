package textfacts

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/sample"
	"taiyaku/app/textfacts/internal/ref"
)

// The differential tests: Extract and Normalize must give exactly what the
// frozen pre-speed-work package (internal/ref) gives, on every text of the
// corpus and under fuzzing.

// refContexts are the contexts every corpus text is read with: none, a
// year only (the importer), full release dates (the checker), one of them
// in January to March, where fiscal years shift.
var refContexts = []Context{{}, {Year: 2025}, {Year: 2025, Month: 1, Day: 22}, {Year: 2026, Month: 9, Day: 14}}

// sameAsReference fails when Extract or Normalize differ from the reference.
func sameAsReference(t *testing.T, text string, lang Lang, ctx Context) {
	t.Helper()
	if got, want := Normalize(text), ref.Normalize(text); got != want {
		t.Fatalf("Normalize(%q) = %q, reference %q", text, got, want)
	}
	got := fmt.Sprintf("%+v", Extract(text, lang, ctx))
	want := fmt.Sprintf("%+v", ref.Extract(text, ref.Lang(lang), ref.Context(ctx)))
	if got != want {
		t.Fatalf("Extract(%q, %s, %+v)\n got %s\nwant %s", text, lang, ctx, got, want)
	}
}

// corpusFiles returns the lines and the whole text of every sample, test
// pair and real pair of the repository.
func corpusFiles(tb testing.TB) []string {
	var out []string
	for _, pattern := range []string{
		filepath.Join("testdata", "*", "*.txt"),
		filepath.Join("..", "check", "testdata", "*", "*", "*.txt"),
		filepath.Join("..", "..", "testdata", "real-pairs", "*", "*.txt"),
	} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, string(b))
			out = append(out, strings.Split(string(b), "\n")...)
		}
	}
	return out
}

func TestSameAsReferenceCorpus(t *testing.T) {
	texts := append(fuzzSeeds(t), corpusFiles(t)...)
	for _, text := range texts {
		for _, ctx := range refContexts {
			sameAsReference(t, text, JA, ctx)
			sameAsReference(t, text, EN, ctx)
		}
	}
}

// TestSameAsReferenceSynthetic reads generated releases of several house
// styles (era or Western dates, wide or narrow digits) in their own
// language, with the contexts of the importer and the checker.
func TestSameAsReferenceSynthetic(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 200
	}
	for seed := int64(1); seed <= 6; seed++ {
		for _, p := range sample.Generate(n, seed) {
			for _, ctx := range refContexts[1:] {
				sameAsReference(t, p.JA, JA, ctx)
				sameAsReference(t, p.EN, EN, ctx)
			}
		}
	}
}

// FuzzSameAsReference compares with the reference on any text.
func FuzzSameAsReference(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, ctx := range refContexts {
			sameAsReference(t, text, JA, ctx)
			sameAsReference(t, text, EN, ctx)
		}
	})
}

// BenchmarkExtract10kReference is BenchmarkExtract10k with the reference,
// to compare old and new side by side on a noisy machine.
func BenchmarkExtract10kReference(b *testing.B) {
	ja, en := syntheticUnits(b)
	ctx := ref.Context{Year: 2026, Month: 9, Day: 14}
	perText(b, len(ja)+len(en), func() {
		for k := range ja {
			ref.Extract(ja[k], ref.JA, ctx)
			ref.Extract(en[k], ref.EN, ctx)
		}
	})
}

// BenchmarkNormalize10kReference is BenchmarkNormalize10k with the reference.
func BenchmarkNormalize10kReference(b *testing.B) {
	ja, en := syntheticUnits(b)
	perText(b, len(ja)+len(en), func() {
		for k := range ja {
			ref.Normalize(ja[k])
			ref.Normalize(en[k])
		}
	})
}
