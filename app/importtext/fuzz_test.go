package importtext

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/sample"
)

// FuzzDecode: whatever the bytes, Decode returns valid UTF-8 text or a
// *problem.Error naming one of its three refusals, and never panics.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "decode", "*"))
	for _, c := range sampleCases {
		files = append(files, filepath.Join("testdata", "samples", c, "ja.txt"), filepath.Join("testdata", "samples", c, "en.txt"))
	}
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"", " ", "\x00", "\xff", "\xef\xbb\xbf", "\xef\xbb", "\xff\xfe", "\xfe\xff", "\xff\xfe\x00", "\xfe\xff\xd8\x00",
		"\xff\xfe\x00\xd8", "\x81\x40", "\xa1\xa1", "\x8e\xb1", "\x8f\xa2\xaf", "\x80", "\xa0", "\xfd\xfe\xff",
		"a\rb\r\xff", "\x89PNG\r\n\x1a\n", "\x1b$B", "%PDF-1.7\n", "\x01\x02\x03", "\xe3\x81", "\xed\xa0\x80",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := Decode(data)
		if err == nil {
			if !utf8.ValidString(text) {
				t.Fatalf("Decode(%q) = %q, not valid UTF-8", data, text)
			}
			return
		}
		var p *problem.Error
		if !errors.As(err, &p) {
			t.Fatalf("Decode(%q) error %v is %T, want *problem.Error", data, err, err)
		}
		if text != "" {
			t.Errorf("Decode(%q) returned text %q with error %v", data, text, err)
		}
		switch p.ID {
		case "ErrEmpty", "ErrBinary":
		case "ErrEncoding":
			line, lok := p.Data["Line"].(int)
			col, cok := p.Data["Column"].(int)
			if !lok || !cok || line < 1 || col < 1 {
				t.Errorf("Decode(%q): ErrEncoding without a valid position: %v", data, p)
			}
		default:
			t.Errorf("Decode(%q): unexpected error id %v", data, p)
		}
	})
}

// FuzzImport: whatever the two texts, Import never panics, and every
// non-empty trimmed line of each edition is in exactly one unit, on its
// side, in order: no line is dropped, duplicated, merged into another or
// moved.
func FuzzImport(f *testing.F) {
	for _, c := range sampleCases {
		ja, en := loadSample(f, c)
		f.Add(ja, en)
		f.Add(en, ja) // editions swapped
		f.Add(ja, "")
		f.Add("", en)
	}
	small, _ := sample.DropEN(sample.Generate(40, 3), 0.1, 3)
	sja, sen := sample.Texts(small)
	f.Add(sja, sen)
	for _, p := range [][2]string{
		{"", ""},
		{"\n\n", "\r\n\r"},
		{"a", "b"},
		{"題名", ""},
		{"", "Title"},
		{"\u3000\u3000\n\u00a0", "\uFEFF"},
		{"題名\r本文\r", "Title\r\nBody\r\n"},
		{"題名\n１　概要\n（１）審査\n", "Title\n(1) Review\n"},
		{"１．\n（１）\nア\n①\n第１\n", "1.\n(1)\n(a)\n(i)\nPart 1\n"},
		{"担当\n担当\n担当\n", "Division in Charge\n"},
		{"写真1\n写真1\n図\n", "Photo 1\nFigure\n"},
		{"1. ホーム\n  2. ニュース\n題名\n", "1. Home\n  2. News\nTitle\n"},
		{"令和7年1月22日\n2025年\n令和元年度\n", "January 22, 2025\nFY2025\n"},
		{"https://example.go.jp/a\nhttps://example.go.jp/a\n", "https://example.go.jp/a\n"},
		{"1,234万円\n3.5%\n１２３\n", "12,340,000 yen\n3.5%\n123\n"},
		{"\xff\xfe\x00", "\xed\xa0\x80"},
		{"a\x00b\n", "c\x00d\n"},
		{"（\n）\n（（１）\n", "(\n)\n((1)\n"},
		{"第９９９９９９９９９９９９９９９９９９９９\n", "Part 99999999999999999999\n"},
		{"ア\nイ\nウ\nエ\nオ\nカ\nキ\nク\nケ\nコ\nサ\n", "(a)\n(b)\n(c)\n"},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, ja, en string) {
		r, sum := Import(ja, en, nil)
		checkImport(t, ja, en, r, sum)
	})
}

// checkImport holds for every import: the units hold exactly the content
// lines of each edition, in order; no unit is empty; the summary counts
// the units; ids are unique and kinds valid.
func checkImport(t *testing.T, ja, en string, r *release.Release, sum Summary) {
	t.Helper()
	var gotJA, gotEN []string
	var s Summary
	ids := map[string]bool{}
	for i, u := range r.Units {
		gotJA = append(gotJA, unitLines(u.JA)...)
		gotEN = append(gotEN, unitLines(u.EN)...)
		switch {
		case u.JA == "" && u.EN == "":
			t.Errorf("unit %d is empty", i)
		case u.JA == "":
			s.OnlyEN++
		case u.EN == "":
			s.OnlyJA++
		default:
			s.Paired++
		}
		if len(unitLines(u.JA)) > 3 || len(unitLines(u.EN)) > 3 {
			t.Errorf("unit %d joins more than three blocks: %q | %q", i, u.JA, u.EN)
		}
		if !u.Kind.Valid() || u.Kind == "" {
			t.Errorf("unit %d has kind %q", i, u.Kind)
		}
		if u.ID == "" || ids[u.ID] {
			t.Errorf("unit %d has id %q, empty or seen before", i, u.ID)
		}
		ids[u.ID] = true
	}
	s.Units = len(r.Units)
	if sum != s {
		t.Errorf("summary %+v, units say %+v", sum, s)
	}
	if want := contentLines(ja); !slices.Equal(gotJA, want) {
		t.Errorf("Japanese lines in the units:\n%q\nwant\n%q", gotJA, want)
	}
	if want := contentLines(en); !slices.Equal(gotEN, want) {
		t.Errorf("English lines in the units:\n%q\nwant\n%q", gotEN, want)
	}
}

// TestImportKeepsEveryLine runs the fuzz property on the samples with
// damage of every kind, deterministic, in plain go test.
func TestImportKeepsEveryLine(t *testing.T) {
	for _, c := range sampleCases {
		ja, en := loadSample(t, c)
		jl, el := splitLines(ja), splitLines(en)
		// Remove each line of the English in turn.
		for k := range el {
			cut := slices.Concat(el[:k], el[k+1:])
			en2 := strings.Join(cut, "\n")
			r, sum := Import(ja, en2, nil)
			checkImport(t, ja, en2, r, sum)
		}
		// Remove each line of the Japanese in turn.
		for k := range jl {
			ja2 := strings.Join(slices.Concat(jl[:k], jl[k+1:]), "\n")
			r, sum := Import(ja2, en, nil)
			checkImport(t, ja2, en, r, sum)
		}
	}
}
