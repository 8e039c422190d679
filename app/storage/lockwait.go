package storage

import (
	"math/rand/v2"
	"time"
)

// WriterWait is how long a command waits for another writer of the same
// release (another command, a window saving) before it gives up and names
// the holder: long enough for any save, short enough for a person at a
// terminal.
const WriterWait = 10 * time.Second

// AcquireLockWait takes the lock on path as AcquireLock does, but waits up
// to wait for a live holder to let go, trying again every few tens of
// milliseconds (with jitter, so that waiting writers do not march in
// step). A stale lock (its process gone) is taken over at once. After the
// wait, the error names the holder, as AcquireLock's does. Failures that
// waiting cannot mend (a read-only folder) return at once.
func AcquireLockWait(path, user string, wait time.Duration) (*Lock, error) {
	deadline := time.Now().Add(wait)
	for {
		l, held, err := AcquireLock(path, user)
		if err == nil {
			return l, nil
		}
		if held == nil {
			return nil, err
		}
		if held.Stale() {
			if l, _, terr := TakeOver(path, user, false); terr == nil {
				return l, nil
			}
		}
		if time.Now().After(deadline) {
			return nil, err
		}
		time.Sleep(time.Duration(10+rand.IntN(40)) * time.Millisecond)
	}
}
