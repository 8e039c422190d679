package importtext

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"taiyaku/app/export"
	"taiyaku/app/problem"
	"taiyaku/app/release"
)

// A release published as our own HTML pages imports like the same release
// exported as text: every line comes back, the language link does not.
func TestReadFileWebPage(t *testing.T) {
	for _, c := range sampleCases {
		ja, en := loadSample(t, c)
		r, _ := Import(ja, en, nil)
		dir := t.TempDir()
		eds := []release.Edition{release.JA, release.EN}
		for _, f := range []export.Format{export.HTML, export.TXT} {
			if _, err := export.Write(dir, "R", r, eds, f, nil, nil); err != nil {
				t.Fatal(err)
			}
		}
		read := func(ed release.Edition, f export.Format) string {
			text, err := ReadFile(filepath.Join(dir, export.FileName("R", ed, f)))
			if err != nil {
				t.Fatal(err)
			}
			return text
		}
		fromHTML, _ := Import(read(release.JA, export.HTML), read(release.EN, export.HTML), nil)
		fromTXT, _ := Import(read(release.JA, export.TXT), read(release.EN, export.TXT), nil)
		if len(fromHTML.Units) != len(fromTXT.Units) {
			t.Fatalf("%s: %d units from HTML, %d from text", c, len(fromHTML.Units), len(fromTXT.Units))
		}
		for i, u := range fromHTML.Units {
			v := fromTXT.Units[i]
			if u.JA != v.JA || u.EN != v.EN || u.Kind != v.Kind {
				t.Errorf("%s unit %d: %q %q %s from HTML, %q %q %s from text", c, i+1, u.JA, u.EN, u.Kind, v.JA, v.EN, v.Kind)
			}
		}
	}
}

// A page over the limit is refused from its first bytes, naming the file.
func TestReadFileHugePage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("<!DOCTYPE html><html><body><p>本文</p>")
	f.Truncate(33 << 20) // sparse: no disk written
	f.Close()
	_, err = ReadFile(path)
	var p *problem.Error
	if !errors.As(err, &p) || p.ID != "ErrWebTooLarge" || p.Data["File"] != path {
		t.Fatalf("got %v", err)
	}
}

// Errors of a page name the file.
func TestReadFileBadPage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.html")
	if err := os.WriteFile(path, []byte("<html><body><nav>メニュー</nav></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path)
	var p *problem.Error
	if !errors.As(err, &p) || p.ID != "ErrWebEmpty" || p.Data["File"] != path {
		t.Fatalf("got %v", err)
	}
}
