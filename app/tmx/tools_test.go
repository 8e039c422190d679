package tmx

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"taiyaku/app/internal/oracle"
)

// TestTranslateToolkit has translate-toolkit read our memory, with full and
// with bare language codes, and count the units and their languages.
func TestTranslateToolkit(t *testing.T) {
	py := oracle.Python(t, "translate.storage.tmx")
	r := loadRelease(t)
	want := 0
	for i := range r.Units {
		if Pairable(&r.Units[i]) {
			want++
		}
	}
	script := `import sys
from translate.storage import tmx
s = tmx.tmxfile(open(sys.argv[1], "rb"), sys.argv[2], sys.argv[3])
units = [u for u in s.units if u.source and u.target]
print(len(units))`
	for _, langs := range [][2]string{{"ja-JP", "en-US"}, {"ja", "en"}} {
		path := filepath.Join(t.TempDir(), "r.tmx")
		if err := WriteFile(path, r, Options{LangJA: langs[0], LangEN: langs[1], Now: now}); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(py, "-c", script, path, langs[0], langs[1]).CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if got := strings.TrimSpace(string(out)); got != strconv.Itoa(want) {
			t.Errorf("%v: translate-toolkit reads %s units with both texts, want %d", langs, got, want)
		}
	}
}
