package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"taiyaku/app/check"
	"taiyaku/app/cli"
	"taiyaku/app/release"
	"taiyaku/app/workspace"
	"taiyaku/i18n"
)

// parityGlossary is a release's own glossary, with terms whose rendering
// no English edition uses: the window must report them as the command
// line does, which it cannot with the starter glossary.
const parityGlossary = `[terms]
"日本" = ["Zq-parity-rendering"]
"総理" = ["Zq-parity-rendering"]
"大臣" = ["Zq-parity-rendering"]
"外務省" = ["Zq-parity-rendering"]
`

// parityPairs are the checker's samples and the twelve real pairs (copied
// from ../shared/real-pairs, which is read-only).
func parityPairs(t *testing.T) []string {
	var dirs []string
	for _, glob := range []string{"../check/testdata/samples/*", "testdata/real-pairs/*"} {
		m, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, m...)
	}
	if len(dirs) < 15 {
		t.Fatalf("found %d pairs, want the 3 samples and 12 real pairs", len(dirs))
	}
	return dirs
}

// TestWindowAndCheckCommandAgree: for the same release file, `taiyaku
// check` and the window report the same open findings, with the
// release's own glossary and the user's ignored finding left out by both.
func TestWindowAndCheckCommandAgree(t *testing.T) {
	terms := 0
	for _, dir := range parityPairs(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			path := parityRelease(t, dir)
			cmd := checkCommandFindings(t, path)
			w := newTestWindow(t, Config{Path: path})
			if w.doc.Path() != path {
				t.Fatalf("the window opened %q", w.doc.Path())
			}
			var win []string
			for _, f := range w.open {
				win = append(win, fmt.Sprintf("%s|%d|%s|%s", f.Check, f.Unit+1, f.Side, f.Render(w.tr.T)))
				if f.Check == check.TermMismatch {
					terms++
				}
			}
			slices.Sort(cmd)
			slices.Sort(win)
			if !slices.Equal(cmd, win) {
				t.Fatalf("check reports\n  %s\nthe window\n  %s", strings.Join(cmd, "\n  "), strings.Join(win, "\n  "))
			}
		})
	}
	if terms == 0 {
		t.Fatal("no finding of the release's own glossary: the comparison does not cover the glossary")
	}
}

// parityRelease imports a pair, names a glossary of its own, ignores its
// first finding and saves it as a release file.
func parityRelease(t *testing.T, dir string) string {
	t.Helper()
	r, _, err := workspace.Import(filepath.Join(dir, "ja.txt"), filepath.Join(dir, "en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "terms.toml"), []byte(parityGlossary), 0o644); err != nil {
		t.Fatal(err)
	}
	r.Meta.Glossary = "terms.toml"
	path := filepath.Join(out, "R"+release.Extension)
	ws := &workspace.Workspace{Path: path, Release: r}
	if err := ws.UseGlossary(""); err != nil {
		t.Fatal(err)
	}
	if open, _ := ws.Findings(); len(open) > 0 {
		r.Ignored = append(r.Ignored, check.IgnoreRecord(r, open[0], "checked", "tester", "2025-01-22T00:00:00Z"))
	}
	if err := release.Save(path, r); err != nil {
		t.Fatal(err)
	}
	return path
}

// checkCommandFindings runs `taiyaku check --format json` in English.
func checkCommandFindings(t *testing.T, path string) []string {
	t.Helper()
	var out, errOut bytes.Buffer
	code := cli.Main([]string{"check", "--format", "json", path}, &out, &errOut, i18n.New(language.English))
	if code != cli.ExitOK && code != cli.ExitFindings {
		t.Fatalf("check exited %d: %s", code, errOut.String())
	}
	var rep struct {
		Findings []struct {
			Check, Side, Message string
			Unit                 int
		}
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, f := range rep.Findings {
		lines = append(lines, fmt.Sprintf("%s|%d|%s|%s", f.Check, f.Unit, f.Side, f.Message))
	}
	return lines
}
