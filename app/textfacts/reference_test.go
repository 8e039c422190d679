package textfacts

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/sample"
	"taiyaku/app/textfacts/internal/ref"
)

// The differential tests: Extract and Normalize must give exactly what the
// frozen package of commit 99110d6 (internal/ref) gives, on every text of
// the corpus, of generated releases and under fuzzing, and extract must
// report the same reads of the Context (the cache relies on them).

// refContexts are the contexts every text is read with: none, a year only
// (the importer), full release dates (the checker), one of them in January
// to March, where fiscal years shift, and one on the last day of a month.
var refContexts = []Context{{}, {Year: 2025}, {Year: 2025, Month: 1, Day: 22},
	{Year: 2026, Month: 9, Day: 14}, {Year: 2024, Month: 2, Day: 29}}

// sameAsReference fails when Extract or Normalize differ from the reference.
func sameAsReference(t *testing.T, text string, lang Lang, ctx Context) {
	t.Helper()
	if got, want := Normalize(text), ref.Normalize(text); got != want {
		t.Fatalf("Normalize(%q) = %q, reference %q", text, got, want)
	}
	f, used := extract(text, lang, ctx)
	rf, rused := ref.ExtractUsed(text, ref.Lang(lang), ref.Context(ctx))
	if got, want := canonFacts(f), canonRef(rf); got != want {
		t.Fatalf("Extract(%q, %s, %+v)\n got %s\nwant %s", text, lang, ctx, got, want)
	}
	if uint8(used) != rused {
		t.Fatalf("extract(%q, %s, %+v) read the context %b, reference %b", text, lang, ctx, used, rused)
	}
}

// canonFacts and canonRef spell out every field of the facts, so that the
// two packages' types may differ in layout but not in what they hold.
func canonFacts(f Facts) string {
	var b strings.Builder
	for _, n := range f.Numbers {
		fmt.Fprintf(&b, "N{%v %q %v %q %q %v %v %q} ", n.Value, n.Raw, n.Word, n.Unit.String(), n.Token, n.Soft, n.Alt, n.Currency.String())
	}
	for _, d := range f.Dates {
		fmt.Fprintf(&b, "D{%d %d %d %v %d %v %v %v %q} ", d.Year, d.Month, d.Day, d.Fiscal, d.Weekday, d.HasYear, d.MonthGuess, d.Soft, d.Raw)
	}
	for _, tm := range f.Times {
		fmt.Fprintf(&b, "T{%d %v %v %q} ", tm.Minute, tm.Known, tm.Soft, tm.Raw)
	}
	fmt.Fprintf(&b, "U%q L%q nil:%v%v%v%v%v", f.URLs, f.Latin,
		f.Numbers == nil, f.Dates == nil, f.URLs == nil, f.Latin == nil, f.Times == nil)
	return b.String()
}

func canonRef(f ref.Facts) string {
	var b strings.Builder
	for _, n := range f.Numbers {
		fmt.Fprintf(&b, "N{%v %q %v %q %q %v %v %q} ", n.Value, n.Raw, n.Word, n.Unit, n.Token, n.Soft, n.Alt, n.Currency)
	}
	for _, d := range f.Dates {
		fmt.Fprintf(&b, "D{%d %d %d %v %d %v %v %v %q} ", d.Year, d.Month, d.Day, d.Fiscal, d.Weekday, d.HasYear, d.MonthGuess, d.Soft, d.Raw)
	}
	for _, tm := range f.Times {
		fmt.Fprintf(&b, "T{%d %v %v %q} ", tm.Minute, tm.Known, tm.Soft, tm.Raw)
	}
	fmt.Fprintf(&b, "U%q L%q nil:%v%v%v%v%v", f.URLs, f.Latin,
		f.Numbers == nil, f.Dates == nil, f.URLs == nil, f.Latin == nil, f.Times == nil)
	return b.String()
}

// bothEditions reads text as either edition with every context.
func bothEditions(t *testing.T, text string, contexts []Context) {
	t.Helper()
	for _, ctx := range contexts {
		sameAsReference(t, text, JA, ctx)
		sameAsReference(t, text, EN, ctx)
	}
}

func TestSameAsReferenceCorpus(t *testing.T) {
	texts := append(fuzzSeeds(t), corpusFiles(t)...)
	for _, text := range texts {
		bothEditions(t, text, refContexts)
		// Cut texts end inside dates, numbers and characters.
		for _, k := range cuts(len(text)) {
			bothEditions(t, text[:k], refContexts[:3])
		}
	}
}

// cuts returns a few places to cut a text of n bytes.
func cuts(n int) []int {
	if n < 2 {
		return nil
	}
	return []int{n / 3, n/2 + 1, n - 1, n*7/9 + 2}[:min(4, n-1)]
}

// TestSameAsReferenceSynthetic reads generated releases of several house
// styles (era or Western dates, wide or narrow digits) in their own
// language and in the other's, with the contexts of the importer and the
// checker, whole and damaged as translators damage them.
func TestSameAsReferenceSynthetic(t *testing.T) {
	n := 800
	if testing.Short() {
		n = 200
	}
	for seed := int64(1); seed <= 6; seed++ {
		for i, p := range sample.Generate(n, seed) {
			for _, ctx := range refContexts[1:] {
				sameAsReference(t, p.JA, JA, ctx)
				sameAsReference(t, p.EN, EN, ctx)
			}
			sameAsReference(t, p.JA, EN, refContexts[3])
			sameAsReference(t, p.EN, JA, refContexts[3])
			for _, s := range []string{p.JA, p.EN} {
				for _, v := range damagedVariants(s, i) {
					bothEditions(t, v, refContexts[2:4])
				}
			}
		}
	}
}

// damagedVariants returns s with the defects of the golden test's damaged
// corpus and a cut at a place that moves with i.
func damagedVariants(s string, i int) []string {
	out := []string{bumpDigits(s), s + "（注）", s + "\uFFFD", strings.Replace(s, " ", "  ", 1),
		strings.Replace(s, ")", "", 1), strings.ReplaceAll(s, "日", "日 ")}
	if len(s) > 1 {
		out = append(out, s[:1+i%(len(s)-1)], s[i%len(s):])
	}
	return out
}

// bumpDigits changes every ASCII and full-width digit of s.
func bumpDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return '0' + (r-'0'+7)%10
		case r >= '０' && r <= '９':
			return '０' + (r-'０'+3)%10
		}
		return r
	}, s)
}

// TestSameAsReferenceDamaged reads the lines of the damaged corpora the
// lead measures the whole command on, when this machine has them.
func TestSameAsReferenceDamaged(t *testing.T) {
	paths, _ := filepath.Glob("/work/perf/damaged/d30000-*/*.txt")
	if len(paths) == 0 || testing.Short() {
		t.Skip("no damaged corpus under /work/perf")
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		lang := EN
		if strings.HasSuffix(p, "ja.txt") {
			lang = JA
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for k := 0; sc.Scan() && k < 40000; k++ {
			sameAsReference(t, sc.Text(), lang, refContexts[3])
		}
		f.Close()
	}
}

// FuzzSameAsRef compares with the reference on any text.
func FuzzSameAsRef(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		bothEditions(t, text, refContexts)
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
