package spelling

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"taiyaku/app/storage"
)

// UserFile is the user dictionary's name inside the configuration folder.
const UserFile = "dictionary.txt"

// UserPath is where the user dictionary lives: Taiyaku's folder under
// the user's configuration folder (~/.config/taiyaku/dictionary.txt on
// Linux).
func UserPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "taiyaku", UserFile), nil
}

// User is a user dictionary: words the user added ("Add to dictionary"),
// one a line in a UTF-8 file, which the checker accepts in any case.
// It is safe for concurrent use: the checker reads it on several
// goroutines while the window adds words.
type User struct {
	path  string
	mu    sync.RWMutex
	words map[string]bool
}

// NewUser returns an empty dictionary kept at path ("" keeps it in
// memory only).
func NewUser(path string) *User { return &User{path: path, words: map[string]bool{}} }

// LoadUser reads the user dictionary at path; a missing file is an empty
// dictionary that AddWord will create.
func LoadUser(path string) (*User, error) {
	u := NewUser(path)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return u, nil
	}
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			u.words[strings.ToLower(w)] = true
		}
	}
	return u, nil
}

// Has reports whether the user added word (in any letter case).
func (u *User) Has(word string) bool {
	if u == nil {
		return false
	}
	u.mu.RLock()
	defer u.mu.RUnlock()
	return u.words[strings.ToLower(word)]
}

// AddWord adds a word and saves the file atomically (folders made as
// needed). The word is added in memory even when saving fails.
func (u *User) AddWord(word string) error {
	w := strings.ToLower(strings.TrimSpace(word))
	if w == "" || strings.ContainsAny(w, " \t\r\n") {
		return errors.New("spelling: not one word: " + word)
	}
	u.mu.Lock()
	u.words[w] = true
	data := u.contents()
	u.mu.Unlock()
	if u.path == "" {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(u.path), 0o755); err != nil {
		return err
	}
	return storage.WriteFile(u.path, data, 0o644)
}

// Words lists the user's words, sorted.
func (u *User) Words() []string {
	u.mu.RLock()
	defer u.mu.RUnlock()
	out := make([]string, 0, len(u.words))
	for w := range u.words {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// contents is the file's text; the caller holds the lock.
func (u *User) contents() []byte {
	ws := make([]string, 0, len(u.words))
	for w := range u.words {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return []byte(strings.Join(ws, "\n") + "\n")
}

var (
	sharedOnce sync.Once
	shared     *User
)

// Shared is the user's dictionary at UserPath, read once per process and
// shared by every check (the command line and the window): the words the
// user added are known everywhere at once. A dictionary that cannot be
// read is an empty one kept in memory.
func Shared() *User {
	sharedOnce.Do(func() {
		path, err := UserPath()
		if err == nil {
			shared, err = LoadUser(path)
		}
		if err != nil || shared == nil {
			shared = NewUser("")
		}
	})
	return shared
}
