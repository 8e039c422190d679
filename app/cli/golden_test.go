package cli

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/internal/linediff"
	"taiyaku/app/sample"
	"taiyaku/i18n"
)

// The golden test pins what `taiyaku check` says, in both report formats
// and both languages, and how the two editions are paired, over the
// samples, the real releases and a synthetic corpus with defects. It was
// written before the speed work (issue 9): any change to the findings or
// the alignment shows here. Regenerate only on purpose with
//
//	go test ./app/cli -run TestGolden -update
var update = flag.Bool("update", false, "rewrite testdata/golden")

type goldenCase struct {
	name   string
	ja, en string // file paths
}

func goldenCases(t *testing.T) []goldenCase {
	var cases []goldenCase
	for _, root := range []string{"../check/testdata/samples", "../check/testdata/pairs", "../../testdata/real-pairs"} {
		dirs, err := os.ReadDir(root)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range dirs {
			if d.IsDir() {
				dir := filepath.Join(root, d.Name())
				cases = append(cases, goldenCase{d.Name(), filepath.Join(dir, "ja.txt"), filepath.Join(dir, "en.txt")})
			}
		}
	}
	tmp := t.TempDir()
	for seed := int64(1); seed <= 3; seed++ {
		name := fmt.Sprintf("synthetic-%d", seed)
		ja, en := sample.Texts(damaged(sample.Generate(3000, seed), seed))
		c := goldenCase{name, filepath.Join(tmp, name+"-ja.txt"), filepath.Join(tmp, name+"-en.txt")}
		if err := os.WriteFile(c.ja, []byte(ja), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(c.en, []byte(en), 0o644); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	return cases
}

// damaged returns generated pairs with the defects translators make: lines
// missing on either side, a digit changed in either edition, a line
// doubled in English,
// misspelt words, doubled spaces, lost brackets, Japanese left in the
// English, broken characters.
func damaged(pairs []sample.Pair, seed int64) []sample.Pair {
	pairs, _ = sample.DropEN(pairs, 0.01, seed)
	var out []sample.Pair
	for i, p := range pairs {
		switch {
		case i%89 == 5:
			p.JA = ""
		case i%53 == 7:
			p.EN = bumpDigit(p.EN)
		case i%61 == 3:
			p.JA = bumpDigit(p.JA)
		case i%101 == 9:
			p.EN = misspell(p.EN)
		case i%103 == 11:
			p.EN = strings.Replace(p.EN, " ", "  ", 1)
		case i%107 == 13:
			p.EN = strings.Replace(p.EN, ")", "", 1)
		case i%109 == 15:
			p.EN += "（注）"
		case i%113 == 19:
			p.JA += "\uFFFD"
		case i%127 == 21:
			p.EN = strings.Replace(p.EN, "Japan", "Jpaan", 1)
		}
		out = append(out, p)
		if i%211 == 17 && p.EN != "" {
			out = append(out, sample.Pair{Kind: p.Kind, EN: p.EN})
		}
	}
	return out
}

// misspell swaps two letters inside the first word of seven letters or
// more.
func misspell(s string) string {
	for _, w := range strings.Fields(s) {
		if len(w) >= 7 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			i := strings.Index(s, w)
			return s[:i+2] + string(w[3]) + string(w[2]) + s[i+4:]
		}
	}
	return s
}

// bumpDigit changes the first ASCII or full-width digit of s.
func bumpDigit(s string) string {
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			return s[:i] + string('0'+(r-'0'+1)%10) + s[i+1:]
		case r >= '０' && r <= '９':
			return s[:i] + string('０'+(r-'０'+1)%10) + s[i+len(string(r)):]
		}
	}
	return s
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := goldenReport(t, c)
			path := filepath.Join("testdata", "golden", c.name+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s:\n%s", c.name, path, linediff.Lines(string(want), string(got), 5))
			}
		})
	}
}

// goldenReport is the alignment's fingerprint and the check command's
// output as JSON and text, in English and Japanese.
func goldenReport(t *testing.T, c goldenCase) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "alignment %s\n", alignmentPrint(t, c))
	for _, lang := range []language.Tag{language.English, language.Japanese} {
		for _, format := range []string{"json", "text"} {
			var out, errOut bytes.Buffer
			code := Main([]string{"check", "--format", format, "--ja", c.ja, "--en", c.en}, &out, &errOut, i18n.New(lang))
			fmt.Fprintf(&b, "== %s %s exit %d\n", lang, format, code)
			b.Write(out.Bytes())
			b.Write(errOut.Bytes())
		}
	}
	return b.Bytes()
}

// alignmentPrint hashes the imported units: kind and both texts of each.
func alignmentPrint(t *testing.T, c goldenCase) string {
	ja, err := importtext.ReadFile(c.ja)
	if err != nil {
		t.Fatal(err)
	}
	en, err := importtext.ReadFile(c.en)
	if err != nil {
		t.Fatal(err)
	}
	r, sum := importtext.Import(ja, en, glossary.Default())
	h := sha256.New()
	for _, u := range r.Units {
		fmt.Fprintf(h, "%v\x00%s\x00%s\x00", u.Kind, u.JA, u.EN)
	}
	return fmt.Sprintf("%x units %d only-ja %d only-en %d", h.Sum(nil)[:12], sum.Units, sum.OnlyJA, sum.OnlyEN)
}
