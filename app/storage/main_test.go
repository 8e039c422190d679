package storage

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"
)

// childEnv switches the test binary into a helper process (see TestMain).
const childEnv = "TAIYAKU_STORAGE_CHILD"

func TestMain(m *testing.M) {
	switch os.Getenv(childEnv) {
	case "":
		os.Exit(m.Run())
	case "exit":
		os.Exit(0)
	case "lock":
		os.Exit(childLock(os.Getenv("TAIYAKU_STORAGE_PATH")))
	default:
		os.Exit(3)
	}
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
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), childEnv+"=exit")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}
