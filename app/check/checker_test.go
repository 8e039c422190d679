package check

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"taiyaku/app/release"
)

// editBase is a small release with findings of many kinds: a renumbered
// section, a repeat, G20 for G7, a wrong weekday, a caption left in
// Japanese. The Japanese texts stay short, so the length check is out of
// play here; the regression cases below cover the norm.
func editBase() *release.Release {
	return rel(
		u(release.Title, "日英会合を開催しました", "Japan-UK Meeting Held"),
		u(release.Date, "令和7年1月22日", "January 22, 2025"),
		u(release.Paragraph, "令和7年1月22日（水曜日）、会合を開催した。", "On Thursday, January 22, 2025, a meeting was held."),
		u(release.Heading, "１．概要", "1. Overview"),
		u(release.Caption, "写真1", "写真1"),
		u(release.Heading, "２．共同声明の概要", "2. Summary of the joint statement"),
		u(release.Heading, "（１）半導体", "(1)\u00a0Semiconductors"),
		u(release.Heading, "（２）AI", "(2)\u00a0AI"),
		u(release.Heading, "（３）通信", "(3)\u00a0Telecoms"),
		u(release.Heading, "（４）サイバー", "(5)\u00a0Cyber resilience"),
		u(release.Heading, "（５）データ", "(5)\u00a0Data"),
		u(release.Paragraph, "両国は、G7やOECD等の場で連携する。", "The two sides will work in fora such as the G20 and OECD."),
		u(release.Paragraph, "デジタル庁は、2024年7月に会合を開催した。", "In June 2024, the Digital Agency held a meeting."),
		u(release.Heading, "担当", "Division in Charge"),
	)
}

type edit struct {
	name string
	unit int
	en   string
}

// edits change one unit's English text each.
var edits = []edit{
	{"fix the renumbered label (5) to (4)", 9, "(4)\u00a0Cyber resilience"},
	{"break a label (3) to (4)", 8, "(4)\u00a0Telecoms"},
	{"drop a label", 7, "AI"},
	{"add a label to a paragraph", 11, "(6) Fora such as the G20 and OECD"},
	{"change the label style", 10, "5)\u00a0Data"},
	{"turn a heading into prose", 6, "Japan and the U.K. will commit to continuing to cooperate in enhancing supply chain resilience."},
	{"fix the number mismatch G20 to G7", 11, "The two sides will work in fora such as the G7 and OECD."},
	{"break a number", 11, "The two sides will work in fora such as the G8 and OECD."},
	{"fix the weekday", 2, "On Wednesday, January 22, 2025, a meeting was held."},
	{"fix the month", 12, "In July 2024, the Digital Agency held a meeting."},
	{"translate the caption", 4, "Photo 1"},
	{"leave Japanese in a heading", 13, "Division in Charge 担当"},
	{"delete the English", 12, ""},
	{"copy the Japanese title", 0, "日英会合を開催しました"},
	{"doubled space and an open bracket", 13, "Division  in Charge ("},
	{"full-width letters", 3, "1. Ｏverview"},
	{"no change", 5, "2. Summary of the joint statement"},
	// chkfacts: the side of a date mismatch follows the release's agreed year.
	{"a year the release agrees on", 12, "In July 2025, the Digital Agency held a meeting."},
	{"take away a vote", 2, "On Thursday, January 22, 2024, a meeting was held."},
}

func sameFindings(t *testing.T, what string, c *Checker, r *release.Release, opt Options) {
	t.Helper()
	got, want := c.Findings(), Run(r, opt)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: Update gives\n%sa fresh Run gives\n%s", what, showAll(r, got), showAll(r, want))
	}
}

func cloneRelease(r *release.Release) *release.Release {
	c := *r
	c.Units = append([]release.Unit(nil), r.Units...)
	return &c
}

// Each edit on its own: Update of the edited unit gives what a fresh Run
// of the edited release gives.
func TestUpdateMatchesRun(t *testing.T) {
	opt := Options{Glossary: parseGlossary(testGlossary)}
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			r := editBase()
			c := New(r, opt)
			sameFindings(t, "before the edit", c, r, opt)
			before := c.Findings()
			r.Units[e.unit].EN = e.en
			c.Update(e.unit)
			sameFindings(t, e.name, c, r, opt)
			if e.name != "no change" && reflect.DeepEqual(before, c.Findings()) {
				t.Errorf("%s: the edit changed no finding; the case tests nothing", e.name)
			}
		})
	}
}

