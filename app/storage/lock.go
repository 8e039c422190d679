package storage

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"taiyaku/app/problem"
)

// LockSuffix is added to a file's name for the lock file that says the file
// is open for editing.
const LockSuffix = ".lock"

// LockPath returns the lock file of path.
func LockPath(path string) string { return path + LockSuffix }

// ErrLocked is the sentinel inside the error AcquireLock and TakeOver
// return when someone else holds the lock: errors.Is(err, ErrLocked).
var ErrLocked = errors.New("storage: file is locked")

// RemoteStaleAfter is how long a lock from another computer must have shown
// no sign of life (neither taken nor touched, see Lock.Touch) before it
// counts as stale. Whether a process on another computer still runs cannot
// be asked, so a lock from there is trusted for a long time: long enough
// for a window left open over a long holiday (Golden Week, New Year) when
// the editor touches its lock now and then, while a lock left by a crashed
// computer still goes away by itself eventually. Until then the user can
// always insist (TakeOver with force).
const RemoteStaleAfter = 7 * 24 * time.Hour

// DamagedStaleAfter is how old a lock file that cannot be read as a lock
// (empty or cut short by a crash right after it was created) must be before
// it counts as stale. Writing a lock takes microseconds; the margin covers
// clocks of file servers that differ from ours.
const DamagedStaleAfter = time.Minute

// LockInfo is what a lock file says about who holds it. It is stored as
// JSON: {"user", "host", "pid", "started" (RFC 3339), "boot"}.
type LockInfo struct {
	User string `json:"user"`
	Host string `json:"host"`
	PID  int    `json:"pid"`
	// Started is when the lock was taken.
	Started time.Time `json:"started"`
	// Boot identifies the running boot of the holder's computer where the
	// system gives one (Linux); it is empty elsewhere.
	Boot string `json:"boot,omitempty"`

	// Modified is the lock file's modification time: the last sign of life
	// of its holder (see Lock.Touch). It is not stored in the file.
	Modified time.Time `json:"-"`
	// Damaged is set when the lock file exists but does not hold a lock,
	// as after a crash right after it was created.
	Damaged bool `json:"-"`
}

// Stale reports whether the lock was left behind by a holder that is gone,
// so that TakeOver may replace it without asking:
//
//   - a lock from this computer is stale when it was taken before the last
//     reboot (its boot id differs from the current one, where both are
//     known) or when its process no longer runs;
//   - a lock from another computer cannot be checked: it is stale only
//     when it has shown no sign of life for RemoteStaleAfter;
//   - a damaged lock file is stale once it is DamagedStaleAfter old.
//
// A process id reused by an unrelated process after a crash keeps a lock
// alive until the next reboot; the user can then insist.
func (i *LockInfo) Stale() bool { return i.stale(current()) }

// system is what Stale compares a lock with: this computer and this moment.
type system struct {
	host, boot string
	now        time.Time
	alive      func(pid int) bool
}

func current() system {
	return system{host: hostname(), boot: bootID(), now: time.Now(), alive: ProcessAlive}
}

func (i *LockInfo) stale(sys system) bool {
	lastSign := i.Started
	if i.Modified.After(lastSign) {
		lastSign = i.Modified
	}
	age := sys.now.Sub(lastSign)
	switch {
	case i.Damaged:
		return sys.now.Sub(i.Modified) > DamagedStaleAfter
	case !strings.EqualFold(i.Host, sys.host):
		return age > RemoteStaleAfter
	case i.Boot != "" && sys.boot != "" && i.Boot != sys.boot:
		return true
	default:
		return !sys.alive(i.PID)
	}
}

// same reports whether i and o describe the same taking of a lock.
func (i *LockInfo) same(o *LockInfo) bool {
	return !i.Damaged && !o.Damaged && i.PID == o.PID && i.Started.Equal(o.Started) &&
		strings.EqualFold(i.Host, o.Host)
}

// Lock is a lock this process holds on a file.
type Lock struct {
	path string // the lock file
	info LockInfo
}

// Info returns what the lock file says about this process.
func (l *Lock) Info() LockInfo { return l.info }

// Path returns the lock file's path.
func (l *Lock) Path() string { return l.path }

// AcquireLock marks path as open by user in this process by creating its
// lock file, LockPath(path), exclusively: of several processes trying at
// once, exactly one succeeds.
//
// When the file is already locked it returns the holder's LockInfo and an
// error wrapping ErrLocked, so the caller can warn, offer to open the file
// read-only, or take the lock over (TakeOver) when it is stale. That error
// is a *problem.Error with data File, User, Host, PID and Started (local
// time, "2006-01-02 15:04"): "ErrLocked" for a live holder, "ErrLockStale"
// when info.Stale(), "ErrLockDamaged" when the lock file names no one
// (info.Damaged). Other failures (a read-only folder) are "ErrLock" with
// the lock file in File.
func AcquireLock(path, user string) (*Lock, *LockInfo, error) {
	lp := LockPath(path)
	info := newInfo(user)
	data, err := json.MarshalIndent(&info, "", "  ")
	if err != nil {
		return nil, nil, problem.Wrap(err, "ErrLock", "File", lp)
	}
	for attempt := 0; ; attempt++ {
		err := createExclusive(lp, data)
		if err == nil {
			return &Lock{path: lp, info: info}, nil, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, nil, problem.Wrap(err, "ErrLock", "File", lp)
		}
		held, err := ReadLock(path)
		if errors.Is(err, fs.ErrNotExist) && attempt < 3 {
			continue // released between our try and our look: try again
		}
		if err != nil {
			return nil, nil, err
		}
		return nil, held, lockedError(path, held)
	}
}

