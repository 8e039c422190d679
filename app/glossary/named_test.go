package glossary

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"taiyaku/app/problem"
)

// A glossary named by a release is read only when it is a regular file of
// bounded size inside the release's folder; every refusal is immediate and
// echoes nothing of what the file holds.
func TestLoadNamedRefuses(t *testing.T) {
	dir := t.TempDir()
	rel := filepath.Join(dir, "r.taiyaku")
	must(t, os.WriteFile(filepath.Join(dir, "ok.toml"), []byte("[terms]\n\"経済産業省\" = [\"METI\"]\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "secret.toml"), []byte("SECRET_TOKEN = \"x\"\n"), 0o644))
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo.toml"), 0o644))
	must(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	big, err := os.Create(filepath.Join(dir, "big.toml"))
	must(t, err)
	must(t, big.Truncate(1<<30)) // a sparse 1 GB file
	big.Close()
	outside := filepath.Join(t.TempDir(), "x.toml")
	must(t, os.WriteFile(outside, []byte("[terms]\n"), 0o644))
	must(t, os.Symlink(outside, filepath.Join(dir, "link.toml")))

	if _, err := LoadNamed(rel, "ok.toml"); err != nil {
		t.Fatalf("a sound glossary was refused: %v", err)
	}
	cases := []struct{ name, id string }{
		{"/dev/zero", "ErrGlossaryOutside"},
		{"../../proc/self/environ", "ErrGlossaryOutside"},
		{outside, "ErrGlossaryOutside"},
		{"link.toml", "ErrGlossaryOutside"},
		{"fifo.toml", "ErrGlossaryNotFile"},
		{"sub", "ErrGlossaryNotFile"},
		{"big.toml", "ErrGlossaryTooLarge"},
		{"none.toml", "ErrRead"},
		{"secret.toml", "ErrGlossaryEntry"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			_, err := LoadNamed(rel, c.name)
			var p *problem.Error
			if !errors.As(err, &p) || p.ID != c.id {
				t.Fatalf("got %v, want %s", err, c.id)
			}
			if strings.Contains(err.Error(), "SECRET") || time.Since(start) > time.Second {
				t.Fatalf("echoed content or took %v: %v", time.Since(start), err)
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
