package workspace

import (
	"os"
	"path/filepath"
	"time"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/sheet"
	"taiyaku/app/storage"
	"taiyaku/app/tmx"
	"taiyaku/app/xliff"
)

// Bilingual says how to write both editions into one file for CAT tools.
type Bilingual struct {
	Dir, Base string // the file is Dir/Base.xlf or Dir/Base.tmx
	TMX       bool   // TMX 1.4b instead of XLIFF
	XLIFF     xliff.Version
	LangJA    string // TMX language codes; "" gives ja-JP, en-US
	LangEN    string
	Original  string // the release file's name, which XLIFF records
	Force     bool   // replace a file Taiyaku did not write
	Now       time.Time
}

// ExportBilingual writes r as XLIFF (English units final when the English
// edition is approved and unchanged) or TMX, never over a file Taiyaku
// did not write (unless b.Force) nor over the release at path, and
// returns the path written.
func ExportBilingual(r *release.Release, path string, b Bilingual) (string, error) {
	if err := os.MkdirAll(b.Dir, 0o755); err != nil {
		return "", problem.Wrap(err, "ErrWrite", "File", b.Dir)
	}
	out := filepath.Join(b.Dir, b.Base+xliff.Extension)
	var data []byte
	if b.TMX {
		out = filepath.Join(b.Dir, b.Base+tmx.Extension)
		data = tmx.Marshal(r, tmx.Options{LangJA: b.LangJA, LangEN: b.LangEN, Now: b.Now})
	} else {
		state, _ := approval.StateOf(r, release.EN)
		data = xliff.Marshal(r, xliff.Options{Version: b.XLIFF, Original: b.Original, ApprovedEN: state == approval.Approved})
	}
	return out, writeOwn(out, data, path, b.Force)
}

// WriteSheet writes the review sheet of r (open and ignored are its
// findings) as PDF or HTML at out, in the language of tr.
func WriteSheet(r *release.Release, open, ignored []check.Finding, out, path string, html bool, lang string, force bool, tr func(string, ...any) string) error {
	s := sheet.Build(r, open, ignored, tr)
	var data []byte
	if html {
		data = sheet.HTML(s, lang)
	} else {
		var err error
		if data, err = sheet.PDF(s); err != nil {
			return err
		}
	}
	return writeOwn(out, data, path, force)
}

// writeOwn writes data at out atomically unless out is the release at
// input or a file Taiyaku did not write (without force), and remembers
// that Taiyaku wrote it.
func writeOwn(out string, data []byte, input string, force bool) error {
	if err := storage.CheckOverwrite([]string{out}, []string{input}, force); err != nil {
		return err
	}
	if err := storage.WriteFile(out, data, 0o644); err != nil {
		return problem.Wrap(err, "ErrWrite", "File", out)
	}
	storage.RecordWritten(map[string][]byte{out: data})
	return nil
}
