package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
	"taiyaku/app/workspace"
)

func runImport(e *env, args []string) int {
	if code, ok := runXLIFFImport(e, args); ok { // --xliff: catformats.go
		return code
	}
	fs := newFlags("import")
	ja := fs.String("ja", "", "FlagJA")
	en := fs.String("en", "", "FlagEN")
	out := fs.String("o", "", "FlagOutRelease")
	force := fs.Bool("force", false, "FlagForce")
	if code := e.parse(fs, "UsageImport", args); code >= 0 {
		return code
	}
	if *ja == "" || *en == "" || fs.NArg() > 0 {
		return e.usageError(fs, "UsageImport", "ErrNeedBothEditions")
	}
	if *out == "" {
		*out = defaultReleaseName(*ja)
	}
	if err := storage.CheckOverwrite([]string{*out}, []string{*ja, *en}, true); err != nil {
		return e.fail(err) // never over an edition it reads, even with --force
	}
	if _, err := os.Stat(*out); err == nil && !*force {
		return e.fail(problem.New("ErrExists", "File", *out))
	}
	r, sum, err := workspace.Import(*ja, *en)
	if err != nil {
		return e.fail(err)
	}
	workspace.RecordImport(r, *ja, *en, sum, workspace.Who("", ""), clock())
	if err := release.Save(*out, r); err != nil {
		return e.fail(err)
	}
	fmt.Fprintln(e.out, e.tr.T("Imported", "Units", sum.Units, "Paired", sum.Paired, "OnlyJA", sum.OnlyJA, "OnlyEN", sum.OnlyEN, "File", *out))
	return ExitOK
}

// defaultReleaseName derives the release file from the Japanese edition's
// name: "press-0122.ja.txt" gives "press-0122.taiyaku" beside it; a file
// named only "ja.txt" gives "release.taiyaku".
func defaultReleaseName(jaPath string) string {
	base := strings.TrimSuffix(filepath.Base(jaPath), filepath.Ext(jaPath))
	for _, suffix := range []string{".ja", "-ja", "_ja", "ja"} {
		base = strings.TrimSuffix(base, suffix)
	}
	if base == "" {
		base = "release"
	}
	return filepath.Join(filepath.Dir(jaPath), base+release.Extension)
}
