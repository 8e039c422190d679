package workspace

import (
	"os"
	"path/filepath"
	"time"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/export"
	"taiyaku/app/outline"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/signing"
	"taiyaku/app/storage"
)

// Export says what to export, where, and, for a final export, as whom.
type Export struct {
	Dir, Base string // files are Dir/Base.ja.html, …
	Editions  []release.Edition
	Format    export.Format
	Final     bool
	Override  string // the reason to export as final although the gate is closed
	User      User
	Now       time.Time
	// T renders the report of a final export in the user's language.
	T func(id string, kv ...any) string
	// Progress hears the share of editions written; may be nil.
	Progress func(float64)
	// Force replaces existing files that Taiyaku did not write.
	Force bool
	// Trusted are the approvers whose signatures the gate accepts (nil: no
	// keys file).
	Trusted *signing.Trusted
}

// WriteExport writes the editions of r, each with its own heading levels,
// and for a final export the review report, and returns the paths written.
// r is not changed: a final export passes the gate (or is overridden) on a
// copy, and the report shows the trail as it will read once the export is
// recorded. Nothing is recorded here: only when every file was written
// does the caller record the export (RecordExport), so a failed write
// leaves no trail entry claiming it happened. open are r's open findings.
func WriteExport(r *release.Release, open []check.Finding, x Export) ([]string, error) {
	if x.Final {
		rec := clone(r)
		if err := RecordExport(rec, open, x); err != nil {
			return nil, err
		}
		r = rec
	}
	levelsOf := func(ed release.Edition) []int { return outline.Levels(r, ed) }
	progress := func(done, total int) {
		if x.Progress != nil {
			x.Progress(float64(done) / float64(total))
		}
	}
	// One call for all editions, so that HTML pages link each other.
	written, err := export.WriteEditions(x.Dir, x.Base, r, x.Editions, x.Format, levelsOf, progress)
	if err != nil {
		return written, err
	}
	if !x.Final {
		return written, nil
	}
	report := filepath.Join(x.Dir, x.Base+".report.txt")
	if err := storage.WriteFile(report, []byte(approval.Report(r, x.T)), 0o644); err != nil {
		return written, problem.Wrap(err, "ErrWrite", "File", report)
	}
	return append(written, report), nil
}

// RecordExport logs a final export in r's trail (with the override, when
// the gate was closed); it refuses, changing nothing, when the gate is
// closed and no reason is given. A plain export records nothing.
func RecordExport(r *release.Release, open []check.Finding, x Export) error {
	if !x.Final {
		return nil
	}
	return approval.FinalExportTrusted(r, open, x.Trusted, x.User.Name, x.Override, x.Now)
}

// Export is the whole use case on an open release file. A final export
// goes through FinalExport, the release saved with its trail entry under
// the release's lock; any other writes the editions, never over a file
// that Taiyaku did not write (unless x.Force) nor over the release.
func (w *Workspace) Export(x Export) ([]string, error) {
	if x.Final {
		open, _ := w.Findings() // only the gate reads the findings
		if x.Trusted == nil {
			x.Trusted = w.Trusted
		}
		return FinalExport(w.Path, w.Release, open, x, func(rec *release.Release) error {
			w.Release = rec
			return w.SaveLocked(x.User)
		})
	}
	var paths []string
	for _, ed := range x.Editions {
		paths = append(paths, filepath.Join(x.Dir, export.FileName(x.Base, ed, x.Format)))
	}
	if err := storage.CheckOverwrite(paths, []string{w.Path}, x.Force); err != nil {
		return nil, err
	}
	written, err := WriteExport(w.Release, nil, x)
	if err == nil {
		recordWritten(written)
	}
	return written, err
}

// recordWritten notes the files an export wrote (storage.RecordWritten).
func recordWritten(paths []string) {
	files := map[string][]byte{}
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			files[p] = data
		}
	}
	storage.RecordWritten(files)
}

// BaseName is the stem of the exported files of the release at path
// ("press.taiyaku" gives "press"), "release" for one not saved yet.
func BaseName(path string) string {
	if path == "" {
		return "release"
	}
	base := filepath.Base(path)
	return base[:len(base)-len(filepath.Ext(base))]
}

// clone copies r down to its review record, which a final export changes.
func clone(r *release.Release) *release.Release {
	c := *r
	c.Review.Approvals = append([]release.Approval(nil), r.Review.Approvals...)
	c.Review.Comments = append([]release.Comment(nil), r.Review.Comments...)
	c.Review.Trail = append([]release.Event(nil), r.Review.Trail...)
	return &c
}
