package cli

import (
	"errors"
	"fmt"
	"path/filepath"

	"taiyaku/app/export"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/workspace"
)

func runExport(e *env, args []string) int {
	if code, ok := runCATExport(e, args); ok { // xliff, tmx: catformats.go
		return code
	}
	fs := newFlags("export")
	lang := fs.String("lang", "both", "FlagLang")
	format := fs.String("format", "html", "FlagFormatExport")
	dir := fs.String("o", "", "FlagOutDir")
	final := fs.Bool("final", false, "FlagFinal")
	override := fs.String("override-reason", "", "FlagOverrideReason")
	who := fs.String("name", "", "FlagWho")
	force := fs.Bool("force", false, "FlagForceOutput")
	keys := fs.String("keys", "", "FlagKeys")
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
	ws, err := workspace.Open(fs.Arg(0))
	if err == nil && *keys != "" {
		err = ws.UseTrusted(*keys)
	}
	if err != nil {
		return e.fail(err)
	}
	if *dir == "" {
		*dir = filepath.Dir(ws.Path)
	}
	x := workspace.Export{Dir: *dir, Base: workspace.BaseName(ws.Path), Editions: eds, Format: f,
		Final: *final, Override: *override, User: workspace.Who(*who, ""), Now: clock(), T: e.tr.T, Force: *force}
	var blockers []string
	if *final {
		blockers = ws.Status().Blockers.Lines(e.tr.T)
	}
	written, err := ws.Export(x)
	var p *problem.Error
	switch {
	case errors.As(err, &p) && p.ID == "ErrFinalBlocked":
		fmt.Fprintln(e.err, e.tr.Err(inFile(ws.Path, err)))
		for _, line := range blockers {
			fmt.Fprintln(e.err, "  - "+line)
		}
		fmt.Fprintln(e.err, e.tr.T("HintOverride"))
		return ExitFindings
	case err != nil:
		return e.fail(err)
	}
	if len(blockers) > 0 {
		fmt.Fprintln(e.out, e.tr.T("ExportOverridden", "Reason", *override))
	}
	for _, p := range written {
		fmt.Fprintln(e.out, e.tr.T("Wrote", "File", p))
	}
	return ExitOK
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
