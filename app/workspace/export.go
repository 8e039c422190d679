package workspace

import (
	"path/filepath"
	"time"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/export"
	"taiyaku/app/outline"
	"taiyaku/app/problem"
	"taiyaku/app/release"
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
	var written []string
	for k, ed := range x.Editions {
		paths, err := export.Write(x.Dir, x.Base, r, []release.Edition{ed}, x.Format, outline.Levels(r, ed), nil)
		written = append(written, paths...)
		if err != nil {
			return written, err
		}
		if x.Progress != nil {
			x.Progress(float64(k+1) / float64(len(x.Editions)))
		}
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
	return approval.FinalExport(r, open, x.User.Name, x.Override, x.Now)
}

// Export is the whole use case on an open release file: write the files,
// then record a final export in the trail and save the release.
func (w *Workspace) Export(x Export) ([]string, error) {
	var open []check.Finding
	if x.Final { // only the gate reads the findings
		open, _ = w.Findings()
	}
	written, err := WriteExport(w.Release, open, x)
	if err != nil || !x.Final {
		return written, err
	}
	if err := RecordExport(w.Release, open, x); err != nil {
		return written, err
	}
	return written, w.Save()
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
