package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"taiyaku/app/check"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
)

var now = time.Date(2025, 1, 22, 10, 0, 0, 0, time.UTC)

// tr renders message ids as themselves, so tests need no locale.
func tr(id string, kv ...any) string { return id }

// saved imports the flawed sample pair, lets change adjust it, and saves it
// in a fresh folder.
func saved(t *testing.T, change func(r *release.Release, dir string)) string {
	t.Helper()
	r, sum, err := Import("testdata/ja.txt", "testdata/en.txt")
	if err != nil {
		t.Fatal(err)
	}
	RecordImport(r, "testdata/ja.txt", "testdata/en.txt", sum, User{Name: "Tanaka"}, now)
	dir := t.TempDir()
	if change != nil {
		change(r, dir)
	}
	path := filepath.Join(dir, "R"+release.Extension)
	if err := release.Save(path, r); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenFingerprintsTheBytesItRead(t *testing.T) {
	path := saved(t, nil)
	ws, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if changed, err := storage.Changed(path, ws.Disk); err != nil || changed {
		t.Fatalf("the file counts as changed right after opening: %v, %v", changed, err)
	}
	if len(ws.Release.Review.Trail) != 1 || ws.Release.Review.Trail[0].Kind != "import" {
		t.Fatalf("trail %+v", ws.Release.Review.Trail)
	}
}

func TestGlossaryOfTheRelease(t *testing.T) {
	cases := []struct {
		name     string
		glossary string // file content; "" names none
		override string
		wantTerm bool
		wantErr  bool
	}{
		{name: "starter glossary", wantTerm: false},
		{name: "the release's own, beside it", glossary: `[terms]` + "\n" + `"総務省" = ["Zq-never"]` + "\n", wantTerm: true},
		{name: "a broken glossary is an error", glossary: "[terms\n", wantErr: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := saved(t, func(r *release.Release, dir string) {
				if c.glossary == "" {
					return
				}
				r.Meta.Glossary = "g.toml"
				if err := os.WriteFile(filepath.Join(dir, "g.toml"), []byte(c.glossary), 0o644); err != nil {
					t.Fatal(err)
				}
			})
			ws, err := Open(path)
			if c.wantErr {
				if err == nil {
					t.Fatal("opened with a broken glossary")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			open, _ := ws.Findings()
			if got := has(open, check.TermMismatch); got != c.wantTerm {
				t.Fatalf("term finding %v, want %v: %v", got, c.wantTerm, open)
			}
		})
	}
}

func TestFindingsLeaveOutIgnored(t *testing.T) {
	var first check.Finding
	path := saved(t, func(r *release.Release, _ string) {
		open, _ := New(r).Findings()
		first = open[0]
		r.Ignored = append(r.Ignored, check.IgnoreRecord(r, first, "checked", "Tanaka", "2025-01-22T00:00:00Z"))
	})
	ws, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	open, ignored := ws.Findings()
	if len(ignored) != 1 || ignored[0].Check != first.Check || ignored[0].Unit != first.Unit {
		t.Fatalf("ignored %+v, want %+v", ignored, first)
	}
	for _, f := range open {
		if f.Check == first.Check && f.Unit == first.Unit && f.Side == first.Side {
			t.Fatal("an ignored finding is still open")
		}
	}
	if st := ws.Status(); st.OpenErrors != check.Count(open)[check.Error] || st.Blockers.OK() {
		t.Fatalf("status %+v", st)
	}
}

func TestApproveAndWithdraw(t *testing.T) {
	ws, err := Open(saved(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	if err := Approve(ws.Release, release.EN, User{Name: "Sato", Role: "Press officer"}, now); err != nil {
		t.Fatal(err)
	}
	if err := Withdraw(ws.Release, release.EN, "", User{Name: "Sato"}, now); err == nil {
		t.Fatal("withdrawn without a reason")
	}
	if err := Withdraw(ws.Release, release.EN, "asked to", User{Name: "Sato"}, now); err != nil {
		t.Fatal(err)
	}
	if err := ws.Save(); err != nil {
		t.Fatal(err)
	}
	again, err := Open(ws.Path)
	if err != nil || len(again.Release.Review.Trail) != 3 {
		t.Fatalf("trail after reopening: %v, %v", again.Release.Review.Trail, err)
	}
}

func TestFinalExport(t *testing.T) {
	cases := []struct {
		name      string
		override  string
		dir       func(t *testing.T) string
		wantErr   string // problem id, or "any"
		wantFiles int
		wantTrail []string // kinds added to the trail
	}{
		{name: "gate closed, no reason", dir: tempDir, wantErr: "ErrFinalBlocked"},
		{name: "gate closed, overridden", override: "urgent", dir: tempDir, wantFiles: 3, wantTrail: []string{"override", "export"}},
		{name: "folder cannot be written", override: "urgent", dir: unwritable, wantErr: "any"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ws, err := Open(saved(t, nil))
			if err != nil {
				t.Fatal(err)
			}
			before := len(ws.Release.Review.Trail)
			dir := c.dir(t)
			written, err := ws.Export(Export{Dir: dir, Base: BaseName(ws.Path), Editions: []release.Edition{release.JA, release.EN},
				Format: "txt", Final: true, Override: c.override, User: User{Name: "Sato"}, Now: now, T: tr})
			var p *problem.Error
			switch {
			case c.wantErr == "any" && err == nil, c.wantErr != "any" && c.wantErr != "" && (!errors.As(err, &p) || p.ID != c.wantErr):
				t.Fatalf("err %v, want %s", err, c.wantErr)
			case c.wantErr == "" && err != nil:
				t.Fatal(err)
			}
			if len(written) != c.wantFiles && c.wantErr == "" {
				t.Fatalf("wrote %v", written)
			}
			reopened, err := Open(ws.Path)
			if err != nil {
				t.Fatal(err)
			}
			var added []string
			for _, e := range reopened.Release.Review.Trail[before:] {
				added = append(added, e.Kind)
			}
			if strings.Join(added, ",") != strings.Join(c.wantTrail, ",") {
				t.Fatalf("trail gained %v, want %v", added, c.wantTrail)
			}
			if c.wantFiles > 0 {
				report, err := os.ReadFile(filepath.Join(dir, "R.report.txt"))
				if err != nil || !strings.Contains(string(report), "urgent") {
					t.Fatalf("the report does not show the override: %v\n%s", err, report)
				}
			}
		})
	}
}

func TestWhoFallsBackToTheSystemUser(t *testing.T) {
	if u := Who("  Sato ", " Press officer "); u.Name != "Sato" || u.Role != "Press officer" {
		t.Fatalf("%+v", u)
	}
	t.Setenv("USER", "fallback")
	if u := Who("", ""); u.Name == "" {
		t.Fatal("no name for an unnamed user")
	}
}

func TestBaseName(t *testing.T) {
	for in, want := range map[string]string{"": "release", "/a/press.taiyaku": "press", "x.y.taiyaku": "x.y"} {
		if got := BaseName(in); got != want {
			t.Errorf("BaseName(%q) = %q, want %q", in, got, want)
		}
	}
}

func tempDir(t *testing.T) string { return t.TempDir() }

// unwritable is a folder path under a regular file: nothing can be
// created there, whoever runs the test.
func unwritable(t *testing.T) string {
	f := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(f, "out")
}

func has(fs []check.Finding, id string) bool {
	for _, f := range fs {
		if f.Check == id {
			return true
		}
	}
	return false
}
