package editor

import (
	"bytes"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

// reentryChecks makes every Doc lock record the goroutine that holds it and
// panic when that goroutine asks for it again: a Doc method called from
// inside another would otherwise wait for itself forever (the freezes of
// issue 7). Reading goroutine ids is slow, so tests switch it on.
var reentryChecks atomic.Bool

// CheckReentry switches the re-entry check of every Doc lock on or off; for
// tests (of this package and of the window).
func CheckReentry(on bool) { reentryChecks.Store(on) }

// docLock is a mutex that, with reentryChecks on, panics on re-entry.
type docLock struct {
	mu     sync.Mutex
	holder atomic.Uint64 // goroutine id of the holder, 0 when free or unchecked
}

func (l *docLock) Lock() {
	if !reentryChecks.Load() {
		l.mu.Lock()
		return
	}
	id := goroutineID()
	if l.holder.Load() == id {
		panic("editor: Doc lock re-entered by the goroutine that holds it")
	}
	l.mu.Lock()
	l.holder.Store(id)
}

func (l *docLock) Unlock() {
	l.holder.Store(0)
	l.mu.Unlock()
}

// goroutineID reads the current goroutine's id from its stack header
// ("goroutine 42 [running]:"); Go offers no other way, on purpose.
func goroutineID() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseUint(string(b), 10, 64)
	return id
}
