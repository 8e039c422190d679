package storage

import (
	"os"
	"path/filepath"
	"testing"
)

// A save through a symbolic link changes the file it points to; the link
// stays a link, and the backup stands beside the real file.
func TestWriteFollowsSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "r.taiyaku")
	if err := os.Mkdir(filepath.Dir(real), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.taiyaku")
	if err := os.Symlink(filepath.Join("real", "r.taiyaku"), link); err != nil {
		t.Fatal(err)
	}
	for _, write := range []func(string, []byte, os.FileMode) error{WriteFile, WriteFileWithBackup} {
		if err := write(link, []byte("new"), 0o644); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("the link was replaced: %v %v", fi.Mode(), err)
		}
		if got, _ := os.ReadFile(real); string(got) != "new" {
			t.Fatalf("target holds %q", got)
		}
		_ = os.WriteFile(real, []byte("old"), 0o644)
	}
	if got, err := os.ReadFile(BackupPath(real)); err != nil || string(got) != "old" {
		t.Fatalf("backup beside the target: %q %v", got, err)
	}
}

// A link to a file that does not exist yet creates the file it names.
func TestWriteThroughDanglingLink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "link")
	if err := os.Symlink("new.taiyaku", link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "new.taiyaku")); string(got) != "x" {
		t.Fatalf("target holds %q", got)
	}
}

// A private release stays private, and so does its backup.
func TestWriteKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.taiyaku")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, 0o600); err != nil {
		t.Fatal(err)
	}
	// A stale backup made readable by others must not stay so.
	if err := os.WriteFile(BackupPath(p), []byte("older"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileWithBackup(p, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{p, BackupPath(p)} {
		fi, err := os.Stat(f)
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Fatalf("%s: mode %v, %v; want 0600", f, fi.Mode().Perm(), err)
		}
	}
}

// A loop of links ends instead of spinning.
func TestTargetLinkLoop(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	_ = os.Symlink(b, a)
	_ = os.Symlink(a, b)
	_ = Target(a)
}
