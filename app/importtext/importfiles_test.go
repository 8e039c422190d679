package importtext

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"taiyaku/app/glossary"
	"taiyaku/app/problem"
	"taiyaku/app/sample"
)

// The editions are read at once, but the error reported is the one the
// user would meet reading them in order: the Japanese file's first.
func TestImportFilesErrorOrder(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("本文\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missingJA, missingEN := filepath.Join(dir, "ja.txt"), filepath.Join(dir, "en.txt")
	for _, c := range []struct {
		name, ja, en, wantFile string
	}{
		{"both missing", missingJA, missingEN, missingJA},
		{"English missing", good, missingEN, missingEN},
		{"Japanese missing", missingJA, good, missingJA},
		{"both read", good, good, ""},
	} {
		r, _, _, err := ImportFiles(c.ja, c.en, nil, true)
		var p *problem.Error
		switch {
		case c.wantFile == "" && (err != nil || len(r.Units) != 1 || r.Units[0].JA != "本文" || r.Units[0].EN != "本文"):
			t.Errorf("%s: %+v, %v", c.name, r, err)
		case c.wantFile != "" && (!errors.As(err, &p) || p.Data["File"] != c.wantFile || r != nil):
			t.Errorf("%s: error %v, want one naming %s", c.name, err, c.wantFile)
		}
	}
}

// ImportFiles gives what ImportHanded gives for the texts ReadFile reads.
func TestImportFilesAsImportHanded(t *testing.T) {
	dir := t.TempDir()
	ja, en := sample.Texts(sample.Generate(300, 4))
	jaPath, enPath := filepath.Join(dir, "ja.txt"), filepath.Join(dir, "en.txt")
	if os.WriteFile(jaPath, []byte(ja), 0o644) != nil || os.WriteFile(enPath, []byte(en), 0o644) != nil {
		t.Fatal("cannot write the pair")
	}
	g := glossary.Default()
	r, sum, h, err := ImportFiles(jaPath, enPath, g, true)
	if err != nil {
		t.Fatal(err)
	}
	wantR, wantSum, wantH := ImportHanded(ja, en, g)
	if !reflect.DeepEqual(r.Units, wantR.Units) || sum != wantSum || len(h.JA) != len(wantH.JA) || len(h.EN) != len(wantH.EN) {
		t.Fatalf("ImportFiles %+v, ImportHanded %+v", sum, wantSum)
	}
}
