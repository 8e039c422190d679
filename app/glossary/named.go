package glossary

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"taiyaku/app/problem"
)

// MaxNamedSize bounds a glossary that a release names: a term list is a
// few kilobytes, and a release received from someone else must not make
// the reader load a huge or endless file.
const MaxNamedSize = 4 << 20

// LoadNamed reads the glossary that a release file names in meta.glossary.
// A release is data from whoever sent it, never an instruction to read the
// reader's files, so the name must lead, links followed, to a regular file
// inside the release's folder, of at most MaxNamedSize bytes; FIFOs and
// devices are refused without being opened. Errors name the file and never
// echo what it holds.
func LoadNamed(releasePath, name string) (*Glossary, error) {
	dir, err := filepath.Abs(filepath.Dir(releasePath))
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", name)
	}
	path := filepath.Join(dir, name)
	if filepath.IsAbs(name) || !inside(dir, path) {
		return nil, problem.New("ErrGlossaryOutside", "File", name)
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	if realDir, err := filepath.EvalSymlinks(dir); err != nil || !inside(realDir, real) {
		return nil, problem.New("ErrGlossaryOutside", "File", name)
	}
	data, err := readRegular(real, path)
	if err != nil {
		return nil, err
	}
	g, err := Parse(data)
	if p, ok := err.(*problem.Error); ok {
		p.Data["File"] = path
		if p.ID == "ErrGlossaryKey" {
			// The key is the file's content: say where, not what.
			return nil, problem.New("ErrGlossaryEntry", "File", path)
		}
	}
	return g, err
}

// inside tells whether path lies in dir or below it.
func inside(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// readRegular reads a regular file of at most MaxNamedSize bytes; shown is
// the name used in messages.
func readRegular(path, shown string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", shown)
	}
	if !fi.Mode().IsRegular() {
		return nil, problem.New("ErrGlossaryNotFile", "File", shown)
	}
	if fi.Size() > MaxNamedSize {
		return nil, problem.New("ErrGlossaryTooLarge", "File", shown, "Limit", MaxNamedSize>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", shown)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxNamedSize+1))
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", shown)
	}
	if len(data) > MaxNamedSize {
		return nil, problem.New("ErrGlossaryTooLarge", "File", shown, "Limit", MaxNamedSize>>20)
	}
	return data, nil
}
