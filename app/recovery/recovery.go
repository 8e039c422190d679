// Package recovery keeps autosaved copies of releases with unsaved changes,
// so that the work survives a crash of the app.
//
// While a release has unsaved changes the app calls Store.Save every few
// seconds; a normal save or a clean close calls Store.Discard. On the next
// start Store.Pending lists the copies left behind by processes that are no
// longer running, and the app offers to restore them (Store.Restore) or
// throws them away (Store.Remove).
//
// # Files
//
// A recovery file is an ordinary release file (it loads with
// release.Unmarshal) named "<pid>-<key>.taiyaku", where pid is the process
// that wrote it and key is a hash of the release's path, so that two
// releases, two windows and two processes never write the same file. It is
// written atomically with storage.WriteFile. The header (original path,
// time, pid, title) is the top-level field "_recovery" of the file: the
// underscore sorts it before every lower-case field of the release, so
// Pending finds it without decoding the units, and a single file cannot be
// half updated the way a data file and a sidecar could. Restore takes the
// header out again, so saving the restored release does not keep it. Should
// a release itself carry an unknown "_recovery" field, Save keeps that
// value inside the header and Restore puts it back.
//
// # Liveness
//
// A file belongs to a running process, and is not listed, when its pid is
// alive: on Unix kill(pid, 0) succeeds or fails with EPERM; on Windows the
// process can be opened and has not exited (access denied counts as alive).
// Elsewhere the process table cannot be asked, and files written before the
// current process started count as left behind. A pid reused by an
// unrelated process hides a file until that process ends; it is never lost.
package recovery

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
)

// HeaderKey is the top-level field of a recovery file that holds its header.
const HeaderKey = "_recovery"

// MaxTitle is the length limit of Entry.Title, in runes.
const MaxTitle = 60

// headerVersion is the version of the header layout.
const headerVersion = 1

// untitledPrefix starts the keys of never-saved releases. No file path
// contains a NUL byte, so such a key never names a real file.
const untitledPrefix = "\x00untitled"

// Store keeps recovery files in one folder (the app passes a folder under
// os.UserConfigDir()/taiyaku/recovery, or a temp dir in tests).
type Store struct{ Dir string }

// Entry describes one recovery file.
type Entry struct {
	Path     string    // the recovery file itself
	Original string    // the release file it belongs to, "" for a never-saved release
	Saved    time.Time // when the autosave was written
	PID      int       // the process that wrote it
	Title    string    // a short description for the restore dialog (the release's first title text, ≤ 60 runes)
}

// header is the value of HeaderKey.
type header struct {
	Version  int             `json:"version"`
	Original string          `json:"original,omitempty"`
	Saved    time.Time       `json:"saved"`
	PID      int             `json:"pid"`
	Title    string          `json:"title,omitempty"`
	Shadowed json.RawMessage `json:"shadowed,omitempty"` // the release's own HeaderKey field
}

var untitledCount atomic.Int64

// Untitled returns a new key for a never-saved release, unique within the
// process. Pass it to Save and Discard in place of a path when a process has
// more than one untitled window; "" is a single untitled slot per process.
// Entries saved under such a key have Original "".
func Untitled() string {
	return untitledPrefix + "-" + strconv.FormatInt(untitledCount.Add(1), 10)
}

// Save writes r as the recovery file for the release at original ("" or a
// key from Untitled for a never-saved release) atomically. r is not changed;
// it must not be changed by another goroutine while Save runs.
func (s Store) Save(original string, r *release.Release) error {
	return s.save(original, r, os.Getpid(), time.Now())
}

// save is Save with the pid and time given, so tests can play a crashed
// process.
func (s Store) save(original string, r *release.Release, pid int, now time.Time) error {
	path, err := s.path(original, pid)
	if err != nil {
		return err
	}
	h := header{Version: headerVersion, Saved: now.UTC(), PID: pid, Title: Title(r)}
	if !isUntitled(original) {
		h.Original = path2abs(original)
	}
	cp := *r
	cp.Extra = make(map[string][]byte, len(r.Extra)+1)
	for k, v := range r.Extra {
		cp.Extra[k] = v
	}
	if own, ok := r.Extra[HeaderKey]; ok {
		h.Shadowed = own
	}
	raw, err := json.Marshal(h)
	if err != nil {
		return problem.Wrap(err, "ErrWrite", "File", path)
	}
	cp.Extra[HeaderKey] = raw
	data, err := release.Marshal(&cp)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return problem.Wrap(err, "ErrWrite", "File", path)
	}
	if err := storage.WriteFile(path, data, 0o600); err != nil {
		return problem.Wrap(err, "ErrWrite", "File", path)
	}
	return nil
}

// Discard removes the recovery file for original written by this process.
// It is not an error if there is none.
func (s Store) Discard(original string) error {
	path, err := s.path(original, os.Getpid())
	if err != nil {
		return err
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return problem.Wrap(err, "ErrWrite", "File", path)
	}
	return nil
}

