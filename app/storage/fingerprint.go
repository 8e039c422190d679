package storage

import (
	"crypto/sha256"
	"errors"
	"io"
	"io/fs"
	"os"
	"time"

	"taiyaku/app/problem"
)

// Fingerprint identifies the contents of a file as the editor last saw
// them, so it can tell before saving whether someone else changed the file
// on disk in the meantime.
type Fingerprint struct {
	Size    int64
	ModTime time.Time
	SHA256  [sha256.Size]byte
}

// IsZero reports whether f is the fingerprint of no file: a document that
// was never saved.
func (f Fingerprint) IsZero() bool { return f == Fingerprint{} }

// Same reports whether f and o describe the same contents. Only size and
// digest count: a file rewritten with the same bytes (a sync tool, a save
// without changes) is the same file, and a modification time can stay put
// across a change (coarse timestamps, clocks set back).
func (f Fingerprint) Same(o Fingerprint) bool {
	return f.Size == o.Size && f.SHA256 == o.SHA256
}

// Stamp returns the fingerprint of the file at path. Errors are
// *problem.Error "ErrRead" with the file in File; a missing file's error
// wraps fs.ErrNotExist.
func Stamp(path string) (Fingerprint, error) {
	f, err := os.Open(path)
	if err != nil {
		return Fingerprint{}, problem.Wrap(err, "ErrRead", "File", path)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Fingerprint{}, problem.Wrap(err, "ErrRead", "File", path)
	}
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return Fingerprint{}, problem.Wrap(err, "ErrRead", "File", path)
	}
	fp := Fingerprint{Size: n, ModTime: st.ModTime()}
	h.Sum(fp.SHA256[:0])
	return fp, nil
}

// ReadStamped reads the file at path once and returns its bytes with their
// fingerprint, so that what is parsed and what is later compared with the
// disk are the same bytes. Errors are those of Stamp.
func ReadStamped(path string) ([]byte, Fingerprint, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, Fingerprint{}, problem.Wrap(err, "ErrRead", "File", path)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, Fingerprint{}, problem.Wrap(err, "ErrRead", "File", path)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, Fingerprint{}, problem.Wrap(err, "ErrRead", "File", path)
	}
	return data, Of(data, st.ModTime()), nil
}

// Of is the fingerprint of data last modified at mod.
func Of(data []byte, mod time.Time) Fingerprint {
	return Fingerprint{Size: int64(len(data)), ModTime: mod, SHA256: sha256.Sum256(data)}
}

// Changed reports whether the file at path no longer has the contents
// fingerprinted by fp. A file that was deleted or moved away counts as
// changed; for a zero fp (never saved), a file that now exists does.
func Changed(path string, fp Fingerprint) (bool, error) {
	now, err := Stamp(path)
	if errors.Is(err, fs.ErrNotExist) {
		return !fp.IsZero(), nil
	}
	if err != nil {
		return false, err
	}
	return !now.Same(fp), nil
}

// fingerprintOf is the fingerprint of bytes read from a file.
func fingerprintOf(data []byte) Fingerprint {
	return Fingerprint{Size: int64(len(data)), SHA256: sha256.Sum256(data)}
}
