package textfacts

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks invariants of Extract on any text. Its seeds are the
// inputs of the table tests and the sample lines, so plain `go test` runs
// them all.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		norm := Normalize(text)
		if again := Normalize(norm); again != norm {
			t.Fatalf("Normalize not idempotent: %q -> %q -> %q", text, norm, again)
		}
		if slow := slowNormalize(text); slow != norm {
			t.Fatalf("Normalize fast path %q differs from NFKC path %q for %q", norm, slow, text)
		}
		for _, lang := range []Lang{JA, EN} {
			checkInvariants(t, text, norm, lang, Extract(text, lang, Context{Year: 2025}))
			checkInvariants(t, text, norm, lang, Extract(text, lang, Context{}))
			checkInvariants(t, text, norm, lang, Extract(text, lang, Context{Year: 2025, Month: 1, Day: 22}))
		}
	})
}

func checkInvariants(t *testing.T, text, norm string, lang Lang, f Facts) {
	t.Helper()
	for _, d := range f.Dates {
		if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || d.Weekday < -1 || d.Weekday > 6 {
			t.Fatalf("%q (%s): date out of range: %+v", text, lang, d)
		}
		if d.Day != 0 && d.Month == 0 || d.Fiscal && !d.HasYear || d.HasYear && d.Year == 0 {
			t.Fatalf("%q (%s): inconsistent date: %+v", text, lang, d)
		}
		if d.Raw == "" || !strings.Contains(norm, d.Raw) {
			t.Fatalf("%q (%s): date Raw %q not in the normalised text", text, lang, d.Raw)
		}
		d.WeekdayFits()
		if !d.Matches(d) {
			t.Fatalf("%q (%s): a date does not match itself: %+v", text, lang, d)
		}
		_ = d.String()
	}
	for _, n := range f.Numbers {
		if math.IsNaN(n.Value) || n.Value < 0 {
			t.Fatalf("%q (%s): bad number %+v", text, lang, n)
		}
		if n.Raw == "" || !strings.Contains(norm, n.Raw) {
			t.Fatalf("%q (%s): number Raw %q not in the normalised text", text, lang, n.Raw)
		}
		if math.IsNaN(n.Alt) || n.Alt < 0 || n.Soft && n.Word {
			t.Fatalf("%q (%s): bad number %+v", text, lang, n)
		}
		if n.Unit != NoUnit && n.Unit != Percent {
			t.Fatalf("%q (%s): unit %q", text, lang, n.Unit)
		}
	}
	for _, tm := range f.Times {
		if tm.Minute < 0 || tm.Minute >= 24*60 || tm.Raw == "" || !strings.Contains(norm, tm.Raw) {
			t.Fatalf("%q (%s): bad time %+v", text, lang, tm)
		}
	}
	for _, u := range f.URLs {
		if u == "" || strings.ContainsAny(u, " \n") {
			t.Fatalf("%q (%s): bad URL %q", text, lang, u)
		}
	}
	if lang == EN && f.Latin != nil {
		t.Fatalf("%q: English text has Latin tokens %q", text, f.Latin)
	}
	for _, tok := range f.Latin {
		if !hasLetter(tok) || !strings.Contains(norm, tok) || !utf8.ValidString(tok) {
			t.Fatalf("%q: bad Latin token %q", text, tok)
		}
	}
}

// fuzzSeeds gathers the inputs of the table tests and the sample lines.
func fuzzSeeds(tb testing.TB) []string {
	var seeds []string
	for _, tt := range jaDateTests {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range enDateTests {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range weekdayTests {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range matchTests {
		seeds = append(seeds, tt.ja, tt.en)
	}
	for _, tt := range numberTests {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range urlTests {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range latinTests {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range practiceTests {
		seeds = append(seeds, tt.in)
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, strings.Split(string(b), "\n")...)
		seeds = append(seeds, string(b))
	}
	return append(seeds, "", "\xff\xfe", "令和", "1", "+", "@", "http://", "一", "十", "第",
		"９９９９９９９９９９９９９９９９９９９９９９９９９億", "e\u200b\u0301", "ｶ\u200bﾞ")
}
