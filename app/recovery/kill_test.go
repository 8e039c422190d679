package recovery

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestKilledProcessIsRestored runs this test binary as a child that saves a
// recovery file and is then killed with SIGKILL, as in a real crash.
func TestKilledProcessIsRestored(t *testing.T) {
	switch runtime.GOOS {
	case "windows", "plan9", "js", "wasip1":
		t.Skip("needs SIGKILL")
	}
	s := Store{Dir: filepath.Join(t.TempDir(), "recovery")}
	orig := filepath.Join(t.TempDir(), "release.taiyaku")
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), childEnv+"=save", "TAIYAKU_RECOVERY_DIR="+s.Dir, "TAIYAKU_RECOVERY_ORIGINAL="+orig)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe() // the child waits on it; closed if we die
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	defer func() {
		if !killed {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	}()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "saved" {
		t.Fatalf("child said %q, %v", line, err)
	}
	// While the child runs, its file is not offered.
	if es := pending(t, s); len(es) != 0 {
		t.Fatalf("running process's file listed: %v", es)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	killed = true
	if err := cmd.Wait(); err == nil {
		t.Fatal("child exited cleanly")
	}
	es := pending(t, s)
	if len(es) != 1 {
		t.Fatalf("want the killed child's file, got %v", es)
	}
	e := es[0]
	if e.PID != cmd.Process.Pid || e.Original != orig || e.Title == "" {
		t.Fatalf("entry %+v, child pid %d", e, cmd.Process.Pid)
	}
	r, err := s.Restore(e)
	if err != nil {
		t.Fatal(err)
	}
	sameTexts(t, r, edited())
	if err := s.Remove(e); err != nil {
		t.Fatal(err)
	}
	if es := pending(t, s); len(es) != 0 {
		t.Fatalf("removed entry listed: %v", es)
	}
}
