package xliff

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"taiyaku/app/internal/oracle"
	"taiyaku/app/problem"
	"taiyaku/app/release"
)

// schemaDir is where .ci/cat-schemas puts the OASIS schemas.
func schemaDir() string {
	if d := os.Getenv("TAIYAKU_XLIFF_SCHEMAS"); d != "" {
		return d
	}
	return filepath.Join(os.TempDir(), "taiyaku-xliff-schemas")
}

// writeBoth writes the test release in both versions into a temporary
// folder and returns the two paths.
func writeBoth(t *testing.T) map[Version]string {
	t.Helper()
	r := loadRelease(t)
	dir := t.TempDir()
	paths := map[Version]string{}
	for _, v := range []Version{V21, V12} {
		paths[v] = filepath.Join(dir, "release-"+string(v)+Extension)
		if err := WriteFile(paths[v], r, Options{Version: v, ApprovedEN: v == V12}); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// TestSchemas validates both versions with xmllint against the OASIS
// schemas (xliff-core-2.0.xsd serves 2.1, whose core is unchanged), offline.
func TestSchemas(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		oracle.Missing(t, "xmllint not installed (apt-get install libxml2-utils)")
	}
	dir := schemaDir()
	schemas := map[Version]string{V21: "xliff-core-2.0.xsd", V12: "xliff-core-1.2-strict.xsd"}
	if _, err := os.Stat(filepath.Join(dir, schemas[V12])); err != nil {
		oracle.Missingf(t, "XLIFF schemas not in %s: run .ci/cat-schemas", dir)
	}
	for v, path := range writeBoth(t) {
		out, err := exec.Command(xmllint, "--nonet", "--noout", "--schema", filepath.Join(dir, schemas[v]), path).CombinedOutput()
		if err != nil {
			t.Errorf("XLIFF %s does not validate: %v\n%s", v, err, out)
		}
	}
}

// TestTranslateToolkit reads our XLIFF 1.2 with translate-toolkit (which
// does not read 2.x) and counts the units and their texts.
func TestTranslateToolkit(t *testing.T) {
	py := oracle.Python(t, "translate.storage")
	path := writeBoth(t)[V12]
	script := `import sys
from translate.storage import factory
s = factory.getobject(sys.argv[1])
print(len(s.units))
for u in s.units:
    print(repr((u.source or "", u.target or "")))`
	out, err := exec.Command(py, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	r := loadRelease(t)
	if n, _ := strconv.Atoi(lines[0]); n != len(r.Units) {
		t.Fatalf("translate-toolkit reads %s units, want %d", lines[0], len(r.Units))
	}
	for i, u := range r.Units[:5] { // the rest hold characters Python prints escaped
		if !strings.Contains(lines[i+1], firstLine(u.JA)) || !strings.Contains(lines[i+1], firstLine(u.EN)) {
			t.Errorf("unit %d: translate-toolkit reads %s", i, lines[i+1])
		}
	}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.ReplaceAll(s, "\"", "")[:min(len(s), 6)]
}

// FuzzRead: no input makes the reader panic, hang or return both a
// release and an error; what it reads writes back and reads again the same.
// The seeds are small files (the fuzzer minimises every new input, which is
// slow for the 5 KB golden files) and a one-unit release in both versions.
func FuzzRead(f *testing.F) {
	for _, glob := range []string{"testdata/foreign/*.xlf", "testdata/bad/*.xlf"} {
		files, _ := filepath.Glob(glob)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil && len(data) < 2000 {
				f.Add(data)
			}
		}
	}
	small := &release.Release{}
	small.Append(release.Heading, "１．概要\n\u0007", "1. Overview")
	small.Review.Comments = []release.Comment{{ID: "c1", UnitID: "u1", Edition: release.EN, Author: "A", Text: "t",
		Replies: []release.Reply{{Author: "B", Text: "r"}}, Resolved: true}}
	for _, v := range []Version{V21, V12} {
		f.Add(Marshal(small, Options{Version: v, ApprovedEN: true}))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Read("f.xlf", bytes.NewReader(data))
		if (r == nil) == (err == nil) {
			t.Fatalf("release %v and error %v", r, err)
		}
		if r == nil {
			var p *problem.Error
			if !errors.As(err, &p) {
				t.Fatalf("not a problem: %v", err)
			}
			for k, v := range p.Data {
				if s, ok := v.(string); ok && k != "File" && strings.ContainsAny(s, "\n\r") {
					t.Fatalf("%s holds a line break: %q", k, s)
				}
			}
			return
		}
		for _, v := range []Version{V21, V12} {
			again, err := Read("g.xlf", bytes.NewReader(Marshal(r, Options{Version: v})))
			if err != nil {
				t.Fatalf("%s: our own output does not read back: %v", v, err)
			}
			if len(again.Units) != len(r.Units) || len(again.Review.Comments) != len(r.Review.Comments) {
				t.Fatalf("%s: %d units, %d comments; read %d, %d", v, len(again.Units),
					len(again.Review.Comments), len(r.Units), len(r.Review.Comments))
			}
			sameTexts(t, v, r, again)
		}
	})
}

// sameTexts compares the units' texts, except characters 1.2 cannot carry
// (U+FFFE and U+FFFF are not XML characters, and not code points <cp> may
// name in text either).
func sameTexts(t *testing.T, v Version, a, b *release.Release) {
	for i := range a.Units {
		x, y := a.Units[i], b.Units[i]
		if x.JA != y.JA || x.EN != y.EN || x.ID != y.ID && nmtoken(x.ID) == x.ID {
			t.Fatalf("%s: unit %d: %q %q %q, then %q %q %q", v, i, x.ID, x.JA, x.EN, y.ID, y.JA, y.EN)
		}
	}
}
