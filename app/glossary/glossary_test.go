package glossary

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"taiyaku/app/problem"
	"taiyaku/app/textfacts"
)

func TestParseAndFind(t *testing.T) {
	g, err := Parse([]byte(`[terms]
"経済産業省" = ["Ministry of Economy, Trade and Industry", "METI"]
"経済産業" = ["economy, trade and industry"]
"総務省" = ["MIC"]
"内閣官房" = ["Cabinet Secretariat"]
`))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		ja, en  string
		missing []string
	}{
		{"経済産業省が発表した。", "METI announced.", nil},
		{"経済産業省が発表した。", "The ministry announced.", []string{"経済産業省"}}, // the shorter term inside is not counted again
		{"総務省は経済対策を決めた。", "Economic measures were decided.", []string{"総務省"}},
		{"総務省は決めた。", "MIC decided.", nil},
		{"なし", "none", nil},
		// chkstruct (issue 8): a term that a longer compound continues is not the term.
		{"内閣官房参与・財務省顧問の職にある。", "Special Advisor to the Prime Minister.", nil},
		{"内閣官房長官が述べた。", "The Chief Cabinet Secretary said.", nil},
		{"内閣官房が発表した。", "It was announced.", []string{"内閣官房"}},
		{"内閣官房・総務省が発表した。", "The Cabinet Secretariat and MIC announced.", nil},
		{"経済産業省商務情報政策局が発表した。", "The ministry announced.", []string{"経済産業省"}}, // a body's name is complete
	}
	for _, c := range cases {
		var got []string
		for _, term := range g.Missing(c.ja, c.en) {
			got = append(got, term.JA)
		}
		if len(got) != len(c.missing) || (len(got) > 0 && got[0] != c.missing[0]) {
			t.Errorf("Missing(%q, %q) = %v, want %v", c.ja, c.en, got, c.missing)
		}
	}
	if r := g.Rendered("The Ministry of Economy, Trade and Industry and MIC"); len(r) != 3 {
		t.Errorf("Rendered found %d terms, want 3 (both METI terms and MIC)", len(r))
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ doc, id string }{
		{"[terms\n", "ErrGlossary"},
		{"[words]\n\"a\" = [\"b\"]\n", "ErrGlossaryKey"},
	} {
		_, err := Parse([]byte(c.doc))
		var p *problem.Error
		if !errors.As(err, &p) || p.ID != c.id {
			t.Errorf("%q: %v, want %s", c.doc, err, c.id)
		}
	}
	path := filepath.Join(t.TempDir(), "g.toml")
	if err := os.WriteFile(path, []byte("[terms\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	var p *problem.Error
	if !errors.As(err, &p) || p.Data["File"] != path {
		t.Errorf("Load error does not name the file: %v", err)
	}
}

func TestDefaultGlossary(t *testing.T) {
	if len(Default().Terms) < 30 {
		t.Fatalf("the starter glossary has %d terms", len(Default().Terms))
	}
}

// renderedByScan is the reference EachRendered must agree with: every
// rendering tried at every byte of the lower-cased English.
func renderedByScan(g *Glossary, en string) []Term {
	low := strings.ToLower(textfacts.Normalize(en))
	var out []Term
	for k, t := range g.Terms {
	renderings:
		for _, e := range t.EN {
			e = strings.ToLower(textfacts.Normalize(e))
			for i := 0; e != "" && i+len(e) <= len(low); i++ {
				if low[i:i+len(e)] == e && wordAt(low, i, i+len(e)) {
					out = append(out, g.Terms[k])
					break renderings
				}
			}
		}
	}
	return out
}

func TestRenderedAsScanned(t *testing.T) {
	g := Default()
	extra, err := Parse([]byte("[terms]\n\"括弧\" = [\"(see note)\", \"G7\", \"g7 summit\"]\n\"数\" = [\"2025\"]\n" +
		"\"長\" = [\"Pneumonoultramicroscopicsilicovolcanoconiosis-pneumonoultramicroscopicsilicovolcanoconiosis lung\", \"Pneumonoultramicroscopicsilicovolcanoconiosis2\"]\n" +
		"\"超\" = [\"supercalifragilisticexpialidocioussupercalifragilisticexpialidocious act\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, en := range []string{
		"", "The Ministry of Economy, Trade and Industry and MIC", "METI's economic MODEL; mic.", "ＭＥＴＩ and Ｍinistry of Foreign Affairs",
		"Japan Fair Trade Commission (JFTC)", "at the G7 Summit, g7s, (see note) and (see notes)", "x(see note)", "in 2025, 20251", "a pneumonoultramicroscopicsilicovolcanoconiosis-Pneumonoultramicroscopicsilicovolcanoconiosis Lung.", "Ministry Of Foreign Affairs (MOFA) é", "PNEUMONOULTRAMICROSCOPICSILICOVOLCANOCONIOSIS2", "The SupercalifragilisticexpialidociousSupercalifragilisticexpialidocious Act",
	} {
		for _, gl := range []*Glossary{g, extra} {
			got, want := gl.Rendered(en), renderedByScan(gl, en)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Rendered(%q) = %v, want %v", en, got, want)
			}
		}
	}
}

// FuzzRendered holds the one-pass look-up to the scan at every byte.
func FuzzRendered(f *testing.F) {
	for _, s := range []string{"The Ministry of Economy, Trade and Industry", "METI and MIC", "(see note) G7", "ＭＥＴＩ", "İstanbul METI"} {
		f.Add(s)
	}
	g := Default()
	extra, err := Parse([]byte("[terms]\n\"括弧\" = [\"(see note)\", \"G7\", \"g7 summit\"]\n"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, en string) {
		for _, gl := range []*Glossary{g, extra} {
			if got, want := gl.Rendered(en), renderedByScan(gl, en); !reflect.DeepEqual(got, want) {
				t.Errorf("Rendered(%q) = %v, want %v", en, got, want)
			}
		}
	})
}

// termsByRunes is the reference for EachTerm: every rune start tried.
func termsByRunes(g *Glossary, ja string) []int {
	g.index()
	var out []int
	for i := 0; i < len(ja); {
		r, size := utf8.DecodeRuneInString(ja[i:])
		k := g.termAt(ja[i:], r)
		if k < 0 {
			i += size
			continue
		}
		if !insideCompound(g.Terms[k].JA, ja[i+len(g.Terms[k].JA):]) {
			out = append(out, k)
		}
		i += len(g.Terms[k].JA)
	}
	return out
}

func FuzzEachTerm(f *testing.F) {
	for _, s := range []string{"経済産業省と外務省", "内閣官房参与", "\xe7経済産業省\xe7\x9c", "ＭＥＴＩ経済産業"} {
		f.Add(s)
	}
	gs := sampleGlossaries(f)
	f.Fuzz(func(t *testing.T, ja string) {
		for _, g := range gs {
			var got []int
			g.EachTerm(ja, func(k int) { got = append(got, k) })
			if want := termsByRunes(g, ja); !reflect.DeepEqual(got, want) {
				t.Errorf("EachTerm(%q) = %v, want %v (stride %d)", ja, got, want, g.sample.stride)
			}
		}
	})
}

// sampleGlossaries are the starter glossary (searched by samples), one
// with short terms (searched step by step), and ones whose terms start
// with ASCII or hold four-byte characters, or overlap at many offsets.
func sampleGlossaries(tb testing.TB) []*Glossary {
	tb.Helper()
	gs := []*Glossary{Default()}
	for _, doc := range []string{
		"[terms]\n\"省\" = [\"ministry\"]\n\"経済産業省\" = [\"METI\"]\n",
		"[terms]\n\"G7サミット\" = [\"G7 Summit\"]\n\"経済産業省\" = [\"METI\"]\n\"𠮷野家本店\" = [\"Yoshinoya\"]\n",
		"[terms]\n\"ああああい\" = [\"a\"]\n\"あああああい\" = [\"b\"]\n\"いあああ\" = [\"c\"]\n",
		"[terms]\n\"abcdefgh\" = [\"x\"]\n\"bcdefghi\" = [\"y\"]\n",
	} {
		g, err := Parse([]byte(doc))
		if err != nil {
			tb.Fatal(err)
		}
		gs = append(gs, g)
	}
	return gs
}

// TestEachTermSampled holds both searches to the reference over lines
// made of the terms' pieces, so that windows of terms recur everywhere.
func TestEachTermSampled(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for gi, g := range sampleGlossaries(t) {
		g.index()
		if (gi == 1) != (g.sample.stride == 0) {
			t.Fatalf("glossary %d: stride %d", gi, g.sample.stride)
		}
		var pieces []string
		for _, term := range g.Terms {
			for a := 0; a < len(term.JA); a++ {
				pieces = append(pieces, term.JA[a:], term.JA[:a], term.JA)
			}
		}
		pieces = append(pieces, "の", "a", "。", "\xe7", "漢字", " ", "参与")
		for range 3000 {
			var b strings.Builder
			for range rng.IntN(12) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			ja := b.String()
			want := termsByRunes(g, ja)
			var got, step []int
			g.EachTerm(ja, func(k int) { got = append(got, k) })
			g.eachStep(ja, func(k int) { step = append(step, k) })
			if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(step, want) {
				t.Fatalf("glossary %d: EachTerm(%q) = %v, step %v, want %v", gi, ja, got, step, want)
			}
		}
	}
}

// FuzzMissingFold holds the search without lower-casing, told whether
// the English is plain or finding out, to Missing.
func FuzzMissingFold(f *testing.F) {
	for _, s := range [][2]string{{"経済産業省と外務省", "METI and the Ministry of Foreign Affairs"}, {"経済産業省", "Ministry of Economy, Trade and Industry\tx"}, {"経済産業省", "meti's"}, {"外務省", "ＭＯＦＡ"}} {
		f.Add(s[0], s[1])
	}
	g := Default()
	f.Fuzz(func(t *testing.T, ja, en string) {
		// Also with a term of the glossary in front of the Japanese, and
		// its rendering in capitals inside the English.
		term := g.Terms[len(ja+en)%len(g.Terms)]
		mid := len(en) / 2
		for _, p := range [][2]string{{ja, en}, {term.JA + ja, en}, {term.JA + ja, en[:mid] + strings.ToUpper(term.EN[0]) + en[mid:]}} {
			ja, en := p[0], p[1]
			lower := func() string { return strings.ToLower(textfacts.Normalize(en)) }
			want := g.Missing(ja, en)
			if got := g.MissingFold(ja, en, lower); !reflect.DeepEqual(got, want) {
				t.Errorf("MissingFold(%q, %q) = %v, want %v", ja, en, got, want)
			}
			if got := g.MissingFoldPlain(ja, en, isPlainASCII(en), lower); !reflect.DeepEqual(got, want) {
				t.Errorf("MissingFoldPlain(%q, %q) = %v, want %v", ja, en, got, want)
			}
		}
	})
}

// TestEachTermOffsets puts every term at each offset of the three
// characters skip reads at once, among kana, kanji and ASCII.
func TestEachTermOffsets(t *testing.T) {
	g := Default()
	for _, term := range g.Terms {
		for pad := range 4 {
			for _, fill := range []string{"あ", "漢", "a", "。"} {
				ja := strings.Repeat(fill, pad) + term.JA + "のため" + strings.Repeat("漢字", pad) + term.JA
				var got []int
				g.EachTerm(ja, func(k int) { got = append(got, k) })
				if want := termsByRunes(g, ja); !reflect.DeepEqual(got, want) {
					t.Fatalf("EachTerm(%q) = %v, want %v", ja, got, want)
				}
			}
		}
	}
}
