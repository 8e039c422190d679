package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"taiyaku/app/problem"
)

// WrittenFile is the hidden file in an output folder that lists the files
// Taiyaku wrote there, each with the SHA-256 of what it wrote. A file that
// still holds exactly that may be replaced by the next export; any other
// existing file (a source text, a file someone edited since) is not
// replaced unless the user insists (--force).
const WrittenFile = ".taiyaku-written"

// CheckOverwrite refuses, naming the first one, paths that exist and are
// not as Taiyaku last wrote them, unless force. It also refuses, even with
// force, a path that is the same file as one of inputs: a command never
// writes over what it reads.
func CheckOverwrite(paths, inputs []string, force bool) error {
	for _, p := range paths {
		if sameAsAny(p, inputs) {
			return problem.New("ErrOverwriteInput", "File", p)
		}
		if force {
			continue
		}
		data, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil || !wroteThis(p, data) {
			return problem.New("ErrWouldOverwrite", "File", p)
		}
	}
	return nil
}

// sameAsAny tells whether p names the same file as one of inputs.
func sameAsAny(p string, inputs []string) bool {
	pi, err := os.Stat(p)
	if err != nil {
		return false
	}
	for _, in := range inputs {
		if ii, err := os.Stat(in); err == nil && os.SameFile(pi, ii) {
			return true
		}
	}
	return false
}

// wroteThis tells whether data is what Taiyaku last wrote at p.
func wroteThis(p string, data []byte) bool {
	sum := sha256.Sum256(data)
	return readWritten(filepath.Dir(p))[filepath.Base(p)] == hex.EncodeToString(sum[:])
}

func readWritten(dir string) map[string]string {
	m := map[string]string{}
	data, err := os.ReadFile(filepath.Join(dir, WrittenFile))
	if err == nil {
		_ = json.Unmarshal(data, &m)
	}
	return m
}

// RecordWritten notes in each file's folder that Taiyaku wrote it with
// these contents. A failure only means a later export will ask for
// --force, so it is not an error for the caller.
func RecordWritten(files map[string][]byte) {
	byDir := map[string]map[string][]byte{}
	for p, data := range files {
		d := filepath.Dir(p)
		if byDir[d] == nil {
			byDir[d] = map[string][]byte{}
		}
		byDir[d][filepath.Base(p)] = data
	}
	for dir, fs := range byDir {
		m := readWritten(dir)
		for name, data := range fs {
			sum := sha256.Sum256(data)
			m[name] = hex.EncodeToString(sum[:])
		}
		if out, err := json.MarshalIndent(m, "", "  "); err == nil {
			_ = writeExact(filepath.Join(dir, WrittenFile), out, 0o644)
		}
	}
}
