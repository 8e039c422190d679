package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"taiyaku/app/problem"
)

func TestFingerprint(t *testing.T) {
	cases := []struct {
		name    string
		change  func(t *testing.T, path string)
		changed bool
	}{
		{"untouched", func(*testing.T, string) {}, false},
		{"rewritten with the same bytes", func(t *testing.T, p string) {
			mustWrite(t, p, "hello world")
		}, false},
		{"touched only", func(t *testing.T, p string) {
			later := time.Now().Add(time.Hour)
			if err := os.Chtimes(p, later, later); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"same size, other bytes, same time", func(t *testing.T, p string) {
			st, _ := os.Stat(p)
			mustWrite(t, p, "hello World")
			if err := os.Chtimes(p, st.ModTime(), st.ModTime()); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"longer", func(t *testing.T, p string) { mustWrite(t, p, "hello world!") }, true},
		{"emptied", func(t *testing.T, p string) { mustWrite(t, p, "") }, true},
		{"deleted", func(t *testing.T, p string) {
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"replaced by a save", func(t *testing.T, p string) {
			if err := WriteFileWithBackup(p, []byte("other"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "r.taiyaku")
			mustWrite(t, p, "hello world")
			fp, err := Stamp(p)
			if err != nil {
				t.Fatal(err)
			}
			if fp.Size != 11 || fp.ModTime.IsZero() || fp.IsZero() || !fp.Same(fp) {
				t.Fatalf("fingerprint %+v", fp)
			}
			c.change(t, p)
			got, err := Changed(p, fp)
			if err != nil || got != c.changed {
				t.Fatalf("Changed = %v, %v; want %v", got, err, c.changed)
			}
		})
	}
}

func TestFingerprintNeverSaved(t *testing.T) {
	p := filepath.Join(t.TempDir(), "new.taiyaku")
	if ch, err := Changed(p, Fingerprint{}); ch || err != nil {
		t.Fatalf("absent file, zero fingerprint: %v, %v", ch, err)
	}
	mustWrite(t, p, "")
	if ch, err := Changed(p, Fingerprint{}); !ch || err != nil {
		t.Fatalf("file appeared (empty), zero fingerprint: %v, %v", ch, err)
	}
	_, err := Stamp(filepath.Join(t.TempDir(), "none"))
	var pe *problem.Error
	if !errors.Is(err, fs.ErrNotExist) || !errors.As(err, &pe) || pe.ID != "ErrRead" {
		t.Fatalf("Stamp of a missing file: %v", err)
	}
}

func mustWrite(t *testing.T, p, content string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
