package ui

import (
	"os"
	"path/filepath"
	"strings"
	"taiyaku/app/internal/testchild"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"taiyaku/app/editor"
	"taiyaku/app/recovery"
	"taiyaku/app/release"
)

// TestMain lets this test binary play a crashing Taiyaku: with
// TAIYAKU_CRASH_DIR set it opens the window, types, autosaves, says
// "saved" and waits to be killed.
func TestMain(m *testing.M) {
	// Approvals made by tests sign with a key made in a folder of their
	// own, not in the user's configuration folder.
	if dir, err := os.MkdirTemp("", "taiyaku-config-"); err == nil {
		os.Setenv("XDG_CONFIG_HOME", dir)
	}
	editor.CheckReentry(true) // a Doc method called under the Doc's lock panics instead of freezing
	testchild.Main(m, map[string]func() int{"session": func() int { crashingSession(os.Getenv("TAIYAKU_CRASH_DIR")); return 0 }})
}

func crashingSession(dir string) {
	a := test.NewApp()
	a.Preferences().SetString(PrefLanguage, "en")
	w := New(a, Config{Runner: syncRunner{}, Recovery: recovery.Store{Dir: dir}})
	w.textChanged(1, release.EN, "Edited before the crash")
	w.AutosaveNow()
	os.Stdout.WriteString("saved\n")
	time.Sleep(time.Minute)
}

// TestAutosaveCrashRestore: a session edits and autosaves, is killed with
// SIGKILL, and the next session offers and restores the edits.
func TestAutosaveCrashRestore(t *testing.T) {
	testchild.SkipWithoutKill(t)
	dir := t.TempDir()
	if err := testchild.Start(t, "session", "saved", "TAIYAKU_CRASH_DIR="+dir).KillWait(); err == nil {
		t.Fatal("the session exited cleanly")
	}

	w := newTestWindow(t, Config{Recovery: recovery.Store{Dir: dir}})
	pending, err := w.cfg.Recovery.Pending()
	if err != nil || len(pending) != 1 {
		t.Fatalf("pending after the crash: %v, %v", pending, err)
	}
	w.offerRecovery()
	w.Restore(pending[0])
	if got := w.doc.Unit(1).EN; got != "Edited before the crash" {
		t.Fatalf("restored text %q", got)
	}
	if !w.doc.Dirty() || !strings.Contains(w.win.Title(), "*") {
		t.Error("restored work is not marked unsaved")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.taiyaku")); len(left) != 0 {
		t.Errorf("recovery file kept after restoring: %v", left)
	}
}

// TestAutosaveFailureIsShown: an autosave that cannot be written is told
// to the user, once, in their language, instead of being dropped.
func TestAutosaveFailureIsShown(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t, Config{Recovery: recovery.Store{Dir: filepath.Join(blocker, "recovery")}})
	w.textChanged(1, release.EN, "Edited, then autosaved into nowhere")
	w.AutosaveNow()
	if !strings.HasPrefix(w.lastNotice, "Autosave failed") {
		t.Fatalf("notice %q", w.lastNotice)
	}
	shown := w.lastNotice
	w.AutosaveNow()
	if w.lastNotice != shown {
		t.Fatal("the same failure was reported differently")
	}
}
