package workspace

import (
	"time"

	"taiyaku/app/approval"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/release"
	"taiyaku/assets"
)

// Import reads two plain-text editions and pairs them into a new release,
// without recording anything: the window shows the summary first and
// records the import only when the user accepts (RecordImport).
func Import(jaPath, enPath string) (*release.Release, importtext.Summary, error) {
	ja, en, err := readEditions(jaPath, enPath)
	if err != nil {
		return nil, importtext.Summary{}, err
	}
	r, sum := importtext.Import(ja, en, glossary.Default())
	return r, sum, nil
}

// ImportWorkspace imports two editions into a new, unsaved workspace whose
// checks reuse the facts the import read.
func ImportWorkspace(jaPath, enPath string) (*Workspace, importtext.Summary, error) {
	ja, en, err := readEditions(jaPath, enPath)
	if err != nil {
		return nil, importtext.Summary{}, err
	}
	r, sum, h := importtext.ImportHanded(ja, en, glossary.Default())
	w := New(r)
	w.Handoff = h
	return w, sum, nil
}

// readEditions reads and decodes both editions at once, the English on
// another goroutine: reading, checking and decoding a few megabytes is
// independent work that takes both cores. The Japanese file's error comes
// first, as when they were read one after the other.
func readEditions(jaPath, enPath string) (ja, en string, err error) {
	var enErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		en, enErr = importtext.ReadFile(enPath)
	}()
	ja, err = importtext.ReadFile(jaPath)
	<-done
	if err != nil {
		return "", "", err
	}
	return ja, en, enErr
}

// RecordImport logs in r's trail that u imported it from the two files.
func RecordImport(r *release.Release, jaPath, enPath string, sum importtext.Summary, u User, now time.Time) {
	approval.RecordImport(r, u.Name, jaPath, enPath, sum.Units, sum.OnlyJA+sum.OnlyEN, now)
}

// Sample is the built-in sample release (METI's Japan-UK digital
// partnership release of 22 January 2025, as published), imported anew:
// what the window shows on a first run and `check --sample` checks.
func Sample() *release.Release {
	r, _ := importtext.Import(assets.SampleJA, assets.SampleEN, glossary.Default())
	return r
}
