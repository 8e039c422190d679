package textfacts

import (
	"fmt"
	"sync"
	"testing"

	"taiyaku/app/sample"
)

// depContexts differ from each other in one field or more, so that every
// dependency a text has on its Context shows against some pair.
var depContexts = []Context{
	{}, {Year: 2025}, {Year: 2026}, {Month: 1, Day: 22},
	{Year: 2025, Month: 1, Day: 22}, {Year: 2025, Month: 1, Day: 23}, {Year: 2025, Month: 2, Day: 22},
	{Year: 2026, Month: 1, Day: 22}, {Year: 2025, Month: 4, Day: 1}, {Year: 2024, Month: 12, Day: 31},
}

// dependencySound fails when text, read with a context that agrees with
// ctx on every field the reading with ctx used, gives other facts: the
// a Reading would answer it wrongly.
func dependencySound(t *testing.T, text string, lang Lang) {
	t.Helper()
	facts := make([]string, len(depContexts))
	uses := make([]ctxUse, len(depContexts))
	for k, ctx := range depContexts {
		f, used := extract(text, lang, ctx)
		facts[k], uses[k] = fmt.Sprintf("%+v", f), used
	}
	for k1, c1 := range depContexts {
		for k2, c2 := range depContexts {
			if uses[k1].agrees(c1, c2) && facts[k1] != facts[k2] {
				t.Fatalf("%q (%s) read with %+v used %03b, yet with %+v gives\n%s\nnot\n%s",
					text, lang, c1, uses[k1], c2, facts[k2], facts[k1])
			}
		}
	}
}

func TestDependencySoundCorpus(t *testing.T) {
	for _, text := range append(fuzzSeeds(t), corpusFiles(t)...) {
		dependencySound(t, text, JA)
		dependencySound(t, text, EN)
	}
}

func TestDependencySoundSynthetic(t *testing.T) {
	for seed := int64(1); seed <= 4; seed++ {
		for _, p := range sample.Generate(500, seed) {
			dependencySound(t, p.JA, JA)
			dependencySound(t, p.EN, EN)
		}
	}
}

func FuzzDependencySound(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		dependencySound(t, text, JA)
		dependencySound(t, text, EN)
	})
}

// TestReadingDependencies pins what the typical texts depend on: a written
// date on nothing, a date without a year on the year, 本日 on the day.
func TestReadingDependencies(t *testing.T) {
	for _, tt := range []struct {
		in   string
		lang Lang
		want ctxUse
	}{
		{"令和7年1月22日（水）、会合を開催しました。", JA, 0},
		{"On January 22, 2025, the meeting was held.", EN, 0},
		{"参加者は148社、予算は502億円です。", JA, 0},
		{"1月22日に開催します。", JA, useYear},
		{"It will be held on January 22.", EN, useYear},
		{"本日、公表しました。", JA, useYear | useMonth | useDay},
		{"It was published today.", EN, useYear | useMonth | useDay},
		{"本7日、公表しました。", JA, useYear | useMonth},
		{"来年度の予算", JA, useYear | useMonth},
		{"next year", EN, useYear},
	} {
		if _, got := extract(tt.in, tt.lang, Context{Year: 2025, Month: 1, Day: 22}); got != tt.want {
			t.Errorf("%q uses %03b, want %03b", tt.in, got, tt.want)
		}
	}
}

// TestReadingAnswers reads texts with the importer's context and asks for
// them with the checker's, as a command does: a reading answers when the
// text is the same and the contexts agree on what it used, and every
// answer is Extract's.
func TestReadingAnswers(t *testing.T) {
	importer := Context{Year: 2025}
	for _, tt := range []struct {
		read, ask string
		lang, as  Lang
		ctx       Context
		want      bool
	}{
		{"令和7年1月22日", "令和7年1月22日", JA, JA, Context{Year: 2025, Month: 1, Day: 22}, true},
		{"1月22日に開催", "1月22日に開催", JA, JA, Context{Year: 2025, Month: 1, Day: 22}, true},
		{"1月22日に開催", "1月22日に開催", JA, JA, Context{Year: 2026, Month: 1, Day: 22}, false}, // uses the year
		{"本日、公表", "本日、公表", JA, JA, Context{Year: 2025, Month: 1, Day: 22}, false},       // uses the day
		{"本日、公表", "本日、公表", JA, JA, importer, true},
		{"G7の会合", "G7の会合", JA, EN, importer, false},  // read as the other edition
		{"G7の会合", "G20の会合", JA, JA, importer, false}, // the text changed
		{"It was held on January 22.", "It was held on January 22.", EN, EN, Context{Year: 2025, Month: 3}, true},
		{"It was held on January 22.", "It was held on January 22!", EN, EN, importer, false},
	} {
		var r Reading
		if got, want := fmt.Sprintf("%+v", r.Read(tt.read, tt.lang, importer)), fmt.Sprintf("%+v", Extract(tt.read, tt.lang, importer)); got != want {
			t.Fatalf("Read(%q) = %s, Extract %s", tt.read, got, want)
		}
		f, ok := r.Facts(tt.ask, tt.as, tt.ctx)
		if ok != tt.want {
			t.Errorf("%q read as %s, asked %q as %s with %+v: ok %v, want %v", tt.read, tt.lang, tt.ask, tt.as, tt.ctx, ok, tt.want)
		}
		if ok && fmt.Sprintf("%+v", f) != fmt.Sprintf("%+v", Extract(tt.ask, tt.as, tt.ctx)) {
			t.Errorf("%q with %+v: answered %+v, Extract differs", tt.ask, tt.ctx, f)
		}
		if got, want := fmt.Sprintf("%+v", r.Extract(tt.ask, tt.as, tt.ctx)), fmt.Sprintf("%+v", Extract(tt.ask, tt.as, tt.ctx)); got != want {
			t.Errorf("Reading.Extract(%q, %+v) = %s, want %s", tt.ask, tt.ctx, got, want)
		}
	}
}

