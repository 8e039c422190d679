package approval

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"taiyaku/app/release"
)

// TestDigest: whitespace at the ends, CRLF and Unicode normalisation do
// not change an edition's digest; any other change of a text, a kind or
// the order does, and only in the edition it touches.
func TestDigest(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(r *release.Release)
		jaSame bool
		enSame bool
	}{
		{"nothing", func(r *release.Release) {}, true, true},
		{"spaces at the ends", func(r *release.Release) { r.Units[4].JA = "  " + r.Units[4].JA + "\u3000\n" }, true, true},
		{"CRLF", func(r *release.Release) { r.Units[4].EN = "The ministers met\r\nin Tokyo." }, true, false},
		{"decomposed kana (NFD)", func(r *release.Release) { r.Units[4].JA = strings.ReplaceAll(r.Units[4].JA, "で", "\u3066\u3099") }, true, true},
		{"whitespace-only text", func(r *release.Release) {
			r.Units = append(r.Units, release.Unit{ID: "u9", Kind: release.Paragraph, JA: " ", EN: "\t"})
		}, true, true},
		{"one character", func(r *release.Release) {
			r.Units[4].JA = "両大臣は東京で会談し、6つの協力分野で合意しました。"
		}, false, true},
		{"inner spaces", func(r *release.Release) {
			r.Units[4].EN = "The ministers  met in Tokyo and agreed on 5 areas of cooperation."
		}, true, false},
		{"kind", func(r *release.Release) { r.Units[5].Kind = release.Paragraph }, false, false},
		{"order", func(r *release.Release) { r.Units[3], r.Units[4] = r.Units[4], r.Units[3] }, false, false},
		{"furniture text", func(r *release.Release) { r.Units[0].EN = "Home / Press" }, true, false},
		{"new unit in English only", func(r *release.Release) { r.Append(release.Paragraph, "", "Contact: press@meti.go.jp") }, true, false},
		{"line moved between units", func(r *release.Release) {
			r.Units[3].EN, r.Units[4].EN = r.Units[3].EN+"\n"+r.Units[4].EN, ""
		}, true, false},
	}
	base := load(t)
	ja, en := Digest(base, release.JA), Digest(base, release.EN)
	if len(ja) != 64 || ja == en {
		t.Fatalf("digests %q %q", ja, en)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := load(t)
			c.edit(r)
			if got := Digest(r, release.JA) == ja; got != c.jaSame {
				t.Errorf("Japanese digest unchanged = %v, want %v", got, c.jaSame)
			}
			if got := Digest(r, release.EN) == en; got != c.enSame {
				t.Errorf("English digest unchanged = %v, want %v", got, c.enSame)
			}
		})
	}
}

// TestDigestUnambiguous: moving characters between a kind and a text, or
// between two texts, never gives the same encoding.
func TestDigestUnambiguous(t *testing.T) {
	a := []release.ApprovedRow{{Kind: "paragraph", Text: "ab"}, {Kind: "paragraph", Text: "c"}}
	b := []release.ApprovedRow{{Kind: "paragraph", Text: "a"}, {Kind: "paragraph", Text: "bc"}}
	c := []release.ApprovedRow{{Kind: "paragraph", Text: "ab;1:c"}}
	if digestRows(a) == digestRows(b) || digestRows(a) == digestRows(c) || digestRows(b) == digestRows(c) {
		t.Error("different rows share a digest")
	}
}

func TestRows(t *testing.T) {
	r := load(t)
	r.Units[2].EN = "  January 22, 2025\r\n"
	r.Units[5].EN = ""
	rows := Rows(r, release.EN)
	if len(rows) != 5 || rows[2] != (release.ApprovedRow{ID: "u3", Kind: release.Date, Text: "January 22, 2025"}) {
		t.Errorf("rows %+v", rows)
	}
	if rows[0].Kind != release.Furniture {
		t.Errorf("furniture left out: %+v", rows[0])
	}
}

// TestNormaliseMatchesNFC: the fast path for text already in NFC gives
// what norm gives, on texts that compose, decompose or reorder.
func TestNormaliseMatchesNFC(t *testing.T) {
	alphabet := []rune("aéz あかは\u3099\u309aカハ\uff76\uff9e\u4e00\uf900\u2000\u302a\u0301\u0323\u00c5\u212b\u1100\u1161\uac00 ")
	texts := []string{"か\u3099", "\uf900", "e\u0301", "\u2000x", "ｶﾞ", "a\u0301\u0323", "\u212b"}
	rnd := uint32(1)
	for i := 0; i < 2000; i++ { // a fixed pseudo-random walk over the alphabet
		var b strings.Builder
		for j := 0; j < 6; j++ {
			rnd = rnd*1664525 + 1013904223
			b.WriteRune(alphabet[int(rnd>>16)%len(alphabet)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := normalise(s), strings.TrimSpace(norm.NFC.String(s)); got != want {
			t.Errorf("%+q: %+q, want %+q", s, got, want)
		}
	}
}
