package storage

import (
	"fmt"
	"os"
	"taiyaku/app/internal/testchild"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	testchild.Main(m, map[string]func() int{"lock": func() int { return childLock(os.Getenv("TAIYAKU_STORAGE_PATH")) }})
}

// childLock takes the lock on path, says so on stdout and waits to be
// killed. Should the parent go away first, stdin reaches its end and the
// child releases the lock and leaves; it never outlives a minute.
func childLock(path string) int {
	l, _, err := AcquireLock(path, "child")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("locked")
	done := make(chan struct{})
	go func() {
		buf := make([]byte, 1)
		for {
			if _, err := os.Stdin.Read(buf); err != nil {
				close(done)
				return
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
	}
	_ = l.Release()
	return 2
}

// deadPID returns the id of a process that ran and has ended.
func deadPID(t *testing.T) int { return testchild.DeadPID(t) }
