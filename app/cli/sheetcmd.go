package cli

import (
	"fmt"
	"path/filepath"

	"taiyaku/app/workspace"
)

// runSheet writes the bilingual review sheet of a release, as PDF (A4
// landscape) or as one HTML file, beside the release unless -o names the
// file.
func runSheet(e *env, args []string) int {
	fs := newFlags("sheet")
	out := fs.String("o", "", "FlagSheetOut")
	format := fs.String("format", "pdf", "FlagSheetFormat")
	force := fs.Bool("force", false, "FlagForceOutput")
	if code := e.parse(fs, "UsageSheet", args); code >= 0 {
		return code
	}
	if *format != "pdf" && *format != "html" {
		return e.usageError(fs, "UsageSheet", "ErrBadFormat", "Format", *format)
	}
	if fs.NArg() != 1 {
		return e.usageError(fs, "UsageSheet", "ErrNeedInput")
	}
	ws, err := workspace.Open(fs.Arg(0))
	if err != nil {
		return e.fail(err)
	}
	path := *out
	if path == "" {
		path = filepath.Join(filepath.Dir(ws.Path), workspace.BaseName(ws.Path)+".sheet."+*format)
	}
	open, ignored := ws.Findings()
	if err := workspace.WriteSheet(ws.Release, open, ignored, path, ws.Path, *format == "html", e.tr.Tag().String(), *force, e.tr.T); err != nil {
		return e.fail(err)
	}
	fmt.Fprintln(e.out, e.tr.T("Wrote", "File", path))
	return ExitOK
}
