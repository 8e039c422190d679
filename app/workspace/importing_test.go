package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"taiyaku/app/problem"
	"taiyaku/app/sample"
)

// The editions are read at once, but the error reported is the one the
// user would meet reading them in order: the Japanese file's first.
func TestReadEditionsErrorOrder(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("本文\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missingJA, missingEN := filepath.Join(dir, "ja.txt"), filepath.Join(dir, "en.txt")
	cases := []struct {
		name, ja, en, wantFile string
	}{
		{"both missing", missingJA, missingEN, missingJA},
		{"English missing", good, missingEN, missingEN},
		{"Japanese missing", missingJA, good, missingJA},
		{"both read", good, good, ""},
	}
	for _, c := range cases {
		ja, en, err := readEditions(c.ja, c.en)
		var p *problem.Error
		switch {
		case c.wantFile == "" && (err != nil || ja != "本文\n" || en != "本文\n"):
			t.Errorf("%s: %q, %q, %v", c.name, ja, en, err)
		case c.wantFile != "" && (!errors.As(err, &p) || p.Data["File"] != c.wantFile):
			t.Errorf("%s: error %v, want one naming %s", c.name, err, c.wantFile)
		}
	}
}

// BenchmarkReadEditions10k reads and decodes both editions of 10,000
// synthetic pairs (5.8 MB), each on its own core.
func BenchmarkReadEditions10k(b *testing.B) {
	dir := b.TempDir()
	ja, en := sample.Texts(sample.Generate(10000, 1))
	jaPath, enPath := filepath.Join(dir, "ja.txt"), filepath.Join(dir, "en.txt")
	if os.WriteFile(jaPath, []byte(ja), 0o644) != nil || os.WriteFile(enPath, []byte(en), 0o644) != nil {
		b.Fatal("cannot write the pair")
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := readEditions(jaPath, enPath); err != nil {
			b.Fatal(err)
		}
	}
}
