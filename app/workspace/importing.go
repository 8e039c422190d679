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
	r, sum, _, err := importtext.ImportFiles(jaPath, enPath, glossary.Default(), false)
	return r, sum, err
}

// ImportWorkspace imports two editions into a new, unsaved workspace whose
// checks reuse the facts the import read.
func ImportWorkspace(jaPath, enPath string) (*Workspace, importtext.Summary, error) {
	g := glossary.Default() // parsed once for the import and the checks (0.2-0.4 ms each time)
	r, sum, h, err := importtext.ImportFiles(jaPath, enPath, g, true)
	if err != nil {
		return nil, importtext.Summary{}, err
	}
	return &Workspace{Release: r, Glossary: g, Handoff: h}, sum, nil
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
