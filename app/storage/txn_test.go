package storage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// txnFixture prepares a transaction of two files whose earlier versions
// exist, stopped after the step named by stop.
func txnFixture(t *testing.T, stop string) (dir, journal string, finals []string) {
	t.Helper()
	dir = t.TempDir()
	journal = filepath.Join(dir, "r.taiyaku.export")
	finals = []string{filepath.Join(dir, "r.ja.html"), filepath.Join(dir, "r.en.html")}
	for _, f := range finals {
		if err := os.WriteFile(f, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tx, err := Begin(journal, finals)
	if err != nil {
		t.Fatal(err)
	}
	if stop == "begin" {
		return
	}
	for i := range finals {
		if err := tx.Add(i, []byte("new"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if stop == "add" {
		return
	}
	if err := tx.Prepare("mark-1"); err != nil {
		t.Fatal(err)
	}
	if stop == "prepare" {
		return
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return
}

// Wherever a run stops, the next run's Recover leaves the outputs all old
// or all new, new exactly when the record was saved, and no temporary file.
func TestTxnRecover(t *testing.T) {
	cases := []struct {
		stop  string
		saved bool
		want  string
	}{
		{"begin", false, "old"},
		{"add", false, "old"},
		{"prepare", false, "old"},
		{"prepare", true, "new"},
		{"commit", true, "new"},
	}
	for _, c := range cases {
		t.Run(c.stop, func(t *testing.T) {
			dir, journal, finals := txnFixture(t, c.stop)
			err := Recover(journal, func(mark string) bool { return c.saved && mark == "mark-1" })
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range finals {
				if got, _ := os.ReadFile(f); string(got) != c.want {
					t.Fatalf("%s holds %q, want %q", f, got, c.want)
				}
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.Contains(e.Name(), ".txn-") || strings.HasSuffix(e.Name(), ".export") {
					t.Fatalf("left behind: %s", e.Name())
				}
			}
		})
	}
}

// Abort removes whatever was written.
func TestTxnAbort(t *testing.T) {
	dir := t.TempDir()
	tx, err := Begin(filepath.Join(dir, "j"), []string{filepath.Join(dir, "a")})
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Add(0, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tx.Abort()
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("left behind: %v", entries)
	}
}

// A journal that cannot be written (read-only folder) stops the
// transaction before anything is written.
func TestTxnReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into read-only folders")
	}
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	if _, err := Begin(filepath.Join(ro, "j"), []string{filepath.Join(dir, "a")}); err == nil {
		t.Fatal("began in a read-only folder")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("written: %v", entries)
	}
}

// The same refusal, made by fault injection so it also runs as root (CI),
// which writes into read-only folders.
func TestTxnJournalRefused(t *testing.T) {
	dir := t.TempDir()
	journal := filepath.Join(dir, "j")
	fault = func(op, p string) error {
		if p == journal {
			return os.ErrPermission
		}
		return nil
	}
	t.Cleanup(func() { fault = nil })
	if _, err := Begin(journal, []string{filepath.Join(dir, "a")}); err == nil {
		t.Fatal("began without a journal")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("written: %v", entries)
	}
}
