package approval

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/text/language"

	"taiyaku/app/check"
	"taiyaku/app/release"
	"taiyaku/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// t0 is the time the tests act at; step(n) is n minutes later.
var t0 = time.Date(2025, 1, 22, 1, 0, 0, 0, time.UTC)

func step(n int) time.Time { return t0.Add(time.Duration(n) * time.Minute) }

// load reads testdata/release.taiyaku: six units, no finding.
func load(t *testing.T) *release.Release {
	t.Helper()
	r, err := release.Load(filepath.Join("testdata", "release.taiyaku"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// approved is the test release with both editions approved.
func approved(t *testing.T) *release.Release {
	t.Helper()
	r := load(t)
	must(t, Approve(r, release.JA, "佐藤 花子", "広報室長", step(0)))
	must(t, Approve(r, release.EN, "Jane Smith", "Translator", step(1)))
	return r
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// saveLoad writes r to a file, lets edit change the file's bytes, and
// loads it again, as a person editing the file by hand would.
func saveLoad(t *testing.T, r *release.Release, edit func([]byte) []byte) *release.Release {
	t.Helper()
	path := filepath.Join(t.TempDir(), "r.taiyaku")
	must(t, release.Save(path, r))
	data, err := os.ReadFile(path)
	must(t, err)
	must(t, os.WriteFile(path, edit(data), 0o644))
	out, err := release.Load(path)
	must(t, err)
	return out
}

// editTrail round-trips r through JSON, letting edit change the trail's
// entries as generic JSON objects.
func editTrail(t *testing.T, r *release.Release, edit func(trail []any)) *release.Release {
	t.Helper()
	return saveLoad(t, r, func(data []byte) []byte {
		var doc map[string]any
		must(t, json.Unmarshal(data, &doc))
		trail := doc["trail"].([]any)
		edit(trail)
		doc["trail"] = trail
		out, err := json.Marshal(doc)
		must(t, err)
		return out
	})
}

// openFindings runs the checks and keeps the findings not ignored.
func openFindings(r *release.Release) []check.Finding {
	open, _ := check.Partition(check.Run(r, check.Options{}), r)
	return open
}

// kinds lists the kinds of the trail's events.
func kinds(r *release.Release) []string {
	var out []string
	for _, e := range r.Review.Trail {
		out = append(out, e.Kind)
	}
	return out
}

// The two UI languages.
var (
	en = language.English
	ja = language.Japanese
)

func tr(tag language.Tag) func(string, ...any) string { return i18n.New(tag).T }
