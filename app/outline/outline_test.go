package outline

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"taiyaku/app/numbering"
	"taiyaku/app/release"
	"taiyaku/app/textfacts"
)

func TestLevels(t *testing.T) {
	r := &release.Release{Units: []release.Unit{
		{Kind: release.Furniture, JA: "1. ホーム", EN: "1. Home"},
		{Kind: release.Title, JA: "題", EN: "Title"},
		{Kind: release.Heading, JA: "１．概要", EN: "1. Overview"},
		{Kind: release.Heading, JA: "（１）半導体", EN: "(1) Semiconductors"},
		{Kind: release.Paragraph, JA: "1.5倍に増えた。", EN: "It grew 1.5 times."},
		{Kind: release.Heading, JA: "２．概要", EN: "2. Summary"},
	}}
	want := []int{0, 0, 1, 2, 0, 1}
	for _, ed := range []release.Edition{release.JA, release.EN} {
		got := Levels(r, ed)
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: levels %v, want %v", ed, got, want)
				break
			}
		}
	}
}

// TestMayCarryLabel: the length rule is decided per unit, on the Japanese,
// so a long English translation keeps the label its Japanese keeps.
func TestMayCarryLabel(t *testing.T) {
	long := func(n int, s string) string {
		out := ""
		for len([]rune(out)) < n {
			out += s
		}
		return out
	}
	cases := []struct {
		u    release.Unit
		want bool
	}{
		{release.Unit{Kind: release.Heading, JA: long(300, "長")}, true},
		{release.Unit{Kind: release.Paragraph, JA: long(100, "短"), EN: long(230, "long ")}, true},
		{release.Unit{Kind: release.Paragraph, JA: long(130, "長")}, false},
		{release.Unit{Kind: release.Paragraph, EN: long(230, "long ")}, true},
		{release.Unit{Kind: release.Furniture, JA: "1. ホーム"}, false},
	}
	for i, c := range cases {
		if got := MayCarryLabel(&c.u); got != c.want {
			t.Errorf("case %d: %v, want %v", i, got, c.want)
		}
	}
}

// TestLongNumberedParagraph (chkstruct, issue 8): a long numbered paragraph
// keeps its paragraph number in both editions, so "2." after "1." is no gap.
func TestLongNumberedParagraph(t *testing.T) {
	long := strings.Repeat("本文です。", 40)
	r := &release.Release{Units: []release.Unit{
		{Kind: release.Paragraph, JA: "1.本日、" + long, EN: "1. Today, " + strings.Repeat("text. ", 60)},
		{Kind: release.Paragraph, JA: "2 当該申出を踏まえ、" + long, EN: "    2. Receiving the notification, " + strings.Repeat("text. ", 60)},
	}}
	for _, ed := range []release.Edition{release.JA, release.EN} {
		if got := Levels(r, ed); got[0] != 1 || got[1] != 1 {
			t.Errorf("%s levels = %v, want [1 1]", ed, got)
		}
	}
}

func TestRunesAtMost(t *testing.T) {
	for _, s := range []string{"", "abc", "日本語のテキスト", "\x80\x80\x80\x80", "日\x80本\xbf語", strings.Repeat("あ", 5) + "\x80"} {
		for n := 0; n < 12; n++ {
			if got, want := runesAtMost(s, n), textfacts.RunesAtMost(s, n); got != want {
				t.Errorf("runesAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

func FuzzRunesAtMost(f *testing.F) {
	f.Add("日本語\x80のテキスト", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 0 || n > 1000 {
			return
		}
		if got, want := runesAtMost(s, n), textfacts.RunesAtMost(s, n); got != want {
			t.Errorf("runesAtMost(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}

func TestAnalyzeBoth(t *testing.T) {
	r := &release.Release{Units: []release.Unit{
		{Kind: release.Heading, JA: "１．目的", EN: "1. Purpose"},
		{Kind: release.Furniture, JA: "ホーム", EN: "Home"},
		{Kind: release.Heading, JA: "（１）対象", EN: "(1) Scope"},
		{Kind: release.Paragraph, JA: "本文です。", EN: "Body text."},
	}}
	ja, en := AnalyzeBoth(r)
	if !reflect.DeepEqual(ja, Analyze(r, release.JA)) || !reflect.DeepEqual(en, Analyze(r, release.EN)) {
		t.Errorf("AnalyzeBoth differs from Analyze:\n%+v\n%+v", ja, en)
	}
}

// FuzzMayCarryLabelCounted holds the counted variant to MayCarryLabel.
func FuzzMayCarryLabelCounted(f *testing.F) {
	kinds := []release.Kind{release.Title, release.Date, release.Heading, release.Paragraph, release.Item, release.Caption, release.Contact, release.Furniture}
	f.Add(uint8(3), strings.Repeat("日本語", 41), "")
	f.Add(uint8(3), "", strings.Repeat("word ", 49))
	f.Add(uint8(2), "１．概要", "1. Overview")
	f.Fuzz(func(t *testing.T, kind uint8, ja, en string) {
		u := &release.Unit{Kind: kinds[int(kind)%len(kinds)], JA: ja, EN: en}
		count := func(s string) func() int { return func() int { return utf8.RuneCountInString(s) } }
		if got, want := MayCarryLabelCounted(u, count(ja), count(en)), MayCarryLabel(u); got != want {
			t.Errorf("MayCarryLabelCounted(%+v) = %v, want %v", u, got, want)
		}
	})
}

// TestAnalyzeBothHandedCrumbs: texts handed over as bare (no label) give
// the numbering Analyze gives, the title after a breadcrumb trail and
// runs of bare texts among them.
func TestAnalyzeBothHandedCrumbs(t *testing.T) {
	r := &release.Release{}
	for _, p := range [][2]string{
		{"1. 総務省", "1. Ministry"}, {"2. 報道発表", "2. Press releases"}, {"3. 公表", "3. Published"},
		{"公表", "Published"}, {"本文です。", "Body."}, {"続きです。", "More."},
		{"１．目的", "1. Purpose"}, {"本文です。", "Body."}, {"（１）対象", "(1) Scope"}, {"本文です。", "Body."},
	} {
		r.Units = append(r.Units, release.Unit{Kind: release.Heading, JA: p[0], EN: p[1]})
	}
	for mask := range 1 << len(r.Units) {
		h := &textfacts.Handoff{JA: make([]*textfacts.Reading, len(r.Units)), EN: make([]*textfacts.Reading, len(r.Units))}
		for i := range r.Units {
			u := &r.Units[i]
			if _, ok := numbering.Parse(u.JA); !ok && mask&(1<<i) != 0 {
				h.JA[i] = new(textfacts.Reading)
				h.JA[i].Read(u.JA, textfacts.JA, textfacts.Context{})
				h.JA[i].MarkBare()
			}
			if _, ok := numbering.Parse(u.EN); !ok && mask&(1<<(len(r.Units)-1-i)) != 0 {
				h.EN[i] = new(textfacts.Reading)
				h.EN[i].Read(u.EN, textfacts.EN, textfacts.Context{})
				h.EN[i].MarkBare()
			}
		}
		ja, en := AnalyzeBothHanded(r, h)
		if !reflect.DeepEqual(ja, Analyze(r, release.JA)) || !reflect.DeepEqual(en, Analyze(r, release.EN)) {
			t.Fatalf("mask %b: AnalyzeBothHanded differs from Analyze", mask)
		}
	}
	if ja := Analyze(r, release.JA); !ja[2].Furniture || ja[3].Furniture {
		t.Error("the trail is not the first three units: the test tests no breadcrumb")
	}
}