// The edits one after another on one checker, then undone in reverse.
func TestUpdateSequence(t *testing.T) {
	opt := Options{Glossary: parseGlossary(testGlossary)}
	r := editBase()
	orig := cloneRelease(r)
	c := New(r, opt)
	for _, e := range edits {
		r.Units[e.unit].EN = e.en
		c.Update(e.unit)
		sameFindings(t, "after "+e.name, c, r, opt)
	}
	for k := len(edits) - 1; k >= 0; k-- {
		e := edits[k]
		r.Units[e.unit].EN = orig.Units[e.unit].EN
		c.Update(e.unit)
		sameFindings(t, "after undoing "+e.name, c, r, opt)
	}
	if !reflect.DeepEqual(c.Findings(), Run(orig, opt)) {
		t.Error("undoing every edit does not give the original findings")
	}
}

// Japanese edits go through the same path.
func TestUpdateJapanese(t *testing.T) {
	opt := Options{}
	for _, e := range []edit{
		{"renumber the Japanese", 9, "（５）サイバー"},
		{"G7 to G20 in the Japanese", 11, "両国は、G20やOECD等の場で連携する。"},
		{"half-width katakana", 13, "ﾀﾝﾄｳ"},
		{"delete the Japanese", 6, ""},
	} {
		t.Run(e.name, func(t *testing.T) {
			r := editBase()
			c := New(r, opt)
			r.Units[e.unit].JA = e.en
			c.Update(e.unit)
			sameFindings(t, e.name, c, r, opt)
		})
	}
}

// A kind change moves a unit into or out of the numbering and the checks.
func TestUpdateKind(t *testing.T) {
	for _, k := range []release.Kind{release.Furniture, release.Paragraph, release.Item} {
		r := editBase()
		c := New(r, Options{})
		r.Units[9].Kind = k
		c.Update(9)
		sameFindings(t, "kind "+string(k), c, r, Options{})
	}
}

// Update with an index out of range, or after units were added, falls back
// to a full re-check; so does Reset.
func TestUpdateFallsBackToReset(t *testing.T) {
	r := editBase()
	c := New(r, Options{})
	for _, i := range []int{-1, len(r.Units)} {
		r.Units[11].EN = "The two sides will work in fora such as the G7 and OECD."
		c.Update(i)
		sameFindings(t, "out-of-range update", c, r, Options{})
	}

	r.Units = append(r.Units, u(release.Heading, "（６）デジタル", "(7) Digital"))
	c.Update(3)
	sameFindings(t, "update after an insert", c, r, Options{})

	r.Units = append(r.Units[:4], r.Units[5:]...) // delete the caption
	c.Reset()
	sameFindings(t, "reset after a delete", c, r, Options{})
}

// Findings are sorted by unit, then severity (error first), then check id,
// and a checker of an empty release finds nothing.
func TestFindingsOrder(t *testing.T) {
	// G7 against G20 is one finding, an error (chkfacts): a unit adds a warning.
	r := editBase()
	r.Units = append(r.Units, u(release.Paragraph, "DFFTを推進する。", "They will promote trust."))
	fs := Run(r, Options{Glossary: parseGlossary(testGlossary)})
	if len(fs) < 7 { // (4)/(5) is one finding, G7/G20 one (issue 8)
		t.Fatalf("only %d findings on the edit base", len(fs))
	}
	rank := map[Severity]int{Error: 0, Warning: 1, Info: 2}
	for k := 1; k < len(fs); k++ {
		a, b := fs[k-1], fs[k]
		if a.Unit > b.Unit || a.Unit == b.Unit && (rank[a.Severity] > rank[b.Severity] ||
			a.Severity == b.Severity && a.Check > b.Check) {
			t.Errorf("out of order: %v before %v", a, b)
		}
	}
	counts := Count(fs)
	if counts[Error] == 0 || counts[Warning] == 0 || counts[Error]+counts[Warning]+counts[Info] != len(fs) {
		t.Errorf("Count = %v for %d findings", counts, len(fs))
	}
	if fs := Run(&release.Release{}, Options{}); len(fs) != 0 {
		t.Errorf("empty release: %v", fs)
	}
}