// Pending lists the recovery files left by processes that are no longer
// running, newest first. Files of the current process are never listed. A
// file that cannot be read, is not whole JSON or has no valid header is
// listed with Title "" (and Original "", Saved its modification time), and
// Restore returns the problem. Pending also deletes temporary files that
// a process died in the middle of writing. A missing folder has no entries.
func (s Store) Pending() ([]Entry, error) {
	if s.Dir == "" {
		return nil, nil
	}
	dirents, err := os.ReadDir(s.Dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, problem.Wrap(err, "ErrRead", "File", s.Dir)
	}
	self := os.Getpid()
	var out []Entry
	for _, d := range dirents {
		name := d.Name()
		if pid, ok := tempPID(name); ok {
			if pid != self && !alive(pid, modTime(d)) {
				_ = os.Remove(filepath.Join(s.Dir, name))
			}
			continue
		}
		pid, ok := filePID(name)
		if !ok || pid == self || !d.Type().IsRegular() {
			continue
		}
		mtime := modTime(d)
		if alive(pid, mtime) {
			continue
		}
		e := Entry{Path: filepath.Join(s.Dir, name), PID: pid, Saved: mtime}
		if h, err := readHeader(e.Path); err == nil {
			e.Original, e.Saved, e.Title = h.Original, h.Saved, h.Title
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Saved.Equal(out[j].Saved) {
			return out[i].Saved.After(out[j].Saved)
		}
		return out[i].Path < out[j].Path
	})
	return out, nil
}

// Restore loads the release of an entry, without the recovery header. A file
// that cannot be read or is not a valid release gives a *problem.Error whose
// File is e.Path.
func (s Store) Restore(e Entry) (*release.Release, error) {
	r, err := release.Load(e.Path)
	if err != nil {
		return nil, err
	}
	raw, ok := r.Extra[HeaderKey]
	if !ok {
		return r, nil
	}
	delete(r.Extra, HeaderKey)
	var h header
	if json.Unmarshal(raw, &h) == nil && len(h.Shadowed) > 0 {
		r.Extra[HeaderKey] = []byte(h.Shadowed)
	}
	if len(r.Extra) == 0 {
		r.Extra = nil
	}
	return r, nil
}

// Remove deletes an entry's file (after restoring, or when the user
// declines). It is not an error if the file is already gone. Only files in
// the store's folder are removed, so a wrong Entry cannot delete a release.
func (s Store) Remove(e Entry) error {
	if s.Dir == "" || filepath.Clean(filepath.Dir(e.Path)) != filepath.Clean(s.Dir) {
		return problem.New("ErrWrite", "File", e.Path)
	}
	if _, ok := filePID(filepath.Base(e.Path)); !ok {
		return problem.New("ErrWrite", "File", e.Path)
	}
	if err := os.Remove(e.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return problem.Wrap(err, "ErrWrite", "File", e.Path)
	}
	return nil
}

// Title returns a short description of r for the restore dialog: the text
// of the first title unit (Japanese, or English when that is empty), or
// failing that the first text of any unit, on one line and at most MaxTitle
// runes long. It is "" for a release without text.
func Title(r *release.Release) string {
	var text string
	for _, pass := range []bool{true, false} {
		for i := range r.Units {
			u := &r.Units[i]
			if pass && u.Kind != release.Title {
				continue
			}
			if text = oneLine(u.JA); text == "" {
				text = oneLine(u.EN)
			}
			if text != "" {
				return shorten(text, MaxTitle)
			}
		}
	}
	return ""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// shorten cuts s to at most n runes, ending a cut text with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)
	return strings.TrimRight(string(runes[:n-1]), " ") + "…"
}

// path returns the recovery file of original written by pid.
func (s Store) path(original string, pid int) (string, error) {
	if s.Dir == "" {
		return "", problem.New("ErrWrite", "File", "")
	}
	key := original
	switch {
	case original == "":
		key = untitledPrefix
	case !isUntitled(original):
		key = path2abs(original)
	}
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(s.Dir, strconv.Itoa(pid)+"-"+hex.EncodeToString(sum[:8])+release.Extension), nil
}

func isUntitled(original string) bool {
	return original == "" || strings.HasPrefix(original, untitledPrefix)
}

// path2abs makes a release path absolute and clean, so that "a.taiyaku" and
// "./a.taiyaku" share one recovery file.
func path2abs(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// filePID parses a recovery file name "<pid>-<16 hex digits>.taiyaku".
func filePID(name string) (int, bool) {
	stem, ok := strings.CutSuffix(name, release.Extension)
	if !ok {
		return 0, false
	}
	p, key, ok := strings.Cut(stem, "-")
	if !ok || len(key) != 16 || !isHex(key) || p == "" || strings.TrimLeft(p, "0123456789") != "" {
		return 0, false
	}
	pid, err := strconv.Atoi(p)
	if err != nil || pid <= 0 {
		return 0, false
	}
	return pid, true
}

// tempPID parses the name of storage.WriteFile's temporary file of a
// recovery file, "." + name + ".tmp-*".
func tempPID(name string) (int, bool) {
	if !strings.HasPrefix(name, ".") {
		return 0, false
	}
	base, _, ok := strings.Cut(name[1:], ".tmp-")
	if !ok {
		return 0, false
	}
	return filePID(base)
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("0123456789abcdef", rune(s[i])) {
			return false
		}
	}
	return true
}

func modTime(d fs.DirEntry) time.Time {
	if info, err := d.Info(); err == nil {
		return info.ModTime()
	}
	return time.Time{}
}

// readHeader checks that the file is whole JSON and returns its header.
// Pending does not decode the units: a file that is valid JSON but not a
// valid release is reported by Restore.
func readHeader(path string) (header, error) {
	var h header
	data, err := os.ReadFile(path)
	if err != nil {
		return h, err
	}
	if !json.Valid(data) {
		return h, errCorrupt
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return h, errCorrupt
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return h, err
		}
		if t != HeaderKey {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return h, err
			}
			continue
		}
		if err := dec.Decode(&h); err != nil {
			return h, err
		}
		if h.Version < 1 || h.Saved.IsZero() {
			return h, errCorrupt
		}
		return h, nil
	}
	return h, errCorrupt
}

var errCorrupt = errors.New("not a recovery file")
