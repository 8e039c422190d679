package cli

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
		ja, en := sample.Texts(sample.Damaged(sample.Generate(3000, seed), seed))
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