// createExclusive creates the file lp, failing if it exists, and writes
// data to it. A crash between create and write leaves an empty lock file,
// which ReadLock reports as Damaged.
func createExclusive(lp string, data []byte) error {
	f, err := os.OpenFile(lp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(lp)
		return err
	}
	syncDir(filepath.Dir(lp))
	return nil
}

// ReadLock returns who holds the lock on path. Without a lock file the
// error wraps fs.ErrNotExist; a lock file that cannot be decoded is
// returned with Damaged set, not as an error.
func ReadLock(path string) (*LockInfo, error) {
	lp := LockPath(path)
	info, err := readLockFile(lp)
	if err != nil {
		return nil, problem.Wrap(err, "ErrLock", "File", lp)
	}
	return info, nil
}

func readLockFile(lp string) (*LockInfo, error) {
	f, err := os.Open(lp)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	var info LockInfo
	dec := json.NewDecoder(f)
	if err := dec.Decode(&info); err != nil || info.PID <= 0 || info.Started.IsZero() {
		info = LockInfo{Damaged: true}
	}
	info.Modified = st.ModTime()
	return &info, nil
}

// TakeOver gives the lock on path to user in this process, replacing the
// lock file atomically. Without a lock file it is AcquireLock. A lock held
// by someone else is replaced only when it is stale or force is set (the
// user insists, having been told who holds it); otherwise TakeOver returns
// the holder and an ErrLocked error as AcquireLock does.
//
// On success it returns the new lock and the holder it replaced. Two
// processes taking over the same stale lock at the same moment are told
// apart by reading the lock back: the one whose lock did not stay gets
// ErrLocked. (Between that check and a slower competitor's rename there is
// a window of microseconds; a person takes over far more slowly.)
func TakeOver(path, user string, force bool) (*Lock, *LockInfo, error) {
	held, err := ReadLock(path)
	if errors.Is(err, fs.ErrNotExist) {
		return AcquireLock(path, user)
	}
	if err != nil {
		return nil, nil, err
	}
	if !force && !held.Stale() {
		return nil, held, lockedError(path, held)
	}
	lp := LockPath(path)
	info := newInfo(user)
	data, err := json.MarshalIndent(&info, "", "  ")
	if err == nil {
		err = WriteFile(lp, data, 0o644)
	}
	if err != nil {
		return nil, held, problem.Wrap(err, "ErrLock", "File", lp)
	}
	now, err := readLockFile(lp)
	if err != nil {
		return nil, held, problem.Wrap(err, "ErrLock", "File", lp)
	}
	if !now.same(&info) {
		return nil, now, lockedError(path, now)
	}
	return &Lock{path: lp, info: info}, held, nil
}

// Held reports whether the lock file still names this lock, that is, no one
// has taken it over or removed it.
func (l *Lock) Held() (bool, error) {
	now, err := readLockFile(l.path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, problem.Wrap(err, "ErrLock", "File", l.path)
	}
	return now.same(&l.info), nil
}

// Touch refreshes the lock file's modification time, a sign of life for
// other computers (see RemoteStaleAfter). The editor calls it at each save
// and now and then while open (hourly is plenty). A lock taken over by
// someone else is left alone.
func (l *Lock) Touch() error {
	if ok, err := l.Held(); !ok || err != nil {
		return err
	}
	now := time.Now()
	if err := os.Chtimes(l.path, now, now); err != nil {
		return problem.Wrap(err, "ErrLock", "File", l.path)
	}
	return nil
}

// Release removes the lock file if it still names this lock (same host,
// process id and start time). A lock someone has taken over in the meantime
// is theirs and stays; a lock file already gone is not an error.
func (l *Lock) Release() error {
	ok, err := l.Held()
	if !ok || err != nil {
		return err
	}
	if err := os.Remove(l.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return problem.Wrap(err, "ErrLock", "File", l.path)
	}
	syncDir(filepath.Dir(l.path))
	return nil
}

// lockedError tells the user who holds the lock on path.
func lockedError(path string, held *LockInfo) error {
	id := "ErrLocked"
	switch {
	case held.Damaged:
		id = "ErrLockDamaged"
	case held.Stale():
		id = "ErrLockStale"
	}
	started := ""
	if !held.Started.IsZero() {
		started = held.Started.Local().Format("2006-01-02 15:04")
	}
	return problem.Wrap(ErrLocked, id, "File", path, "User", held.User, "Host", held.Host,
		"PID", held.PID, "Started", started)
}

func newInfo(user string) LockInfo {
	return LockInfo{
		User:    user,
		Host:    hostname(),
		PID:     os.Getpid(),
		Started: startTime(),
		Boot:    bootID(),
	}
}

// lastStart is the Started of the newest lock of this process. Locks of one
// process are told apart by Started alone, so it must never repeat, even on
// a clock coarser than the calls.
var lastStart struct {
	sync.Mutex
	t time.Time
}

func startTime() time.Time {
	lastStart.Lock()
	defer lastStart.Unlock()
	t := time.Now().Round(0)
	if !t.After(lastStart.t) {
		t = lastStart.t.Add(time.Nanosecond)
	}
	lastStart.t = t
	return t
}

// hostname is this computer's name, or "" when the system will not say.
var hostname = sync.OnceValue(func() string {
	h, _ := os.Hostname()
	return h
})

// bootID identifies the running boot of this computer, or "".
var bootID = sync.OnceValue(readBootID)
