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
// cache would answer it wrongly.
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

// TestCacheDependencies pins what the typical texts depend on: a written
// date on nothing, a date without a year on the year, 本日 on the day.
func TestCacheDependencies(t *testing.T) {
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

// TestCacheAnswers reads texts through one cache with the importer's
// context and then the checker's, as a command does, and checks every
// answer against Extract and the hits against the dependencies.
func TestCacheAnswers(t *testing.T) {
	c := NewCache()
	importer, checker := Context{Year: 2025}, Context{Year: 2025, Month: 1, Day: 22}
	texts := []string{"令和7年1月22日", "1月22日に開催", "本日、公表", "G7の会合", "本日、公表"}
	for _, ctx := range []Context{importer, checker} {
		for _, s := range texts {
			if got, want := fmt.Sprintf("%+v", c.Extract(s, JA, ctx)), fmt.Sprintf("%+v", Extract(s, JA, ctx)); got != want {
				t.Fatalf("cache gives %s for %q with %+v, Extract %s", got, s, ctx, want)
			}
		}
	}
	// Misses: the four texts with the importer's context, 本日 again with
	// the checker's (it depends on the day). Hits: 本日 repeated, then the
	// three texts that do not depend on month and day, then 本日 repeated.
	if hits, misses := c.Stats(); hits != 5 || misses != 5 {
		t.Errorf("hits, misses = %d, %d; want 5, 5", hits, misses)
	}
	if hits, misses := (*Cache)(nil).Stats(); hits != 0 || misses != 0 {
		t.Errorf("nil cache counts %d, %d", hits, misses)
	}
}

// TestCacheConcurrent looks texts up from several goroutines at once with
// two contexts (run with -race).
func TestCacheConcurrent(t *testing.T) {
	c := NewCache()
	pairs := sample.Generate(300, 3)
	ctxs := []Context{{Year: 2025}, {Year: 2025, Month: 1, Day: 22}}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k, p := range pairs {
				ctx := ctxs[(k+g)%2]
				if got, want := fmt.Sprintf("%+v", c.Extract(p.EN, EN, ctx)), fmt.Sprintf("%+v", Extract(p.EN, EN, ctx)); got != want {
					t.Errorf("%q: cache %s, Extract %s", p.EN, got, want)
					return
				}
				c.Extract(p.JA, JA, ctx)
			}
		})
	}
	wg.Wait()
	if hits, misses := c.Stats(); hits+misses != 4*2*len(pairs) || hits == 0 {
		t.Errorf("hits %d, misses %d", hits, misses)
	}
}

// TestCacheBounded: past its bound a cache keeps no new text but still
// answers right, and the texts it holds still hit.
func TestCacheBounded(t *testing.T) {
	c := NewCache()
	ctx := Context{Year: 2025}
	n := cacheTexts + 10*cacheShards
	for i := range n {
		c.Extract(fmt.Sprintf("第%d回会合", i), JA, ctx)
	}
	held := 0
	for i := range c.shards {
		held += len(c.shards[i].entries)
	}
	if held > cacheTexts {
		t.Fatalf("cache holds %d texts, bound %d", held, cacheTexts)
	}
	last := fmt.Sprintf("第%d回会合", n-1)
	if got, want := fmt.Sprintf("%+v", c.Extract(last, JA, ctx)), fmt.Sprintf("%+v", Extract(last, JA, ctx)); got != want {
		t.Errorf("past the bound: %s, want %s", got, want)
	}
	hits0, _ := c.Stats()
	for i := range n {
		c.Extract(fmt.Sprintf("第%d回会合", i), JA, ctx)
	}
	if hits, _ := c.Stats(); hits-hits0 != held {
		t.Errorf("second reading hit %d texts, the cache holds %d", hits-hits0, held)
	}
}
