package tmx

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"taiyaku/app/release"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var now = time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)

func loadRelease(t testing.TB) *release.Release {
	t.Helper()
	r, err := release.Load(filepath.Join("testdata", "release.taiyaku"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestGolden pins the bytes written, with full and with bare language codes.
func TestGolden(t *testing.T) {
	r := loadRelease(t)
	for _, tc := range []struct{ file, langs string }{{"golden.tmx", ""}, {"golden.bare.tmx", "ja,en"}} {
		ja, en, err := ParseLangs(tc.langs)
		if err != nil {
			t.Fatal(err)
		}
		got := Marshal(r, Options{LangJA: ja, LangEN: en, Now: now})
		path := filepath.Join("testdata", tc.file)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs (go test -update to accept):\n%s", path, got)
		}
	}
}

// tmxDoc is what a TMX reader sees, for the tests.
type tmxDoc struct {
	Header struct {
		Attrs []xml.Attr `xml:",any,attr"`
	} `xml:"header"`
	TUs []struct {
		TUID string `xml:"tuid,attr"`
		TUVs []struct {
			Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
			Seg  string `xml:"seg"`
		} `xml:"tuv"`
	} `xml:"body>tu"`
}

// TestContent: the paired units only, in order, texts as they are, and
// the header attributes TMX 1.4b requires.
func TestContent(t *testing.T) {
	r := loadRelease(t)
	var doc tmxDoc
	if err := xml.Unmarshal(Marshal(r, Options{Now: now}), &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	var ids []string
	for i := range r.Units {
		if Pairable(&r.Units[i]) {
			ids = append(ids, r.Units[i].ID)
			want[r.Units[i].ID] = true
		}
	}
	if len(doc.TUs) != len(ids) || len(ids) != 5 { // u1 furniture, u6 and u9 one-sided
		t.Fatalf("%d tu, want %d (%v)", len(doc.TUs), len(ids), ids)
	}
	for k, tu := range doc.TUs {
		u := r.Units[r.Index(tu.TUID)]
		if tu.TUID != ids[k] || len(tu.TUVs) != 2 || tu.TUVs[0].Lang != "ja-JP" || tu.TUVs[1].Lang != "en-US" {
			t.Errorf("tu %d: %+v", k, tu)
			continue
		}
		if u.ID != "u10" && (tu.TUVs[0].Seg != u.JA || tu.TUVs[1].Seg != u.EN) {
			t.Errorf("tu %s: %q / %q", tu.TUID, tu.TUVs[0].Seg, tu.TUVs[1].Seg)
		}
	}
	have := map[string]string{}
	for _, a := range doc.Header.Attrs {
		have[a.Name.Local] = a.Value
	}
	for _, k := range []string{"creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype", "creationdate"} {
		if have[k] == "" {
			t.Errorf("header lacks %s", k)
		}
	}
	if have["srclang"] != "ja-JP" || have["datatype"] != "plaintext" || have["creationdate"] != "20261201T093000Z" {
		t.Errorf("header %v", have)
	}
}

// TestControlCharactersDropped: the output stays well-formed XML.
func TestControlCharactersDropped(t *testing.T) {
	r := &release.Release{}
	r.Append(release.Paragraph, "ベル\u0007", "bell\u0000\uFFFF")
	var doc tmxDoc
	if err := xml.Unmarshal(Marshal(r, Options{Now: now}), &doc); err != nil {
		t.Fatal(err)
	}
	if s := doc.TUs[0].TUVs; s[0].Seg != "ベル" || s[1].Seg != "bell" {
		t.Errorf("%+v", s)
	}
}

func TestParseLangs(t *testing.T) {
	good := map[string][2]string{"": {"ja-JP", "en-US"}, "ja,en": {"ja", "en"}, "ja-JP, en-GB": {"ja-JP", "en-GB"}, "JA,EN": {"JA", "EN"}}
	for in, want := range good {
		ja, en, err := ParseLangs(in)
		if err != nil || ja != want[0] || en != want[1] {
			t.Errorf("%q: %s %s %v", in, ja, en, err)
		}
	}
	for _, in := range []string{"en,ja", "ja", "ja,fr", "ja-,en", "ja,en-US-toolongsubtag", "ja en"} {
		if _, _, err := ParseLangs(in); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}

// TestToolVersion keeps ToolVersion in step with the app's version.
func TestToolVersion(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "FyneApp.toml"))
	if err != nil {
		t.Skip("FyneApp.toml not found:", err)
	}
	m := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`).FindSubmatch(data)
	if m == nil || string(m[1]) != ToolVersion {
		t.Errorf("FyneApp.toml version %q, ToolVersion %q", m, ToolVersion)
	}
}

// FuzzMarshal: whatever the texts and ids, the memory is well-formed XML
// whose segments read back as the texts (less what XML cannot hold), and
// --tmx-lang values either parse into tags or are refused.
func FuzzMarshal(f *testing.F) {
	f.Add("u1", "概要\n二行目", "Overview & <more>", "ja,en")
	f.Add("u\"2", "ベル\a", "\r\n", "ja-JP,en-US")
	f.Fuzz(func(t *testing.T, id, ja, en, langs string) {
		ltJA, ltEN, err := ParseLangs(langs)
		if err != nil {
			ltJA, ltEN = "", ""
		}
		r := &release.Release{Units: []release.Unit{{ID: id, Kind: release.Paragraph, JA: ja, EN: en}}}
		var doc tmxDoc
		if err := xml.Unmarshal(Marshal(r, Options{LangJA: ltJA, LangEN: ltEN, Now: now}), &doc); err != nil {
			t.Fatalf("%v", err)
		}
		if !Pairable(&r.Units[0]) {
			if len(doc.TUs) != 0 {
				t.Fatalf("one-sided unit written")
			}
			return
		}
		if len(doc.TUs) != 1 || doc.TUs[0].TUVs[0].Seg != clean(ja) || doc.TUs[0].TUVs[1].Seg != clean(en) {
			t.Fatalf("%+v", doc.TUs)
		}
	})
}

// clean is s as XML carries it: bad UTF-8 as U+FFFD, characters XML
// cannot hold left out (a carriage return is written as &#xD;, so it stays).
func clean(s string) string {
	var b []rune
	for _, r := range s {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 {
			b = append(b, r)
		}
	}
	return string(b)
}

// BenchmarkMarshal10000 writes the memory of a 10,000-unit release.
func BenchmarkMarshal10000(b *testing.B) {
	r := &release.Release{}
	for i := 0; i < 10000; i++ {
		r.Append(release.Paragraph, "両大臣は東京で会談し、5つの協力分野で合意しました。", "The ministers met in Tokyo and agreed on 5 areas of cooperation.")
	}
	b.ReportAllocs()
	for b.Loop() {
		Marshal(r, Options{Now: now})
	}
}
