package storage

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"taiyaku/app/problem"
)

func TestCheckOverwrite(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	dir := t.TempDir()
	source := filepath.Join(dir, "press.ja.txt") // an input, later an export's name
	mine := filepath.Join(dir, "press.en.txt")
	fresh := filepath.Join(dir, "press.ja.html")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(source, []byte("原文"), 0o644))
	must(os.WriteFile(mine, []byte("v1"), 0o644))
	RecordWritten(map[string][]byte{mine: []byte("v1")})
	id := func(err error) string {
		var p *problem.Error
		if errors.As(err, &p) {
			return p.ID
		}
		return ""
	}
	cases := []struct {
		name   string
		paths  []string
		inputs []string
		force  bool
		want   string
	}{
		{"a new file", []string{fresh}, nil, false, ""},
		{"a file Taiyaku wrote", []string{mine}, nil, false, ""},
		{"someone else's file", []string{source}, nil, false, "ErrWouldOverwrite"},
		{"someone else's file, forced", []string{source}, nil, true, ""},
		{"an input", []string{source}, []string{source}, true, "ErrOverwriteInput"},
	}
	for _, c := range cases {
		if got := id(CheckOverwrite(c.paths, c.inputs, c.force)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	must(os.WriteFile(mine, []byte("edited by hand"), 0o644))
	if got := id(CheckOverwrite([]string{mine}, nil, false)); got != "ErrWouldOverwrite" {
		t.Errorf("a file edited since it was exported: got %q", got)
	}
}
