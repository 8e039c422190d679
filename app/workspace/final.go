package workspace

import (
	"path/filepath"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/export"
	"taiyaku/app/outline"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
)

// JournalSuffix names the journal of a final export beside its release
// (storage.Txn): it lets the next run finish or undo an export that a
// crash or a kill interrupted.
const JournalSuffix = ".export-journal"

// FinalExport exports r, the release saved at path, as final, all or
// nothing: the editions and the report are written to temporary files,
// then save persists the release that records the export in its trail,
// and only then are the files renamed into place. A failure before save
// leaves nothing anywhere (a read-only release folder fails first, before
// any file is written); a kill after it is completed by the next Open.
// save is the front end's own save (the command line saves the file, the
// window its document); it is called without any lock held.
func FinalExport(path string, r *release.Release, open []check.Finding, x Export, save func(rec *release.Release) error) ([]string, error) {
	if path == "" {
		return nil, problem.New("ErrFinalNeedsSave")
	}
	rec := clone(r)
	if err := approval.FinalExportTrusted(rec, open, x.Trusted, x.User.Name, x.Override, x.Now); err != nil {
		return nil, err
	}
	paths, files, err := finalFiles(rec, x)
	if err != nil {
		return nil, err
	}
	if err := storage.CheckOverwrite(paths, []string{path}, x.Force); err != nil {
		return nil, err
	}
	tx, err := storage.Begin(path+JournalSuffix, paths)
	if err != nil {
		return nil, problem.Wrap(err, "ErrWrite", "File", path+JournalSuffix)
	}
	for i, p := range paths {
		if err := tx.Add(i, files[p], 0o644); err != nil {
			tx.Abort()
			return nil, problem.Wrap(err, "ErrWrite", "File", p)
		}
		progress(x, i+1, len(paths))
	}
	if err := tx.Prepare(lastHash(rec)); err != nil {
		tx.Abort()
		return nil, problem.Wrap(err, "ErrWrite", "File", path+JournalSuffix)
	}
	if err := save(rec); err != nil {
		tx.Abort()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, problem.Wrap(err, "ErrWrite", "File", x.Dir)
	}
	storage.RecordWritten(files)
	return paths, nil
}

// finalFiles renders the editions of rec and its report, in order.
func finalFiles(rec *release.Release, x Export) ([]string, map[string][]byte, error) {
	files := map[string][]byte{}
	var paths []string
	for _, ed := range x.Editions {
		data, err := export.Encode(rec, ed, x.Format, outline.Levels(rec, ed))
		if err != nil {
			return nil, nil, err
		}
		p := filepath.Join(x.Dir, export.FileName(x.Base, ed, x.Format))
		paths, files[p] = append(paths, p), data
	}
	report := filepath.Join(x.Dir, x.Base+".report.txt")
	paths, files[report] = append(paths, report), []byte(approval.Report(rec, x.T))
	return paths, files, nil
}

func progress(x Export, done, total int) {
	if x.Progress != nil {
		x.Progress(float64(done) / float64(total))
	}
}

// lastHash is the hash of the last trail entry: the mark by which a saved
// release shows that it recorded the export.
func lastHash(r *release.Release) string {
	if n := len(r.Review.Trail); n > 0 {
		return r.Review.Trail[n-1].Hash
	}
	return ""
}

// recoverExport finishes or undoes a final export that a killed run left
// beside the release at path: finished when r (as saved) records it.
func recoverExport(path string, r *release.Release) {
	_ = storage.Recover(path+JournalSuffix, func(mark string) bool {
		for _, e := range r.Review.Trail {
			if e.Hash == mark {
				return true
			}
		}
		return false
	})
}
