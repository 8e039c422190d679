package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/numbering"
	"taiyaku/app/outline"
	"taiyaku/app/release"
	synth "taiyaku/app/sample"
	"taiyaku/app/textfacts"
)

// handoffCase is a pair of editions to import.
type handoffCase struct{ name, ja, en string }

// handoffCases are the samples, the pairs, the real releases and damaged
// synthetic corpora, one of them with editions that disagree on the year
// (the importer reads the English twice).
func handoffCases(t *testing.T) []handoffCase {
	var cases []handoffCase
	for _, root := range []string{"testdata/samples", "testdata/pairs", "../../testdata/real-pairs"} {
		dirs, err := os.ReadDir(root)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range dirs {
			if !d.IsDir() {
				continue
			}
			ja, errJA := importtext.ReadFile(filepath.Join(root, d.Name(), "ja.txt"))
			en, errEN := importtext.ReadFile(filepath.Join(root, d.Name(), "en.txt"))
			if errJA != nil || errEN != nil {
				t.Fatal(errJA, errEN)
			}
			cases = append(cases, handoffCase{d.Name(), ja, en})
		}
	}
	for seed := int64(1); seed <= 2; seed++ {
		ja, en := synth.Texts(synth.Damaged(synth.Generate(1500, seed), seed))
		cases = append(cases, handoffCase{fmt.Sprintf("damaged-%d", seed), ja, en})
	}
	ja, en := synth.Texts(synth.Damaged(synth.Generate(600, 3), 3))
	en = "January 22, 2031\n\nIt was published today, on January 23.\n\n" + en
	cases = append(cases, handoffCase{"years differ", "本日、1月23日に公表しました。\n\n" + ja, en})
	return cases
}

// TestHandoffSameFindings: a release checked with the facts and labels its
// import handed over gives the findings it gives checked from scratch, and
// the hand-off does answer most units (else it would prove nothing).
func TestHandoffSameFindings(t *testing.T) {
	g := glossary.Default()
	for _, c := range handoffCases(t) {
		t.Run(c.name, func(t *testing.T) {
			r, _, h := importtext.ImportHanded(c.ja, c.en, g)
			plain, _ := importtext.Import(c.ja, c.en, g)
			if !reflect.DeepEqual(unitTexts(r), unitTexts(plain)) {
				t.Fatal("ImportHanded and Import paired the editions differently")
			}
			want := check.Run(plain, check.Options{Glossary: g})
			got := check.Run(r, check.Options{Glossary: g, Handoff: h})
			sameFindings(t, got, want)
			// A small release has more units joined from several lines,
			// which the checker reads itself.
			if n, answered := handedUnits(t, r, h); answered < n*9/10 && n >= 100 || answered < n/2 {
				t.Errorf("the hand-off answers %d of %d units' facts", answered, n)
			}
		})
	}
}

// TestHandoffEditedMisses edits an imported release (texts changed, a unit
// inserted at the top so that every index shifts, a unit's kind changed):
// the readings of changed texts miss, and the findings are those of a
// check from scratch.
func TestHandoffEditedMisses(t *testing.T) {
	g := glossary.Default()
	ja, en := synth.Texts(synth.Damaged(synth.Generate(800, 5), 5))
	r, _, h := importtext.ImportHanded(ja, en, g)
	date := check.ReleaseDate(r)
	edited := 0
	for i := range r.Units {
		u := &r.Units[i]
		if i%7 != 3 || !strings.ContainsAny(u.EN, "0123456789") {
			continue
		}
		old := numbering.Body(u.EN)
		if _, ok := h.Reading(i, textfacts.EN).Facts(old, textfacts.EN, date); !ok {
			continue // not one line, or a text that uses the day
		}
		u.EN = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '8' {
				return r + 1
			}
			return r
		}, u.EN)
		if numbering.Body(u.EN) == old {
			continue // only the label changed: the body's facts still hold
		}
		if _, ok := h.Reading(i, textfacts.EN).Facts(numbering.Body(u.EN), textfacts.EN, date); ok {
			t.Fatalf("unit %d: the reading of %q answers the edited %q", i, old, u.EN)
		}
		edited++
	}
	if edited < 20 {
		t.Fatalf("only %d units edited", edited)
	}
	sameFindings(t, check.Run(r, check.Options{Glossary: g, Handoff: h}), check.Run(r, check.Options{Glossary: g}))

	r.Units = slices.Insert(r.Units, 0, r.NewUnit(release.Paragraph, "1 本日、2件を公表しました。", "1 Two were published today."))
	r.Units[40].Kind = release.Heading
	sameFindings(t, check.Run(r, check.Options{Glossary: g, Handoff: h}), check.Run(r, check.Options{Glossary: g}))
}

