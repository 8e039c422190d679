package approval

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"

	"taiyaku/app/check"
	"taiyaku/app/release"
)

// TestReport compares the report with testdata/report-*.txt (go test
// -update rewrites them): a release ready and exported with an ignored
// finding, in both languages, and one changed since approval whose trail
// was altered by hand.
func TestReport(t *testing.T) {
	cases := []struct {
		golden string
		tag    language.Tag
		build  func(t *testing.T) *release.Release
	}{
		{"report-final.en.txt", en, finalRelease},
		{"report-final.ja.txt", ja, finalRelease},
		{"report-altered.en.txt", en, alteredRelease},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			got := Report(c.build(t), tr(c.tag))
			path := filepath.Join("testdata", c.golden)
			if *update {
				must(t, os.WriteFile(path, []byte(got), 0o644))
			}
			want, err := os.ReadFile(path)
			must(t, err)
			if got != string(want) {
				t.Errorf("report differs from %s:\n%s", path, got)
			}
		})
	}
}

// finalRelease is approved, has one ignored finding, and was exported.
func finalRelease(t *testing.T) *release.Release {
	t.Helper()
	r := load(t)
	r.Units[4].JA = "両大臣はG7の際に東京で会談し、5つの協力分野で合意しました。"
	fs := check.Run(r, check.Options{})
	if len(fs) != 1 {
		t.Fatalf("findings %v", fs)
	}
	f := fs[0]
	r.Ignored = append(r.Ignored, check.IgnoreRecord(r, f, "the English says \"summit\"", "Jane Smith", stamp(step(1))))
	RecordIgnore(r, f.Check, "u5", r.Ignored[0].Reason, "Jane Smith", step(1))
	must(t, Approve(r, release.JA, "佐藤 花子", "広報室長", step(2)))
	must(t, Approve(r, release.EN, "Jane Smith", "Translator", step(3)))
	must(t, FinalExport(r, openFindings(r), "佐藤 花子", "", step(4)))
	return r
}

// alteredRelease changed since its approval, and an entry of its trail
// was edited.
func alteredRelease(t *testing.T) *release.Release {
	t.Helper()
	r := approved(t)
	r.Units[5].EN = "Photo 2"
	r.Review.Trail[0].Who = "someone"
	return r
}
