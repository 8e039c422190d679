package check_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/release"
)

// realPairsDir holds the real government pairs of ../shared/real-pairs,
// each with an expected.json written for it (chknew, issue 8).
const realPairsDir = "../../testdata/real-pairs"

// realExpected is expected.json of a real pair: the samples' format plus
// "notes", where a note of notes.md seems wrong or a real discrepancy is
// out of any check's reach.
type realExpected struct {
	About   string        `json:"about"`
	Notes   string        `json:"notes"`
	Must    []expectation `json:"must"`
	MustNot []expectation `json:"must_not"`
}

type realPair struct {
	name   string
	ja, en string
	exp    realExpected
}

func loadRealPairs(tb testing.TB) []realPair {
	tb.Helper()
	dirs, err := filepath.Glob(filepath.Join(realPairsDir, "*", "expected.json"))
	if err != nil || len(dirs) == 0 {
		tb.Fatalf("no real pairs in %s: %v", realPairsDir, err)
	}
	var out []realPair
	for _, p := range dirs {
		dir := filepath.Dir(p)
		rp := realPair{name: filepath.Base(dir)}
		var err1, err2 error
		rp.ja, err1 = importtext.ReadFile(filepath.Join(dir, "ja.txt"))
		rp.en, err2 = importtext.ReadFile(filepath.Join(dir, "en.txt"))
		data, err3 := os.ReadFile(p)
		if err1 != nil || err2 != nil || err3 != nil {
			tb.Fatal(err1, err2, err3)
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rp.exp); err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		out = append(out, rp)
	}
	return out
}

// scoreReal checks a pair as `taiyaku check --ja --en` does and lists the
// misses and violations in score-samples' words.
func scoreReal(rp realPair) (r *release.Release, fs []check.Finding, problems []string) {
	g := glossary.Default()
	r, _ = importtext.Import(rp.ja, rp.en, g)
	fs = check.Run(r, check.Options{Glossary: g})
	for _, e := range rp.exp.Must {
		if !anyMatch(e, fs, r) {
			problems = append(problems, "missed "+e.String())
		}
	}
	for _, e := range rp.exp.MustNot {
		for _, f := range fs {
			if e.matches(f, r) {
				problems = append(problems, "violation "+strings.TrimSpace(describe(r, []check.Finding{f})))
			}
		}
	}
	return r, fs, problems
}

func anyMatch(e expectation, fs []check.Finding, r *release.Release) bool {
	for _, f := range fs {
		if e.matches(f, r) {
			return true
		}
	}
	return false
}

// TestRealPairs scores every real pair: each real discrepancy found, no
// normal translation practice reported.
func TestRealPairs(t *testing.T) {
	for _, rp := range loadRealPairs(t) {
		t.Run(rp.name, func(t *testing.T) {
			_, _, problems := scoreReal(rp)
			for _, p := range problems {
				t.Error(p)
			}
		})
	}
}

// The spelling and encoding checks have no false alarm on any real pair
// (the bar of issue 8), whatever the other checks still get wrong.
func TestRealPairsNoSpellingOrEncodingAlarm(t *testing.T) {
	for _, rp := range loadRealPairs(t) {
		r, fs, _ := scoreReal(rp)
		for _, f := range fs {
			if f.Check == check.Spelling || f.Check == check.Encoding {
				t.Errorf("%s: %s", rp.name, describe(r, []check.Finding{f}))
			}
		}
	}
}

// The testdata copies must stay those of the shared real pairs, when the
// shared folder is there to compare with.
func TestRealPairsAreCopies(t *testing.T) {
	const shared = "/work/shared/real-pairs"
	if _, err := os.Stat(shared); err != nil {
		t.Skip("no shared real-pairs folder")
	}
	for _, rp := range loadRealPairs(t) {
		for _, f := range []string{"ja.txt", "en.txt", "notes.md", "source.txt"} {
			a, errA := os.ReadFile(filepath.Join(realPairsDir, rp.name, f))
			b, errB := os.ReadFile(filepath.Join(shared, rp.name, f))
			if errA != nil || errB != nil || !bytes.Equal(a, b) {
				t.Errorf("%s/%s differs from %s (%v %v)", rp.name, f, shared, errA, errB)
			}
		}
	}
}
