package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"taiyaku/app/release"
	"taiyaku/app/tmx"
)

// TestCATRealPairs runs every sample and real government pair of ../shared
// through the commands: import, export as XLIFF 2.1 and 1.2, import the
// XLIFF back (same ids and texts), and, when the tools are installed,
// validate with xmllint and count units with translate-toolkit.
func TestCATRealPairs(t *testing.T) {
	pairs, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "*", "*", "ja.txt"))
	if len(pairs) == 0 {
		t.Skip("../shared not beside the repository")
	}
	for _, ja := range pairs {
		name := filepath.Base(filepath.Dir(ja))
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			rel := filepath.Join(dir, "r.taiyaku")
			if code, _, stderr := run(t, "import", "--ja", ja, "--en", filepath.Join(filepath.Dir(ja), "en.txt"), "-o", rel); code != ExitOK {
				t.Fatal(stderr)
			}
			r, err := release.Load(rel)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range []string{"2.1", "1.2"} {
				xlf := exportXLIFF(t, rel, filepath.Join(dir, v), v)
				sameUnits(t, v, r, xlf)
				validate(t, v, xlf)
			}
			if code, _, stderr := run(t, "export", "--format", "tmx", rel); code != ExitOK {
				t.Fatal(stderr)
			}
			paired := 0
			for i := range r.Units {
				if tmx.Pairable(&r.Units[i]) {
					paired++
				}
			}
			countUnits(t, []string{filepath.Join(dir, "r.tmx"), filepath.Join(dir, "1.2", "r.xlf")}, []int{paired, len(r.Units)})
		})
	}
}

func exportXLIFF(t *testing.T, rel, dir, version string) string {
	t.Helper()
	if code, _, stderr := run(t, "export", "--format", "xliff", "--xliff-version", version, "-o", dir, rel); code != ExitOK {
		t.Fatal(stderr)
	}
	return filepath.Join(dir, "r.xlf")
}

// sameUnits imports xlf and compares ids, kinds and texts with r.
func sameUnits(t *testing.T, v string, r *release.Release, xlf string) {
	t.Helper()
	back := strings.TrimSuffix(xlf, ".xlf") + ".back.taiyaku"
	if code, _, stderr := run(t, "import", "--xliff", xlf, "-o", back); code != ExitOK {
		t.Fatal(stderr)
	}
	b, err := release.Load(back)
	if err != nil || len(b.Units) != len(r.Units) {
		t.Fatalf("%s: %v, %d units", v, err, len(b.Units))
	}
	for i, u := range r.Units {
		if w := b.Units[i]; w.ID != u.ID || w.Kind != u.Kind || w.JA != u.JA || w.EN != u.EN {
			t.Errorf("%s: unit %d: %+v, want %+v", v, i, w, u)
		}
	}
}

func validate(t *testing.T, v, xlf string) {
	t.Helper()
	dir := os.Getenv("TAIYAKU_XLIFF_SCHEMAS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "taiyaku-xliff-schemas")
	}
	xsd := filepath.Join(dir, map[string]string{"2.1": "xliff-core-2.0.xsd", "1.2": "xliff-core-1.2-strict.xsd"}[v])
	if _, err := exec.LookPath("xmllint"); err != nil {
		return // TestSchemas in app/xliff says why it skips
	}
	if _, err := os.Stat(xsd); err != nil {
		return
	}
	if out, err := exec.Command("xmllint", "--nonet", "--noout", "--schema", xsd, xlf).CombinedOutput(); err != nil {
		t.Errorf("XLIFF %s does not validate: %s", v, out)
	}
}

// countUnits has translate-toolkit, when installed, count the units of
// each file (one Python run for all: it is slow to start).
var haveToolkit = sync.OnceValue(func() bool {
	return exec.Command("/usr/bin/python3", "-c", "import translate.storage").Run() == nil
})

func countUnits(t *testing.T, files []string, want []int) {
	t.Helper()
	script := "import sys\nfrom translate.storage import factory\nfor f in sys.argv[1:]: print(len(factory.getobject(f).units))"
	if !haveToolkit() {
		return // the app/xliff and app/tmx tests say why they skip
	}
	out, err := exec.Command("/usr/bin/python3", append([]string{"-c", script}, files...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("translate-toolkit: %v\n%s", err, out)
	}
	got := strings.Fields(string(out))
	for i, f := range files {
		if i >= len(got) || got[i] != strconv.Itoa(want[i]) {
			t.Errorf("%s: translate-toolkit counts %v, want %d", filepath.Base(f), got, want[i])
		}
	}
}
