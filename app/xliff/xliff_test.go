package xliff

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"taiyaku/app/problem"
	"taiyaku/app/release"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func loadRelease(t testing.TB) *release.Release {
	t.Helper()
	r, err := release.Load(filepath.Join("testdata", "release.taiyaku"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func goldenName(v Version) string { return filepath.Join("testdata", "golden."+string(v)+".xlf") }

// TestGolden pins the bytes written, so a change of output shows in review.
func TestGolden(t *testing.T) {
	r := loadRelease(t)
	for _, v := range []Version{V21, V12} {
		got := Marshal(r, Options{Version: v, Original: "press.taiyaku"})
		if *update {
			if err := os.WriteFile(goldenName(v), got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(goldenName(v))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: output differs from %s (go test -update to accept)\n%s", v, goldenName(v), got)
		}
	}
}

// TestRoundTrip writes each version and reads it back: texts, kinds,
// statuses, ids and comments come back as they were.
func TestRoundTrip(t *testing.T) {
	r := loadRelease(t)
	for _, v := range []Version{V21, V12} {
		back, err := Read("x.xlf", bytes.NewReader(Marshal(r, Options{Version: v})))
		if err != nil {
			t.Fatalf("%s: %v", v, err)
		}
		if len(back.Units) != len(r.Units) {
			t.Fatalf("%s: %d units, want %d", v, len(back.Units), len(r.Units))
		}
		for i := range r.Units {
			want := r.Units[i]
			if want.ID == "u10" { // U+FFFF cannot be written in 1.2 nor read from <cp> as XML text
				continue
			}
			if got := back.Units[i]; !reflect.DeepEqual(got, want) {
				t.Errorf("%s: unit %d\n got %+v\nwant %+v", v, i, got, want)
			}
		}
		if !reflect.DeepEqual(back.Review.Comments, r.Review.Comments) {
			t.Errorf("%s: comments\n got %+v\nwant %+v", v, back.Review.Comments, r.Review.Comments)
		}
		if v == V21 && !reflect.DeepEqual(back.Meta, r.Meta) {
			t.Errorf("%s: meta %+v, want %+v", v, back.Meta, r.Meta)
		}
	}
}

// TestControlCharacters: a character XML cannot hold survives a round trip
// through either version (<cp> in 2.1, our <x ctype="x-cp-…"/> in 1.2).
func TestControlCharacters(t *testing.T) {
	r := &release.Release{}
	r.Append(release.Paragraph, "ベル\u0007と\u001Fと\uFFFE", "bell\u0007 \u0000end")
	for _, v := range []Version{V21, V12} {
		back, err := Read("x.xlf", bytes.NewReader(Marshal(r, Options{Version: v})))
		if err != nil {
			t.Fatalf("%s: %v", v, err)
		}
		if u := back.Units[0]; u.JA != r.Units[0].JA || u.EN != r.Units[0].EN {
			t.Errorf("%s: got %q / %q", v, u.JA, u.EN)
		}
	}
}

// TestApprovedIsFinal: an approved English edition is written as final
// (1.2 also approved="yes") and reads back as reviewed.
func TestApprovedIsFinal(t *testing.T) {
	r := &release.Release{}
	r.Append(release.Title, "題", "Title")
	r.Append(release.Caption, "写真", "")
	for _, v := range []Version{V21, V12} {
		data := Marshal(r, Options{Version: v, ApprovedEN: true})
		want := map[Version]string{V21: `state="final"`, V12: `approved="yes"`}[v]
		if bytes.Count(data, []byte(want)) != 1 {
			t.Errorf("%s: want one %s (the unit with English text):\n%s", v, want, data)
		}
		back, err := Read("x.xlf", bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if back.Units[0].StatusEN != release.Draft { // our own status wins over the state
			t.Errorf("%s: status %s, want draft (ours is kept)", v, back.Units[0].StatusEN)
		}
	}
}

// TestForeign reads files as other tools write them: inline codes, several
// segments, groups, no metadata of ours.
func TestForeign(t *testing.T) {
	type unit struct {
		ID, JA, EN string
		Kind       release.Kind
		StatusEN   release.Status
	}
	tests := []struct {
		file     string
		units    []unit
		comments []string
	}{
		{"memoq-1.2.xlf", []unit{
			{"1", "東京で会談した。", "They met in Tokyo.", release.Paragraph, release.Reviewed},
			{"2", "詳細は別紙を参照。", "See the annex for details.", release.Paragraph, release.Translated},
			{"3", "未翻訳", "", release.Heading, release.Draft},
			{"u1", "重複", "Duplicate", release.Paragraph, release.Draft},
			{"u2", "承認済み", "Approved", release.Paragraph, release.Reviewed},
		}, []string{"Check the name of the annex."}},
		{"omegat-2.0.xlf", []unit{
			{"tu1", "概要。詳細。", "Overview. Details.", release.Paragraph, release.Translated},
			{"tu2", "太字の語", "a bold word", release.Paragraph, release.Draft},
			{"tu3", "見出し", "Heading", release.Paragraph, release.Reviewed},
		}, []string{"Keep it short."}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			r, err := ReadFile(filepath.Join("testdata", "foreign", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			var got []unit
			for _, u := range r.Units {
				got = append(got, unit{u.ID, u.JA, u.EN, u.Kind, u.StatusEN})
			}
			if !reflect.DeepEqual(got, tc.units) {
				t.Errorf("units\n got %+v\nwant %+v", got, tc.units)
			}
			var texts []string
			for _, c := range r.Review.Comments {
				texts = append(texts, c.Text)
			}
			if !reflect.DeepEqual(texts, tc.comments) {
				t.Errorf("comments %q, want %q", texts, tc.comments)
			}
		})
	}
}

// TestBadInput: each bad file gives one error naming the file and the
// place, and no release.
func TestBadInput(t *testing.T) {
	tests := []struct {
		file, id string
		line     int // 0: the error names no line
	}{
		{"not-xml.xlf", "ErrXLIFFNotXLIFF", 2},
		{"truncated.xlf", "ErrXLIFFSyntax", 5},
		{"mismatched.xlf", "ErrXLIFFSyntax", 5},
		{"html.xlf", "ErrXLIFFNotXLIFF", 1},
		{"version-3.xlf", "ErrXLIFFVersion", 1},
		{"en-to-ja-2.xlf", "ErrXLIFFLanguages", 2},
		{"fr-to-de-1.2.xlf", "ErrXLIFFLanguages", 3},
		{"no-units.xlf", "ErrXLIFFNoUnits", 0},
		{"bad-cp.xlf", "ErrXLIFFCodePoint", 4},
		{"entity.xlf", "ErrXLIFFSyntax", 5},
		{"empty.xlf", "ErrXLIFFNotXLIFF", 1},
		{"control-char.xlf", "ErrXLIFFSyntax", 4},
		{"utf16.xlf", "ErrXLIFFSyntax", 1},
		{"entities-dtd.xlf", "ErrXLIFFSyntax", 7},
		{"newline-lang.xlf", "ErrXLIFFLanguages", 2},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", "bad", tc.file)
			r, err := ReadFile(path)
			var p *problem.Error
			if r != nil || !errors.As(err, &p) || p.ID != tc.id {
				t.Fatalf("got %v, %v; want %s", r, err, tc.id)
			}
			if p.Data["File"] != path {
				t.Errorf("error names %v, want %s", p.Data["File"], path)
			}
			for k, v := range p.Data {
				if s, ok := v.(string); ok && strings.ContainsAny(s, "\n\r") {
					t.Errorf("%s holds a line break: %q", k, s)
				}
			}
			if line, _ := p.Data["Line"].(int); line != tc.line {
				t.Errorf("line %d, want %d (%v)", line, tc.line, err)
			}
		})
	}
}

// TestLimits: a file over the size limit, or nested too deep, is refused
// after reading no more than the limit.
func TestLimits(t *testing.T) {
	big := bytes.Repeat([]byte("<!-- padding -->\n"), 1000)
	_, err := read("big.xlf", bytes.NewReader(append([]byte(`<xliff version="2.1" srcLang="ja">`), big...)), 4096)
	var p *problem.Error
	if !errors.As(err, &p) || p.ID != "ErrXLIFFTooLarge" {
		t.Errorf("big: %v", err)
	}
	deep := `<xliff xmlns="` + ns2 + `" version="2.1" srcLang="ja"><file id="f">` +
		string(bytes.Repeat([]byte("<group id=\"g\">"), 100))
	_, err = Read("deep.xlf", bytes.NewReader([]byte(deep)))
	if !errors.As(err, &p) || p.ID != "ErrXLIFFTooDeep" {
		t.Errorf("deep: %v", err)
	}
}

func TestParseVersion(t *testing.T) {
	for in, want := range map[string]Version{"": V21, "2.1": V21, "1.2": V12, " 1.2 ": V12} {
		if got, err := ParseVersion(in); err != nil || got != want {
			t.Errorf("%q: %v %v", in, got, err)
		}
	}
	if _, err := ParseVersion("2.2"); err == nil {
		t.Error("2.2 accepted")
	}
}

// TestTooLargeFile: a file over MaxBytes is refused before it is read.
func TestTooLargeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.xlf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxBytes + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	_, err = ReadFile(path)
	var p *problem.Error
	if !errors.As(err, &p) || p.ID != "ErrXLIFFTooLarge" || p.Data["File"] != path {
		t.Errorf("got %v", err)
	}
}

// bigRelease is a release of n units with a comment on every tenth.
func bigRelease(n int) *release.Release {
	r := &release.Release{}
	for i := 0; i < n; i++ {
		k := r.Append(release.Paragraph, "両大臣は東京で会談し、5つの協力分野で合意しました。", "The ministers met in Tokyo and agreed on 5 areas of cooperation.")
		if i%10 == 0 {
			r.Review.Comments = append(r.Review.Comments, release.Comment{ID: "c" + strconv.Itoa(i+1),
				UnitID: r.Units[k].ID, Edition: release.EN, Author: "A", Text: "check"})
		}
	}
	return r
}

// BenchmarkRead10000 reads a 10,000-unit XLIFF of each version.
func BenchmarkRead10000(b *testing.B) {
	r := bigRelease(10000)
	for _, v := range []Version{V21, V12} {
		data := Marshal(r, Options{Version: v})
		b.Run(string(v), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read("x.xlf", bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestStateChangedInCATTool: a state a translator changed wins over the
// status we wrote; an unchanged one keeps ours.
func TestStateChangedInCATTool(t *testing.T) {
	r := &release.Release{}
	r.Append(release.Paragraph, "一", "One") // draft: written initial / new
	r.Append(release.Paragraph, "二", "Two") // stays draft
	r.Append(release.Paragraph, "三", "")    // no target written; the translator adds one
	r.Units[1].StatusEN = release.Reviewed  // written reviewed / signed-off
	edits := map[Version][][2]string{
		V21: {{`ty:en="draft">` + "\n" + `      <segment id="s1" state="initial">`, `ty:en="draft">` + "\n" + `      <segment id="s1" state="translated">`},
			{`<source>三</source>`, `<source>三</source><target>Three</target>`}},
		V12: {{`<target xml:lang="en-US" state="new">One`, `<target xml:lang="en-US" state="translated">One`},
			{`<source xml:lang="ja-JP">三</source>`, `<source xml:lang="ja-JP">三</source><target state="translated">Three</target>`}},
	}
	for _, v := range []Version{V21, V12} {
		data := string(Marshal(r, Options{Version: v}))
		for _, e := range edits[v] {
			if !strings.Contains(data, e[0]) {
				t.Fatalf("%s: %q not in\n%s", v, e[0], data)
			}
			data = strings.Replace(data, e[0], e[1], 1)
		}
		back, err := Read("x.xlf", strings.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		got := []release.Status{back.Units[0].StatusEN, back.Units[1].StatusEN, back.Units[2].StatusEN}
		want := []release.Status{release.Translated, release.Reviewed, release.Translated}
		if v == V21 {
			want[2] = release.Draft // a 2.1 target added without a state is initial
		}
		if !reflect.DeepEqual(got, want) || back.Units[2].EN != "Three" {
			t.Errorf("%s: statuses %v, want %v (%q)", v, got, want, back.Units[2].EN)
		}
	}
}

// BenchmarkMarshal10000 writes a 10,000-unit release in each version.
func BenchmarkMarshal10000(b *testing.B) {
	r := bigRelease(10000)
	for _, v := range []Version{V21, V12} {
		b.Run(string(v), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Marshal(r, Options{Version: v})
			}
		})
	}
}
