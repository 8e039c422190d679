package importtext

import (
	"path/filepath"
	"reflect"
	"testing"

	"taiyaku/app/align"
	"taiyaku/app/glossary"
	"taiyaku/app/sample"
	"taiyaku/app/textfacts"
)

// pairsBoth aligns two editions as Import does (AlignSparse, soft keys
// only where it asks) and with every block's features (Align).
func pairsBoth(jaText, enText string, g *glossary.Glossary) (sparse, full []align.Pair) {
	ja, en := Split(jaText), Split(enText)
	Classify(ja)
	Classify(en)
	year := releaseYear(ja, en)
	aj, ae := alignBlocks(ja, textfacts.JA, year, nil), alignBlocks(en, textfacts.EN, year, nil)
	sparse = align.AlignSparse(aj, ae, func(jaSpans, enSpans []align.Span) {
		weakKeys(aj, ja, jaSpans, textfacts.JA, g)
		weakKeys(ae, en, enSpans, textfacts.EN, g)
	})
	full = align.Align(allFeatures(ja, textfacts.JA, year, g, nil), allFeatures(en, textfacts.EN, year, g, nil))
	return sparse, full
}

// TestImportSparseAsFull: on generated releases with lines missing from
// either edition and lines added to the English, and on the samples,
// aligning only between runs of agreeing lines pairs as aligning the
// whole does.
func TestImportSparseAsFull(t *testing.T) {
	g := glossary.Default()
	for seed := int64(1); seed <= 6; seed++ {
		pairs, _ := sample.DropEN(sample.Generate(1500, seed), 0.02, seed)
		var damaged []sample.Pair
		for i, p := range pairs {
			switch {
			case i%97 == 5:
				p.JA = "" // the Japanese line missing
			case i%131 == 7:
				damaged = append(damaged, sample.Pair{Kind: p.Kind, EN: "(Note) Provisional translation."})
			}
			damaged = append(damaged, p)
		}
		ja, en := sample.Texts(damaged)
		if sparse, full := pairsBoth(ja, en, g); !reflect.DeepEqual(sparse, full) {
			t.Errorf("seed %d: AlignSparse pairs differ from Align's", seed)
		}
	}
	for _, c := range sampleCases {
		ja, en := loadSample(t, c)
		if sparse, full := pairsBoth(ja, en, g); !reflect.DeepEqual(sparse, full) {
			t.Errorf("%v: AlignSparse pairs differ from Align's", c)
		}
	}
	dirs, err := filepath.Glob("../../testdata/real-pairs/*/ja.txt")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no real pairs: %v", err)
	}
	for _, path := range dirs {
		ja, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		en, err := ReadFile(filepath.Join(filepath.Dir(path), "en.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if sparse, full := pairsBoth(ja, en, g); !reflect.DeepEqual(sparse, full) {
			t.Errorf("%s: AlignSparse pairs differ from Align's", filepath.Dir(path))
		}
	}
}

// TestImportSparseAsFullLong: on long generated releases with lines missing
// from both editions, a fact that recurs in the release yet is unique
// within one window (a year, a count) must not pair lines that Align
// leaves apart. Doubled lines are left out: two copies of one line tie.
func TestImportSparseAsFullLong(t *testing.T) {
	if testing.Short() {
		t.Skip("long releases")
	}
	g := glossary.Default()
	for seed := int64(2); seed <= 4; seed++ {
		pairs, _ := sample.DropEN(sample.Generate(30000, seed), 0.01, seed)
		for i := range pairs {
			if i%89 == 5 {
				pairs[i].JA = ""
			}
		}
		ja, en := sample.Texts(pairs)
		sparse, full := pairsBoth(ja, en, g)
		if len(sparse) != len(full) {
			t.Fatalf("seed %d: %d pairs, Align %d", seed, len(sparse), len(full))
		}
		for k := range sparse {
			if !reflect.DeepEqual(sparse[k], full[k]) {
				t.Fatalf("seed %d: pair %d is %v, Align's %v", seed, k, sparse[k], full[k])
			}
		}
	}
}
