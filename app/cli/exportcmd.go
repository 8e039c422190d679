package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"taiyaku/app/export"
	"taiyaku/app/outline"
	"taiyaku/app/release"
)

func runExport(e *env, args []string) int {
	fs := newFlags("export")
	lang := fs.String("lang", "both", "FlagLang")
	format := fs.String("format", "html", "FlagFormatExport")
	dir := fs.String("o", "", "FlagOutDir")
	final := fs.Bool("final", false, "FlagFinal")
	override := fs.String("override-reason", "", "FlagOverrideReason")
	who := fs.String("name", "", "FlagWho")
	if code := e.parse(fs, "UsageExport", args); code >= 0 {
		return code
	}
	if *override != "" && !*final {
		return e.usageError(fs, "UsageExport", "ErrOverrideNeedsFinal")
	}
	eds, ok := editions(*lang)
	if !ok {
		return e.usageError(fs, "UsageExport", "ErrBadLang", "Lang", *lang)
	}
	f, err := export.ParseFormat(*format)
	if err != nil {
		return e.usageError(fs, "UsageExport", "ErrBadFormat", "Format", *format)
	}
	if fs.NArg() != 1 {
		return e.usageError(fs, "UsageExport", "ErrNeedInput")
	}
	path := fs.Arg(0)
	r, err := release.Load(path)
	if err != nil {
		return e.fail(err)
	}
	if *dir == "" {
		*dir = filepath.Dir(path)
	}
	if *final {
		if code := e.openGate(r, path, *who, *override); code >= 0 {
			return code
		}
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	written, err := writeEditions(*dir, base, r, eds, f)
	if err != nil {
		return e.fail(err)
	}
	if *final {
		report, err := e.closeFinal(r, path, *dir, base)
		if err != nil {
			return e.fail(err)
		}
		written = append(written, report)
	}
	for _, p := range written {
		fmt.Fprintln(e.out, e.tr.T("Wrote", "File", p))
	}
	return ExitOK
}

// writeEditions exports each edition with its own heading levels.
func writeEditions(dir, base string, r *release.Release, eds []release.Edition, f export.Format) ([]string, error) {
	var all []string
	for _, ed := range eds {
		paths, err := export.Write(dir, base, r, []release.Edition{ed}, f, outline.Levels(r, ed), nil)
		if err != nil {
			return all, err
		}
		all = append(all, paths...)
	}
	return all, nil
}

func editions(lang string) ([]release.Edition, bool) {
	switch lang {
	case "ja":
		return []release.Edition{release.JA}, true
	case "en":
		return []release.Edition{release.EN}, true
	case "both":
		return []release.Edition{release.JA, release.EN}, true
	}
	return nil, false
}