// The edits below change what the whole document looks like without
// changing the edited unit's labels; Update does not notice them.
func TestUpdateStaleDocumentState(t *testing.T) {
	ja := "両国は、半導体分野におけるサプライチェーンの強靱化に関する協力を継続するとともに、関係者間の研究開発を促進する。"
	long := strings.TrimSpace(strings.Repeat("The two sides will cooperate closely. ", 4))
	cases := []struct {
		name, bug string
		r         *release.Release
		unit      int
		ja, en    string // the new texts; ja "" keeps the Japanese
	}{
		{
			name: "length norm",
			bug:  "regression: Update keeps the document's length norm (median EN/JA ratio) from New, so an English edit that moves the median leaves stale length-ratio findings on every unit",
			r: rel(
				u(release.Paragraph, ja, strings.Repeat("x", 40)),
				u(release.Paragraph, ja, strings.Repeat("x", 100)),
				u(release.Paragraph, ja, strings.Repeat("x", 110))),
			unit: 0, en: strings.Repeat("x", 300),
		},
		{
			name: "release year",
			bug:  "regression: Update keeps the release year from New, so after the date line changes, dates without a year elsewhere are still checked against the old year",
			r: rel(
				u(release.Date, "令和7年1月22日", "January 22, 2025"),
				u(release.Paragraph, "1月22日（水）に開催した。", "It was held on Wednesday, January 22.")),
			unit: 0, ja: "令和6年1月22日", en: "January 22, 2024",
		},
		{
			name: "label dropped by length",
			bug:  "regression: Update redoes the numbering only when a label's text changes, but a paragraph's label stops counting once its text passes 120 runes, so the sequence findings go stale",
			r: rel(
				u(release.Heading, "（１）半導体", "(1) Semiconductors"),
				u(release.Paragraph, "（２）半導体分野での協力。", "(2) Cooperation in semiconductors."),
				u(release.Heading, "（３）AI", "(3) AI")),
			unit: 1, en: "(2) " + long,
		},
		{
			name: "breadcrumb title",
			bug:  "regression: Update redoes the numbering only when a label changes, but editing the unlabelled title that ends a breadcrumb changes whether the trail is furniture",
			r: rel(
				u(release.Paragraph, "1. ニュース", "1. News"),
				u(release.Paragraph, "2. 一覧", "2. Releases"),
				u(release.Title, "一覧", "Releases"),
				u(release.Heading, "１．概要", "1. Overview")),
			unit: 2, en: "Release list",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := New(tc.r, Options{})
			if tc.ja != "" {
				tc.r.Units[tc.unit].JA = tc.ja
			}
			tc.r.Units[tc.unit].EN = tc.en
			c.Update(tc.unit)
			sameFindings(t, tc.name, c, tc.r, Options{})
		})
	}
}

// Edits that move the length norm: the length findings of every unit
// follow, as a fresh Run gives them, those of units not edited too.
func TestUpdateLength(t *testing.T) {
	ja := strings.Repeat("経済産業省は本日会合を開催しました。", 3) // 51 runes
	sentences := func(n int) string { return strings.Repeat("The ministry held a meeting today. ", n) }
	units := []release.Unit{u(release.Paragraph, ja, sentences(8))} // far longer than the others
	for range 6 {
		units = append(units, u(release.Paragraph, ja, sentences(2)))
	}
	r := rel(units...)
	opt := Options{}
	c := New(r, opt)
	flagged := func() bool {
		return slices.ContainsFunc(c.Findings(), func(f Finding) bool { return f.Check == LengthRatio && f.Unit == 0 })
	}
	if !flagged() {
		t.Fatal("the long unit has no length finding: the case tests nothing")
	}
	for _, e := range []struct {
		unit int
		en   string
	}{
		{1, sentences(4)}, {2, sentences(4)}, {3, sentences(4)}, {4, sentences(4)}, // the norm rises
		{5, "Short."}, {4, sentences(2)}, {3, ""},
	} {
		r.Units[e.unit].EN = e.en
		c.Update(e.unit)
		sameFindings(t, fmt.Sprintf("unit %d edited", e.unit), c, r, opt)
	}
}

// The release date is read again only for edits at or before the date
// unit that gives it; either way Update gives what Run gives.
func TestUpdateReleaseDate(t *testing.T) {
	r := rel(
		u(release.Title, "会合の開催", "Meeting Held"),
		u(release.Paragraph, "本日、会合を開催した。", "A meeting was held today."),
		u(release.Date, "令和7年1月22日", "January 22, 2025"),
		u(release.Paragraph, "1月23日（木）に発表する。", "It will be announced on Thursday, January 23."),
	)
	opt := Options{}
	c := New(r, opt)
	for _, e := range []struct {
		unit int
		kind release.Kind
		ja   string
	}{
		{3, release.Paragraph, "1月24日（金）に発表する。"}, // after the date unit
		{2, release.Date, "令和8年1月22日"},           // the date unit
		{1, release.Date, "令和7年1月22日"},           // before it: a new date unit
		{1, release.Paragraph, "本日、会合を開催した。"},
	} {
		r.Units[e.unit].Kind, r.Units[e.unit].JA = e.kind, e.ja
		c.Update(e.unit)
		sameFindings(t, fmt.Sprintf("unit %d edited", e.unit), c, r, opt)
	}
}
