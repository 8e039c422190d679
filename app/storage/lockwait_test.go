package storage

import (
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// Writers that arrive together take the lock one after another; none is
// refused while the others hold it for a moment each.
func TestAcquireLockWaitSerialises(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.taiyaku")
	var mu sync.Mutex
	inside, most := 0, 0
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, err := AcquireLockWait(path, "w", 5*time.Second)
			if err != nil {
				errs <- err
				return
			}
			mu.Lock()
			inside++
			most = max(most, inside)
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			mu.Lock()
			inside--
			mu.Unlock()
			errs <- l.Release()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if most != 1 {
		t.Fatalf("%d writers held the lock at once", most)
	}
}

// A holder that does not let go makes the waiter give up, naming it.
func TestAcquireLockWaitGivesUp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.taiyaku")
	l, _, err := AcquireLock(path, "holder")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	start := time.Now()
	_, err = AcquireLockWait(path, "waiter", 200*time.Millisecond)
	if !errors.Is(err, ErrLocked) || time.Since(start) < 200*time.Millisecond {
		t.Fatalf("got %v after %v", err, time.Since(start))
	}
}
