package check_test

import (
	"os"
	"path/filepath"
	"testing"

	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
)

// TestCleanPairs: realistic pairs written for these tests (a call for
// applications with fractions, money in 億 and billions, a time of day,
// dates with weekdays, a URL, a phone number and an e-mail address) must
// come out without any finding.
func TestCleanPairs(t *testing.T) {
	dirs, err := filepath.Glob("testdata/pairs/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no pairs: %v", err)
	}
	for _, dir := range dirs {
		ja, err1 := os.ReadFile(filepath.Join(dir, "ja.txt"))
		en, err2 := os.ReadFile(filepath.Join(dir, "en.txt"))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		r, sum := importtext.Import(string(ja), string(en), glossary.Default())
		if sum.OnlyJA+sum.OnlyEN != 0 {
			t.Errorf("%s: %+v", dir, sum)
		}
		for _, f := range check.Run(r, check.Options{Glossary: glossary.Default()}) {
			t.Errorf("%s: unit %d %s %s %v", dir, f.Unit+1, f.Check, f.Side, f.Data)
		}
	}
}