func sameFindings(t *testing.T, got, want []check.Finding) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%d findings with the hand-off, %d without", len(got), len(want))
		for k := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[k], want[k]) {
				t.Fatalf("first difference:\n%+v\nwant\n%+v", got[k], want[k])
			}
		}
	}
}

// handedUnits counts the units with text on both sides and those whose
// two texts' facts the hand-off answers with the release date, and checks
// that every text the hand-off calls bare has no label.
func handedUnits(t *testing.T, r *release.Release, h *textfacts.Handoff) (n, answered int) {
	t.Helper()
	date := check.ReleaseDate(r)
	for i := range r.Units {
		u := &r.Units[i]
		for _, side := range []struct {
			s    string
			lang textfacts.Lang
		}{{u.JA, textfacts.JA}, {u.EN, textfacts.EN}} {
			if _, ok := numbering.Parse(side.s); ok && h.Reading(i, side.lang).Bare(side.s) {
				t.Errorf("unit %d: %q is called bare, yet carries a label", i, side.s)
			}
		}
		if u.JA == "" || u.EN == "" || u.Kind == release.Furniture {
			continue
		}
		n++
		_, jaOK := h.Reading(i, textfacts.JA).Facts(numbering.Body(u.JA), textfacts.JA, date)
		_, enOK := h.Reading(i, textfacts.EN).Facts(numbering.Body(u.EN), textfacts.EN, date)
		if jaOK && enOK {
			answered++
		}
	}
	return n, answered
}

func unitTexts(r *release.Release) []string {
	out := make([]string, len(r.Units))
	for i, u := range r.Units {
		out[i] = fmt.Sprint(u.Kind, "|", u.JA, "|", u.EN)
	}
	return out
}

// TestAnalyzeBothHanded: the numbering read with the import's hand-off
// (bare texts not parsed again) is the numbering read from scratch, also
// after edits that make the readings miss.
func TestAnalyzeBothHanded(t *testing.T) {
	g := glossary.Default()
	// A breadcrumb trail, whose end BreadcrumbLen compares with the title.
	crumbs := handoffCase{"breadcrumb",
		"1. ホーム\n\n2. 報道発表\n\n3. 制度の公表\n\n制度の公表\n\n本文です。\n\n続きです。\n\n１．目的\n\n本文です。\n",
		"1. Home\n\n2. Press releases\n\n3. Scheme published\n\nScheme published\n\nBody text.\n\nMore text.\n\n1. Purpose\n\nBody text.\n"}
	for _, c := range append(handoffCases(t), crumbs) {
		t.Run(c.name, func(t *testing.T) {
			r, _, h := importtext.ImportHanded(c.ja, c.en, g)
			sameOutline(t, r, h)
			for i := range r.Units {
				if u := &r.Units[i]; i%5 == 2 {
					u.JA, u.EN = "(1) "+u.JA, "1. "+u.EN // bare no more
				}
			}
			sameOutline(t, r, h)
		})
	}
}

func sameOutline(t *testing.T, r *release.Release, h *textfacts.Handoff) {
	t.Helper()
	ja, en := outline.AnalyzeBothHanded(r, h)
	wantJA, wantEN := outline.Analyze(r, release.JA), outline.Analyze(r, release.EN)
	if !reflect.DeepEqual(ja, wantJA) || !reflect.DeepEqual(en, wantEN) {
		t.Error("AnalyzeBothHanded differs from Analyze")
	}
}
