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

// maxWritten bounds the list of written files: the oldest entries go.
const maxWritten = 5000

// WrittenList is the file, in the user's configuration folder, that lists
// the files Taiyaku wrote (absolute path and the SHA-256 of what it
// wrote). A file that still holds exactly that may be replaced by the next
// export; any other existing file (a source text, a file someone edited
// since) is not replaced unless the user insists (--force). It is kept
// there rather than beside the exports, so that nothing of Taiyaku's ends
// up in a folder that is published.
func WrittenList() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "taiyaku", "written.json")
}

// CheckOverwrite refuses, naming the first one, paths that exist and are
// not as Taiyaku last wrote them, unless force. It also refuses, even with
// force, a path that is the same file as one of inputs: a command never
// writes over what it reads.
func CheckOverwrite(paths, inputs []string, force bool) error {
	var written map[string]string
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
		if written == nil {
			written = readWritten()
		}
		if err != nil || written[abs(p)] != digest(data) {
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

func abs(p string) string {
	if a, err := filepath.Abs(Target(p)); err == nil {
		return a
	}
	return p
}

func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// written is the list's content: entries in the order they were written.
type writtenEntry struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

func readWritten() map[string]string {
	m := map[string]string{}
	for _, e := range readEntries() {
		m[e.Path] = e.SHA256
	}
	return m
}

func readEntries() []writtenEntry {
	var list []writtenEntry
	if p := WrittenList(); p != "" {
		if data, err := os.ReadFile(p); err == nil {
			_ = json.Unmarshal(data, &list)
		}
	}
	return list
}

// RecordWritten notes that Taiyaku wrote these files with these contents.
// A failure only means a later export will ask for --force, so it is not
// an error for the caller.
func RecordWritten(files map[string][]byte) {
	list := WrittenList()
	if list == "" || len(files) == 0 {
		return
	}
	var kept []writtenEntry
	for _, e := range readEntries() {
		if !recorded(files, e.Path) {
			kept = append(kept, e)
		}
	}
	for p, data := range files {
		kept = append(kept, writtenEntry{abs(p), digest(data)})
	}
	if len(kept) > maxWritten {
		kept = kept[len(kept)-maxWritten:]
	}
	out, err := json.Marshal(kept)
	if err != nil || os.MkdirAll(filepath.Dir(list), 0o700) != nil {
		return
	}
	_ = writeExact(list, out, 0o600)
}

// recorded tells whether files holds the file at absolute path p.
func recorded(files map[string][]byte, p string) bool {
	for f := range files {
		if abs(f) == p {
			return true
		}
	}
	return false
}
