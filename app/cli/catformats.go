package cli

// The CAT-tool formats on the command line: export --format xliff|tmx and
// import --xliff. They are kept apart from exportcmd.go and importcmd.go
// (each calls in with one line) because they write one bilingual file, not
// one file per edition, and take flags of their own.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"taiyaku/app/approval"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/tmx"
	"taiyaku/app/workspace"
	"taiyaku/app/xliff"
)

// catFormat returns "xliff" or "tmx" when args ask for that format.
func catFormat(args []string) string {
	for i, a := range args {
		v, ok := "", false
		switch {
		case a == "--format" || a == "-format":
			if i+1 < len(args) {
				v, ok = args[i+1], true
			}
		default:
			v, ok = strings.CutPrefix(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "format=")
		}
		switch f := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(v), ".")); {
		case ok && (f == "xliff" || f == "xlf"):
			return "xliff"
		case ok && f == "tmx":
			return "tmx"
		}
	}
	return ""
}

// runCATExport runs `export --format xliff|tmx`; handled is false when
// args ask for another format, which runExport writes.
func runCATExport(e *env, args []string) (code int, handled bool) {
	format := catFormat(args)
	if format == "" {
		return 0, false
	}
	fs := newFlags("export")
	fs.String("format", "", "FlagFormatCAT")
	dir := fs.String("o", "", "FlagOutDir")
	version := fs.String("xliff-version", "2.1", "FlagXLIFFVersion")
	langs := fs.String("tmx-lang", "", "FlagTMXLang")
	force := fs.Bool("force", false, "FlagForceOutput")
	if code := e.parse(fs, "UsageExportCAT", args); code >= 0 {
		return code, true
	}
	v, err := xliff.ParseVersion(*version)
	if err != nil {
		return e.usageError(fs, "UsageExportCAT", "ErrBadXLIFFVersion", "Version", *version), true
	}
	ja, en, err := tmx.ParseLangs(*langs)
	if err != nil {
		return e.usageError(fs, "UsageExportCAT", "ErrBadTMXLang", "Lang", *langs), true
	}
	if fs.NArg() != 1 {
		return e.usageError(fs, "UsageExportCAT", "ErrNeedInput"), true
	}
	path := fs.Arg(0)
	ws, err := workspace.Open(path)
	if err != nil {
		return e.fail(err), true
	}
	if *dir == "" {
		*dir = filepath.Dir(path)
	}
	out, err := workspace.ExportBilingual(ws.Release, path, workspace.Bilingual{Dir: *dir, Base: workspace.BaseName(path),
		TMX: format == "tmx", XLIFF: v, LangJA: ja, LangEN: en, Original: filepath.Base(path), Force: *force, Now: clock()})
	if err != nil {
		return e.fail(err), true
	}
	fmt.Fprintln(e.out, e.tr.T("Wrote", "File", out))
	return ExitOK, true
}

// runXLIFFImport runs `import --xliff F.xlf`; handled is false when args
// do not name an XLIFF file, for runImport.
func runXLIFFImport(e *env, args []string) (code int, handled bool) {
	if !hasFlag(args, "xliff") {
		return 0, false
	}
	fs := newFlags("import")
	in := fs.String("xliff", "", "FlagXLIFF")
	out := fs.String("o", "", "FlagOutRelease")
	force := fs.Bool("force", false, "FlagForce")
	if code := e.parse(fs, "UsageImportXLIFF", args); code >= 0 {
		return code, true
	}
	if *in == "" || fs.NArg() > 0 {
		return e.usageError(fs, "UsageImportXLIFF", "ErrNeedInput"), true
	}
	if *out == "" {
		*out = strings.TrimSuffix(*in, filepath.Ext(*in)) + release.Extension
	}
	if _, err := os.Stat(*out); err == nil && !*force {
		return e.fail(problem.New("ErrExists", "File", *out)), true
	}
	r, err := xliff.ReadFile(*in)
	if err != nil {
		return e.fail(err), true
	}
	oneSided := 0
	for i := range r.Units {
		if r.Units[i].OneSided() {
			oneSided++
		}
	}
	approval.RecordImport(r, workspace.Who("", "").Name, *in, *in, len(r.Units), oneSided, clock())
	if err := release.Save(*out, r); err != nil {
		return e.fail(err), true
	}
	fmt.Fprintln(e.out, e.tr.T("ImportedXLIFF", "Units", len(r.Units), "Comments", len(r.Review.Comments), "XLIFF", *in, "File", *out))
	return ExitOK, true
}

// hasFlag reports whether args hold --name, -name or --name=….
func hasFlag(args []string, name string) bool {
	for _, a := range args {
		a = strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		if a == name || strings.HasPrefix(a, name+"=") {
			return true
		}
	}
	return false
}
