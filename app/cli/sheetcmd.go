package cli

import (
	"fmt"
	"path/filepath"

	"taiyaku/app/problem"
	"taiyaku/app/sheet"
	"taiyaku/app/storage"
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
	if err := storage.CheckOverwrite([]string{path}, []string{ws.Path}, *force); err != nil {
		return e.fail(err)
	}
	open, ignored := ws.Findings()
	s := sheet.Build(ws.Release, open, ignored, e.tr.T)
	var data []byte
	if *format == "html" {
		data = sheet.HTML(s, e.tr.Tag().String())
	} else if data, err = sheet.PDF(s); err != nil {
		return e.fail(err)
	}
	if err := storage.WriteFile(path, data, 0o644); err != nil {
		return e.fail(problem.Wrap(err, "ErrWrite", "File", path))
	}
	storage.RecordWritten(map[string][]byte{path: data})
	fmt.Fprintln(e.out, e.tr.T("Wrote", "File", path))
	return ExitOK
}
