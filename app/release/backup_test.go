package release

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"taiyaku/app/problem"
)

func smallRelease(text string) *Release {
	r := &Release{}
	r.Append(Title, "表題 "+text, "Title "+text)
	return r
}

// loadTitle returns the English title of the release at path.
func loadTitle(t *testing.T, path string) string {
	t.Helper()
	r, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return r.Units[0].EN
}

func TestSaveKeepsBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.taiyaku")
	bak := path + ".bak"
	steps := []struct {
		save, wantFile, wantBak string // wantBak "" means no backup
	}{
		{"one", "Title one", ""},
		{"two", "Title two", "Title one"},
		{"two", "Title two", "Title one"}, // saving unchanged keeps the older backup
		{"three", "Title three", "Title two"},
	}
	for i, s := range steps {
		if err := Save(path, smallRelease(s.save)); err != nil {
			t.Fatalf("save %d: %v", i+1, err)
		}
		if got := loadTitle(t, path); got != s.wantFile {
			t.Fatalf("save %d: file holds %q, want %q", i+1, got, s.wantFile)
		}
		_, err := os.Stat(bak)
		switch {
		case s.wantBak == "" && err == nil:
			t.Fatalf("save %d: backup made of nothing", i+1)
		case s.wantBak != "" && loadTitle(t, bak) != s.wantBak:
			t.Fatalf("save %d: backup holds %q, want %q", i+1, loadTitle(t, bak), s.wantBak)
		}
	}
}

func TestSaveFailures(t *testing.T) {
	cases := []struct {
		name  string
		setup func(t *testing.T, path string)
		id    string
		keep  bool // the first version must still be there
	}{
		{"backup cannot be written", func(t *testing.T, path string) {
			// A non-empty folder where the backup goes.
			if err := os.MkdirAll(filepath.Join(path+".bak", "x"), 0o755); err != nil {
				t.Fatal(err)
			}
		}, "ErrBackup", true},
		{"folder gone", func(t *testing.T, path string) {
			if err := os.RemoveAll(filepath.Dir(path)); err != nil {
				t.Fatal(err)
			}
		}, "ErrWrite", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "d")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "r.taiyaku")
			if err := Save(path, smallRelease("one")); err != nil {
				t.Fatal(err)
			}
			c.setup(t, path)
			err := Save(path, smallRelease("two"))
			var p *problem.Error
			if !errors.As(err, &p) || p.ID != c.id || p.Data["File"] != path {
				t.Fatalf("got %v, want %s naming %s", err, c.id, path)
			}
			if !c.keep {
				return
			}
			if got := loadTitle(t, path); got != "Title one" {
				t.Fatalf("file changed by a failed save: %q", got)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 2 {
				t.Fatalf("temporary files left behind: %v", entries)
			}
		})
	}
}

// BenchmarkSaveChanged10k saves a 10,000-unit release that changed since
// the last save, so every save also writes the backup (the 200 ms budget).
func BenchmarkSaveChanged10k(b *testing.B) {
	r := bigRelease(10000)
	path := filepath.Join(b.TempDir(), "r.taiyaku")
	for b.Loop() {
		r.Units[0].EN += "x"
		if err := Save(path, r); err != nil {
			b.Fatal(err)
		}
	}
}
