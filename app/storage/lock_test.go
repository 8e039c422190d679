package storage

import (
	"taiyaku/app/internal/testchild"

	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"taiyaku/app/problem"
)

func TestLockStaleRules(t *testing.T) {
	now := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	sys := system{host: "desk-1", boot: "boot-a", now: now, alive: func(pid int) bool { return pid == 100 }}
	hour := time.Hour
	cases := []struct {
		name  string
		info  LockInfo
		stale bool
	}{
		{"running process here", LockInfo{Host: "desk-1", Boot: "boot-a", PID: 100, Started: now.Add(-hour)}, false},
		{"dead process here", LockInfo{Host: "desk-1", Boot: "boot-a", PID: 200, Started: now.Add(-hour)}, true},
		{"before the last reboot", LockInfo{Host: "desk-1", Boot: "boot-z", PID: 100, Started: now.Add(-hour)}, true},
		{"boot unknown, running", LockInfo{Host: "desk-1", PID: 100, Started: now.Add(-hour)}, false},
		{"boot unknown, dead", LockInfo{Host: "desk-1", PID: 200, Started: now.Add(-hour)}, true},
		{"host name in other case", LockInfo{Host: "DESK-1", Boot: "boot-a", PID: 100, Started: now.Add(-hour)}, false},
		{"very old but running here", LockInfo{Host: "desk-1", Boot: "boot-a", PID: 100, Started: now.Add(-100 * 24 * hour)}, false},
		{"other host, an hour old", LockInfo{Host: "desk-2", Boot: "boot-x", PID: 200, Started: now.Add(-hour)}, false},
		{"other host, six days old", LockInfo{Host: "desk-2", PID: 200, Started: now.Add(-6 * 24 * hour)}, false},
		{"other host, eight days old", LockInfo{Host: "desk-2", PID: 200, Started: now.Add(-8 * 24 * hour)}, true},
		{"other host, old but touched", LockInfo{Host: "desk-2", PID: 200, Started: now.Add(-30 * 24 * hour), Modified: now.Add(-hour)}, false},
		{"other host, clock ahead", LockInfo{Host: "desk-2", PID: 200, Started: now.Add(hour)}, false},
		{"damaged, just written", LockInfo{Damaged: true, Modified: now.Add(-time.Second)}, false},
		{"damaged, left behind", LockInfo{Damaged: true, Modified: now.Add(-2 * time.Minute)}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.info.stale(sys); got != c.stale {
				t.Fatalf("stale = %v, want %v", got, c.stale)
			}
		})
	}
}

// writeLock puts a lock file for path as another process would have left it
// when it took the lock.
func writeLock(t *testing.T, path string, info LockInfo) {
	t.Helper()
	data, err := json.Marshal(&info)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(LockPath(path), data, 0o644); err != nil {
		t.Fatal(err)
	}
	// Written when taken, never touched since.
	if err := os.Chtimes(LockPath(path), info.Started, info.Started); err != nil {
		t.Fatal(err)
	}
}

// lockedBy checks that err says the file is locked, with problem id id, by
// the holder with pid.
func lockedBy(t *testing.T, err error, held *LockInfo, id string, pid int) {
	t.Helper()
	var p *problem.Error
	if !errors.Is(err, ErrLocked) || !errors.As(err, &p) || p.ID != id {
		t.Fatalf("error %v, want %s", err, id)
	}
	if held == nil || held.PID != pid || p.Data["PID"] != pid {
		t.Fatalf("holder %+v, error %v; want pid %d", held, err, pid)
	}
}

