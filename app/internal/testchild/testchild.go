// Package testchild runs the test binary again as a child process, for
// tests that need a second process to hold a lock, to crash, or to be
// killed with SIGKILL in the middle of its work.
package testchild

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// Child is a running copy of the test binary.
type Child struct {
	cmd    *exec.Cmd
	stdin  io.Closer
	Stderr strings.Builder
	once   sync.Once
}

// SkipWithoutKill skips tests that need SIGKILL where there is none.
func SkipWithoutKill(t testing.TB) {
	switch runtime.GOOS {
	case "windows", "plan9", "js", "wasip1":
		t.Skip("needs SIGKILL")
	}
}

// roleEnv names the role a child copy of the test binary plays.
const roleEnv = "TAIYAKU_TEST_CHILD"

// Main is a package's TestMain: it runs the tests, or, in a child started
// by Start, the role asked for, and exits with its code. The role "exit"
// exits at once (see DeadPID).
func Main(m *testing.M, roles map[string]func() int) {
	role := os.Getenv(roleEnv)
	switch f := roles[role]; {
	case role == "":
		os.Exit(m.Run())
	case f != nil:
		os.Exit(f())
	case role == "exit":
		os.Exit(0)
	}
	os.Exit(3)
}

// DeadPID returns the id of a process that ran and has been reaped.
func DeadPID(t testing.TB) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), roleEnv+"=exit")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

// Start runs the test binary in role (see Main) with env added and waits
// until the child prints the line want. The child is
// killed and reaped when the test ends. Its stdin stays open: a child
// that waits on it leaves by itself if the parent dies.
func Start(t testing.TB, role, want string, env ...string) *Child {
	t.Helper()
	c := &Child{cmd: exec.Command(os.Args[0], "-test.run=^$")}
	c.cmd.Env = append(append(os.Environ(), roleEnv+"="+role), env...)
	c.cmd.Stderr = &c.Stderr
	stdin, err := c.cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	c.stdin = stdin
	stdout, err := c.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Kill)
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != want {
		c.Kill()
		t.Fatalf("child said %q, %v; want %q; stderr: %s", line, err, want, c.Stderr.String())
	}
	return c
}

// PID is the child's process id.
func (c *Child) PID() int { return c.cmd.Process.Pid }

// Kill ends the child with SIGKILL and reaps it; calling it again does
// nothing.
func (c *Child) Kill() { _ = c.KillWait() }

// KillWait is Kill returning how the child ended: an error unless it had
// already exited cleanly (nil after the first call).
func (c *Child) KillWait() error {
	var err error
	c.once.Do(func() {
		_ = c.cmd.Process.Kill()
		err = c.cmd.Wait()
		_ = c.stdin.Close()
	})
	return err
}