// TestReadingNone: the zero Reading, a nil one and a nil Handoff answer
// nothing, not even the empty text, yet Extract still reads.
func TestReadingNone(t *testing.T) {
	var zero Reading
	var none *Reading
	var h *Handoff
	for _, s := range []string{"", "G7の会合"} {
		if _, ok := zero.Facts(s, JA, Context{}); ok {
			t.Errorf("zero Reading answers %q", s)
		}
		if _, ok := none.Facts(s, JA, Context{}); ok {
			t.Errorf("nil Reading answers %q", s)
		}
		want := fmt.Sprintf("%+v", Extract(s, JA, Context{}))
		if got := fmt.Sprintf("%+v", h.Reading(3, JA).Extract(s, JA, Context{})); got != want {
			t.Errorf("nil Handoff reads %q as %s, want %s", s, got, want)
		}
	}
}

// TestHandoffByUnit: a Handoff answers unit i's text in each edition from
// that unit's reading only.
func TestHandoffByUnit(t *testing.T) {
	ctx := Context{Year: 2025}
	var ja, en Reading
	ja.Read("参加者は148社", JA, ctx)
	en.Read("148 companies took part", EN, ctx)
	h := &Handoff{JA: []*Reading{nil, &ja}, EN: []*Reading{nil, &en}}
	for _, tt := range []struct {
		unit int
		lang Lang
		want *Reading
	}{
		{1, JA, &ja}, {1, EN, &en}, {0, JA, nil}, {2, EN, nil}, {-1, JA, nil},
	} {
		if got := h.Reading(tt.unit, tt.lang); got != tt.want {
			t.Errorf("Reading(%d, %s) = %p, want %p", tt.unit, tt.lang, got, tt.want)
		}
	}
	if _, ok := h.Reading(1, JA).Facts("参加者は148社", JA, Context{Year: 2026, Month: 1, Day: 1}); !ok {
		t.Error("a text that uses no context missed")
	}
}

// TestReadingConcurrent reads one set of readings from several goroutines
// at once, as the checker's workers do (run with -race).
func TestReadingConcurrent(t *testing.T) {
	pairs := sample.Generate(300, 3)
	ctx := Context{Year: 2025}
	read := make([]Reading, len(pairs))
	for k, p := range pairs {
		read[k].Read(p.EN, EN, ctx)
	}
	asked := Context{Year: 2025, Month: 1, Day: 22}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for k, p := range pairs {
				if got, want := fmt.Sprintf("%+v", read[k].Extract(p.EN, EN, asked)), fmt.Sprintf("%+v", Extract(p.EN, EN, asked)); got != want {
					t.Errorf("%q: reading %s, Extract %s", p.EN, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestReadingBare: a reading marked bare says so for the very line it
// read, and for no other line; an unmarked one never does.
func TestReadingBare(t *testing.T) {
	var r, unmarked Reading
	r.Read("会合を開催しました。", JA, Context{})
	unmarked.Read("会合を開催しました。", JA, Context{})
	r.MarkBare()
	for _, tt := range []struct {
		r    *Reading
		line string
		want bool
	}{
		{&r, "会合を開催しました。", true},
		{&r, "１．会合を開催しました。", false},
		{&r, "会合を開催しました", false},
		{&unmarked, "会合を開催しました。", false},
		{nil, "会合を開催しました。", false},
		{new(Reading), "", false},
	} {
		if got := tt.r.Bare(tt.line); got != tt.want {
			t.Errorf("Bare(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	// Reading again forgets the mark: the next text is another line.
	r.Read("会合を開催しました。", JA, Context{Year: 2025})
	if r.Bare("会合を開催しました。") {
		t.Error("a new reading kept the mark")
	}
}