func TestLockAcquireRelease(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.taiyaku")
	l, held, err := AcquireLock(path, "hanako")
	if err != nil || held != nil {
		t.Fatalf("acquire: %v, %v", held, err)
	}
	var onDisk map[string]any
	data, _ := os.ReadFile(LockPath(path))
	if err := json.Unmarshal(data, &onDisk); err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	if onDisk["user"] != "hanako" || onDisk["host"] != host || onDisk["pid"] != float64(os.Getpid()) {
		t.Fatalf("lock file %s", data)
	}
	if _, err := time.Parse(time.RFC3339, onDisk["started"].(string)); err != nil {
		t.Fatalf("started not RFC 3339: %v", err)
	}
	if runtime.GOOS == "linux" && onDisk["boot"] == "" {
		t.Fatalf("no boot id on Linux: %s", data)
	}

	_, held, err = AcquireLock(path, "taro")
	lockedBy(t, err, held, "ErrLocked", os.Getpid())
	if held.User != "hanako" || held.Stale() {
		t.Fatalf("holder %+v (stale %v)", held, held.Stale())
	}
	if _, _, err := TakeOver(path, "taro", false); !errors.Is(err, ErrLocked) {
		t.Fatalf("took over a live lock: %v", err)
	}
	if ok, err := l.Held(); !ok || err != nil {
		t.Fatalf("held = %v, %v", ok, err)
	}
	if err := l.Touch(); err != nil {
		t.Fatal(err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(LockPath(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("lock file still there: %v", err)
	}
	if err := l.Release(); err != nil {
		t.Fatalf("second release: %v", err)
	}
	l2, _, err := AcquireLock(path, "taro")
	if err != nil {
		t.Fatalf("acquire after release: %v", err)
	}
	_ = l2.Release()
}

func TestLockLeftBehind(t *testing.T) {
	host, _ := os.Hostname()
	boot := bootID()
	old := time.Now().Add(-time.Hour).Round(0)
	cases := []struct {
		name   string
		info   func(t *testing.T) LockInfo
		stale  bool
		linux  bool // only where the system gives a boot id
		errID  string
		forced bool // taking over needs force
	}{
		{name: "dead process", stale: true, errID: "ErrLockStale",
			info: func(t *testing.T) LockInfo {
				return LockInfo{User: "ghost", Host: host, PID: deadPID(t), Started: old, Boot: boot}
			}},
		{name: "different boot id", stale: true, linux: true, errID: "ErrLockStale",
			info: func(*testing.T) LockInfo {
				// This very process runs, but under another boot: a pid
				// reused after a reboot.
				return LockInfo{User: "ghost", Host: host, PID: os.Getpid(), Started: old, Boot: "0e5f0000-not-this-boot"}
			}},
		{name: "another host", stale: false, errID: "ErrLocked", forced: true,
			info: func(t *testing.T) LockInfo {
				// Its pid is dead here, which says nothing about there.
				return LockInfo{User: "jiro", Host: "elsewhere.example", PID: deadPID(t), Started: old}
			}},
		{name: "another host, long ago", stale: true, errID: "ErrLockStale",
			info: func(*testing.T) LockInfo {
				return LockInfo{User: "jiro", Host: "elsewhere.example", PID: 42, Started: time.Now().Add(-RemoteStaleAfter - time.Hour)}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.linux && boot == "" {
				t.Skip("no boot id on this system")
			}
			path := filepath.Join(t.TempDir(), "r.taiyaku")
			info := c.info(t)
			writeLock(t, path, info)
			_, held, err := AcquireLock(path, "hanako")
			lockedBy(t, err, held, c.errID, info.PID)
			if held.Stale() != c.stale || held.User != info.User {
				t.Fatalf("holder %+v, stale %v, want %v", held, held.Stale(), c.stale)
			}
			l, prev, err := TakeOver(path, "hanako", false)
			if c.forced {
				lockedBy(t, err, prev, c.errID, info.PID)
				l, prev, err = TakeOver(path, "hanako", true)
			}
			if err != nil {
				t.Fatalf("take over: %v", err)
			}
			if prev == nil || prev.PID != info.PID || prev.User != info.User {
				t.Fatalf("replaced holder %+v, want %+v", prev, info)
			}
			now, err := ReadLock(path)
			if err != nil || now.PID != os.Getpid() || now.User != "hanako" || now.Stale() {
				t.Fatalf("lock after take-over %+v, %v", now, err)
			}
			if err := l.Release(); err != nil {
				t.Fatal(err)
			}
			if _, err := ReadLock(path); !errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("lock not released: %v", err)
			}
		})
	}
}

func TestLockDamaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.taiyaku")
	// A crash between the exclusive create and the write leaves it empty.
	if err := os.WriteFile(LockPath(path), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, held, err := AcquireLock(path, "hanako")
	var p *problem.Error
	if !errors.Is(err, ErrLocked) || !errors.As(err, &p) || p.ID != "ErrLockDamaged" ||
		held == nil || !held.Damaged || held.Stale() {
		t.Fatalf("fresh damaged lock: %+v, %v", held, err)
	}
	if _, _, err := TakeOver(path, "hanako", false); !errors.Is(err, ErrLocked) {
		t.Fatalf("took over a lock being written: %v", err)
	}
	past := time.Now().Add(-2 * DamagedStaleAfter)
	if err := os.Chtimes(LockPath(path), past, past); err != nil {
		t.Fatal(err)
	}
	l, prev, err := TakeOver(path, "hanako", false)
	if err != nil || !prev.Damaged {
		t.Fatalf("take over damaged lock: %+v, %v", prev, err)
	}
	_ = l.Release()
}

func TestReleaseKeepsOthersLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.taiyaku")
	mine, _, err := AcquireLock(path, "hanako")
	if err != nil {
		t.Fatal(err)
	}
	theirs, prev, err := TakeOver(path, "taro", true) // taro insists
	if err != nil || prev.User != "hanako" {
		t.Fatalf("forced take-over: %+v, %v", prev, err)
	}
	if ok, _ := mine.Held(); ok {
		t.Fatal("lock taken over still held by its first owner")
	}
	if err := mine.Touch(); err != nil {
		t.Fatal(err)
	}
	if err := mine.Release(); err != nil {
		t.Fatal(err)
	}
	now, err := ReadLock(path)
	if err != nil || now.User != "taro" {
		t.Fatalf("release removed someone else's lock: %+v, %v", now, err)
	}
	if err := theirs.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadLock(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("lock left: %v", err)
	}
}

func TestLockCannotBeMade(t *testing.T) {
	// The folder of the file does not exist: the lock cannot be made.
	path := filepath.Join(t.TempDir(), "missing", "r.taiyaku")
	_, _, err := AcquireLock(path, "hanako")
	var p *problem.Error
	if !errors.As(err, &p) || p.ID != "ErrLock" || p.Data["File"] != LockPath(path) || errors.Is(err, ErrLocked) {
		t.Fatalf("got %v", err)
	}
}

// TestLockHeldByKilledProcess runs this test binary as a second process
// that takes the lock; once it is killed, the lock is recognised as left
// behind and taken over.
func TestLockHeldByKilledProcess(t *testing.T) {
	testchild.SkipWithoutKill(t)
	path := filepath.Join(t.TempDir(), "r.taiyaku")
	proc := testchild.Start(t, "lock", "locked", "TAIYAKU_STORAGE_PATH="+path)
	child := proc.PID()

	_, held, err := AcquireLock(path, "parent")
	lockedBy(t, err, held, "ErrLocked", child)
	if held.User != "child" || held.Stale() {
		t.Fatalf("live child's lock: %+v, stale %v", held, held.Stale())
	}
	if _, _, err := TakeOver(path, "parent", false); !errors.Is(err, ErrLocked) {
		t.Fatalf("took over a live process's lock: %v", err)
	}

	if err := proc.KillWait(); err == nil { // SIGKILL: no chance to release
		t.Fatal("child exited cleanly")
	}

	_, held, err = AcquireLock(path, "parent")
	lockedBy(t, err, held, "ErrLockStale", child)
	if !held.Stale() {
		t.Fatalf("killed child's lock not stale: %+v", held)
	}
	l, prev, err := TakeOver(path, "parent", false)
	if err != nil || prev.PID != child {
		t.Fatalf("take over: %+v, %v", prev, err)
	}
	now, err := ReadLock(path)
	if err != nil || now.PID != os.Getpid() || now.User != "parent" {
		t.Fatalf("lock after take-over: %+v, %v", now, err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
}
