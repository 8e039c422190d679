package textfacts

import (
	"reflect"
	"strings"
	"testing"

	"taiyaku/app/sample"
	"taiyaku/app/textfacts/internal/ref"
)

// The differential tests: Extract and Normalize must give exactly what the
// frozen package (internal/ref, as of 015d34f) gives, on every text of the
// corpus and under fuzzing, including which fields of the Context the
// facts depend on (what Cache relies on).

// refContexts are the contexts every corpus text is read with: none, a
// year only (the importer), full release dates (the checker), one of them
// in January to March, where fiscal years shift.
var refContexts = []Context{{}, {Year: 2025}, {Year: 2025, Month: 1, Day: 22}, {Year: 2026, Month: 9, Day: 14}}

// fromRef converts the reference's facts into this package's types.
func fromRef(r ref.Facts) Facts {
	var f Facts
	for _, n := range r.Numbers {
		f.Numbers = append(f.Numbers, Number(n))
	}
	for _, d := range r.Dates {
		f.Dates = append(f.Dates, Date(d))
	}
	for _, t := range r.Times {
		f.Times = append(f.Times, Time(t))
	}
	f.URLs = append(f.URLs, r.URLs...)
	f.Latin = append(f.Latin, r.Latin...)
	return f
}

// capped reports whether every slice of f ends at its length, so that a
// caller's append never writes into another text's facts.
func capped(f Facts) bool {
	return cap(f.Numbers) == len(f.Numbers) && cap(f.Dates) == len(f.Dates) &&
		cap(f.URLs) == len(f.URLs) && cap(f.Latin) == len(f.Latin) && cap(f.Times) == len(f.Times)
}

// sameAsReference fails when Normalize or Extract differ from the reference.
func sameAsReference(t *testing.T, text string, lang Lang, ctx Context) {
	t.Helper()
	if got, want := Normalize(text), ref.Normalize(text); got != want {
		t.Fatalf("Normalize(%q) = %q, reference %q", text, got, want)
	}
	got, use := extract(text, lang, ctx)
	r, refUse := ref.ExtractUse(text, ref.Lang(lang), ref.Context(ctx))
	if want := fromRef(r); !reflect.DeepEqual(got, want) || uint8(use) != refUse {
		t.Fatalf("Extract(%q, %s, %+v)\n got %+v (context use %b)\nwant %+v (context use %b)",
			text, lang, ctx, got, use, want, refUse)
	}
	if !capped(got) {
		t.Fatalf("Extract(%q, %s, %+v): a slice has room beyond its length", text, lang, ctx)
	}
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

// damagedVariants returns s with the defects the golden test puts into
// its synthetic corpus, and cut at a few places (inside characters too).
func damagedVariants(s string) []string {
	out := []string{s + "（注）", s + "\uFFFD", strings.Replace(s, " ", "  ", 1), strings.Replace(s, ")", "", 1)}
	for i, r := range s {
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			out = append(out, s[:i]+"9"+s[i+len(string(r)):])
			break
		}
	}
	for _, k := range []int{len(s) / 3, len(s) / 2, len(s) - 1} {
		if k > 0 {
			out = append(out, s[:k], s[k:])
		}
	}
	return out
}

// TestSameAsReferenceSynthetic reads generated releases of several house
// styles (era or Western dates, wide or narrow digits), damaged, in both
// languages, with the contexts of the importer and the checker; and the
// 10,000 pairs of the benchmark.
func TestSameAsReferenceSynthetic(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 200
	}
	for seed := int64(1); seed <= 8; seed++ {
		for _, p := range sample.Generate(n, seed) {
			for _, s := range append(damagedVariants(p.JA), p.JA, p.EN, p.EN+"（注）") {
				for _, ctx := range refContexts {
					sameAsReference(t, s, JA, ctx)
					sameAsReference(t, s, EN, ctx)
				}
			}
		}
	}
	ja, en := syntheticUnits(t)
	ctx := Context{Year: 2026, Month: 9, Day: 14}
	for k := range ja {
		sameAsReference(t, ja[k], JA, ctx)
		sameAsReference(t, en[k], EN, ctx)
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
