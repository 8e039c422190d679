package storage

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"taiyaku/app/problem"
)

// state is what a folder holds: file name → contents.
type state map[string]string

func readState(t *testing.T, dir string) state {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := state{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		s[e.Name()] = string(b)
	}
	return s
}

func (s state) String() string {
	var parts []string
	for k, v := range s {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, " ") + "}"
}

func TestWriteFileWithBackup(t *testing.T) {
	const f, b = "r.taiyaku", "r.taiyaku.bak"
	boom := errors.New("injected")
	cases := []struct {
		name    string
		before  state
		write   []string // successive saves; the last one meets the fault
		faultOp string   // "write" or "rename" …
		faultOn string   // … of this file
		wantErr string   // problem id of the last save's error
		want    state
	}{
		{name: "first save makes no backup", write: []string{"v1"}, want: state{f: "v1"}},
		{name: "second save keeps the first", write: []string{"v1", "v2"}, want: state{f: "v2", b: "v1"}},
		{name: "third save keeps the second", write: []string{"v1", "v2", "v3"}, want: state{f: "v3", b: "v2"}},
		{name: "same bytes keep the backup", write: []string{"v1", "v2", "v2"}, want: state{f: "v2", b: "v1"}},
		{name: "existing file, no backup yet", before: state{f: "v0"}, write: []string{"v1"}, want: state{f: "v1", b: "v0"}},

		{name: "writing the new data fails", before: state{f: "v1", b: "v0"}, write: []string{"v2"},
			faultOp: "write", faultOn: f, wantErr: "ErrWrite", want: state{f: "v1", b: "v0"}},
		{name: "writing the backup fails", before: state{f: "v1", b: "v0"}, write: []string{"v2"},
			faultOp: "write", faultOn: b, wantErr: "ErrBackup", want: state{f: "v1", b: "v0"}},
		{name: "renaming the backup fails", before: state{f: "v1", b: "v0"}, write: []string{"v2"},
			faultOp: "rename", faultOn: b, wantErr: "ErrBackup", want: state{f: "v1", b: "v0"}},
		{name: "renaming the new file fails", before: state{f: "v1", b: "v0"}, write: []string{"v2"},
			faultOp: "rename", faultOn: f, wantErr: "ErrWrite", want: state{f: "v1", b: "v0"}},
		{name: "renaming the new file fails, no backup before", before: state{f: "v1"}, write: []string{"v2"},
			faultOp: "rename", faultOn: f, wantErr: "ErrWrite", want: state{f: "v1"}},
		{name: "first save fails", write: []string{"v1"},
			faultOp: "write", faultOn: f, wantErr: "ErrWrite", want: state{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range c.before {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join(dir, f)
			var err error
			for i, content := range c.write {
				if i == len(c.write)-1 && c.faultOp != "" {
					target := filepath.Join(dir, c.faultOn)
					fault = func(op, p string) error {
						if op == c.faultOp && p == target {
							return boom
						}
						return nil
					}
					t.Cleanup(func() { fault = nil })
				}
				err = WriteFileWithBackup(path, []byte(content), 0o644)
			}
			if c.wantErr == "" && err != nil {
				t.Fatal(err)
			}
			if c.wantErr != "" {
				var p *problem.Error
				if !errors.As(err, &p) || p.ID != c.wantErr || p.Data["File"] != path || !errors.Is(err, boom) {
					t.Fatalf("error %v, want %s about %s caused by the fault", err, c.wantErr, path)
				}
			}
			// Also no temporary file is left behind.
			if got := readState(t, dir); got.String() != c.want.String() {
				t.Fatalf("folder holds %v, want %v", got, c.want)
			}
		})
	}
}

func TestWriteFileWithBackupUnreadable(t *testing.T) {
	// A folder where the file should be cannot be backed up: nothing changes.
	dir := t.TempDir()
	path := filepath.Join(dir, "r.taiyaku")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	err := WriteFileWithBackup(path, []byte("new"), 0o644)
	var p *problem.Error
	if !errors.As(err, &p) || (p.ID != "ErrBackup" && p.ID != "ErrWrite") {
		t.Fatalf("got %v", err)
	}
	if st, err := os.Stat(path); err != nil || !st.IsDir() {
		t.Fatalf("folder replaced: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("files left behind: %v", entries)
	}
}

// The conditional write replaces only the version that was read.
func TestWriteFileWithBackupIf(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.taiyaku")
	if err := WriteFileWithBackupIf(p, []byte("v1"), 0o644, Fingerprint{}); err != nil {
		t.Fatalf("new file: %v", err)
	}
	read, err := Stamp(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteFileWithBackupIf(p, []byte("v1"), 0o644, Fingerprint{}); err == nil {
		t.Fatal("wrote over a file expected not to exist")
	}
	if err := os.WriteFile(p, []byte("someone else"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = WriteFileWithBackupIf(p, []byte("v2"), 0o644, read)
	var pe *problem.Error
	if !errors.As(err, &pe) || pe.ID != "ErrChangedOnDisk" {
		t.Fatalf("got %v, want ErrChangedOnDisk", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "someone else" {
		t.Fatalf("the other writer's version was replaced: %q", got)
	}
	now, _ := Stamp(p)
	if err := WriteFileWithBackupIf(p, []byte("v2"), 0o644, now); err != nil {
		t.Fatal(err)
	}
}
