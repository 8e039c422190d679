package recovery

import (
	"taiyaku/app/internal/testchild"

	"path/filepath"
	"testing"
)

// TestKilledProcessIsRestored runs this test binary as a child that saves a
// recovery file and is then killed with SIGKILL, as in a real crash.
func TestKilledProcessIsRestored(t *testing.T) {
	testchild.SkipWithoutKill(t)
	s := Store{Dir: filepath.Join(t.TempDir(), "recovery")}
	orig := filepath.Join(t.TempDir(), "release.taiyaku")
	child := testchild.Start(t, "save", "saved", "TAIYAKU_RECOVERY_DIR="+s.Dir, "TAIYAKU_RECOVERY_ORIGINAL="+orig)
	// While the child runs, its file is not offered.
	if es := pending(t, s); len(es) != 0 {
		t.Fatalf("running process's file listed: %v", es)
	}
	if err := child.KillWait(); err == nil { // SIGKILL on Unix
		t.Fatal("child exited cleanly")
	}
	es := pending(t, s)
	if len(es) != 1 {
		t.Fatalf("want the killed child's file, got %v", es)
	}
	e := es[0]
	if e.PID != child.PID() || e.Original != orig || e.Title == "" {
		t.Fatalf("entry %+v, child pid %d", e, child.PID())
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
