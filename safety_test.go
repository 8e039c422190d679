package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"taiyaku/app/approval"
	"taiyaku/app/release"
)

// The tests of this file run the real program in child processes, as a
// person or a script would, and check what lands on disk (issue 12).

// child starts the program with args, with home as its home folder.
func child(home string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = []string{"TAIYAKU_TEST_MAIN=1", "PATH=" + os.Getenv("PATH"), "HOME=" + home, "LANG=en_US.UTF-8"}
	return cmd
}

// newRelease imports the sample pair of app/cli's tests into dir.
func newRelease(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "r.taiyaku")
	ja, en := filepath.Join("app", "cli", "testdata", "ja.txt"), filepath.Join("app", "cli", "testdata", "en.txt")
	if out, err := child(t.TempDir(), "import", "--ja", ja, "--en", en, "-o", path).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	return path
}

// Ten approve and withdraw commands at once on one release: every one
// that exited 0 is in the file and in the trail, and the stored approvals
// are the ones the trail ends with.
func TestConcurrentApprovalsAllLand(t *testing.T) {
	trials := 20
	if testing.Short() {
		trials = 3
	}
	home := t.TempDir()
	for trial := range trials {
		path := newRelease(t, t.TempDir())
		var wg sync.WaitGroup
		var mu sync.Mutex
		ok := map[string]int{}
		for k := range 10 {
			ed := []string{"ja", "en"}[k%2]
			args := []string{"approve", "--edition", ed, "--name", fmt.Sprintf("Approver %d", k), "--role", "Press officer", path}
			kind := "approve"
			if k >= 8 {
				args = []string{"withdraw", "--edition", ed, "--reason", "second thoughts", path}
				kind = "withdraw"
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := child(home, args...).Run(); err == nil {
					mu.Lock()
					ok[kind]++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		r, err := release.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, e := range r.Review.Trail {
			got[e.Kind]++
		}
		if got["approve"] != ok["approve"] || got["approve"] != 8 || got["withdraw"] != ok["withdraw"] {
			t.Fatalf("trial %d: exited 0: %v; in the trail: %v", trial, ok, got)
		}
		if p := approval.VerifyApprovals(r, nil); len(p) > 0 {
			t.Fatalf("trial %d: the stored approvals disagree with the trail: %v", trial, p)
		}
	}
}

// A final export killed at any moment leaves outputs and trail agreeing
// once the next command has run: every file and the export entry, or
// neither; no temporary file or journal survives that next run.
func TestKilledFinalExportIsAllOrNothing(t *testing.T) {
	runs := 100
	if testing.Short() {
		runs = 10
	}
	home := t.TempDir()
	original, err := os.ReadFile(newRelease(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	for k := range runs {
		dir := t.TempDir()
		path := filepath.Join(dir, "r.taiyaku")
		if err := os.WriteFile(path, original, 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "out")
		cmd := child(home, "export", "--final", "--override-reason", "test", "--format", "html", "-o", out, path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(k%40) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		_ = child(home, "status", path).Run() // the next run tidies up
		r, err := release.Load(path)
		if err != nil {
			t.Fatalf("run %d: the release is damaged: %v", k, err)
		}
		exported := false
		for _, e := range r.Review.Trail {
			exported = exported || e.Kind == "export"
		}
		files, _ := filepath.Glob(filepath.Join(out, "*"))
		hidden, _ := filepath.Glob(filepath.Join(out, ".*"))
		journal, _ := filepath.Glob(filepath.Join(dir, "*export-journal*"))
		want := 0
		if exported {
			want = 3 // both editions and the report
		}
		if len(files) != want || len(hidden) > 0 || len(journal) > 0 {
			t.Fatalf("run %d: exported=%v, files %v, temporary %v, journal %v", k, exported, files, hidden, journal)
		}
	}
}

// With the release's folder read-only, a final export writes nothing
// anywhere. (Run as another user when the test runs as root, who writes
// into read-only folders.)
func TestFinalExportReadOnlyFolder(t *testing.T) {
	base, err := os.MkdirTemp("", "taiyaku-readonly-") // not under t.TempDir: another user must reach it
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(base)
	_ = os.Chmod(base, 0o777)
	relDir, out := filepath.Join(base, "release"), filepath.Join(base, "out")
	for _, d := range []string{relDir, out} {
		if err := os.Mkdir(d, 0o777); err != nil {
			t.Fatal(err)
		}
		_ = os.Chmod(d, 0o777)
	}
	path := newRelease(t, relDir)
	_ = os.Chmod(path, 0o644)
	if err := os.Chmod(relDir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(relDir, 0o755)
	home := filepath.Join(base, "home")
	_ = os.Mkdir(home, 0o777)
	_ = os.Chmod(home, 0o777)
	cmd := child(home, "export", "--final", "--override-reason", "test", "-o", out, path)
	if os.Geteuid() == 0 {
		// The build folder of the test binary is the owner's alone: run a
		// copy that another user may execute.
		exe := filepath.Join(base, "taiyaku.test")
		data, err := os.ReadFile(os.Args[0])
		if err != nil || os.WriteFile(exe, data, 0o755) != nil {
			t.Skip("cannot copy the test binary")
		}
		cmd.Path, cmd.Args[0] = exe, exe
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	msg, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("exported into a read-only release folder: %s", msg)
	}
	if strings.Count(string(msg), "\n") != 1 {
		t.Errorf("not a one-line error: %q", msg)
	}
	for d, want := range map[string]int{relDir: 1, out: 0} {
		entries, _ := os.ReadDir(d)
		if len(entries) != want {
			t.Errorf("%s holds %v", d, entries)
		}
	}
}

// Approving through a symbolic link changes the file it points to; the
// link stays a link, and a private release stays private.
func TestApproveThroughSymlinkKeepsMode(t *testing.T) {
	dir := t.TempDir()
	path := newRelease(t, dir)
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "link.taiyaku")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	if out, err := child(t.TempDir(), "approve", "--edition", "ja", "--name", "Sato", "--role", "Director", link).CombinedOutput(); err != nil {
		t.Fatalf("approve: %v\n%s", err, out)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced")
	}
	r, err := release.Load(path)
	if err != nil || approval.Find(r, release.JA) == nil {
		t.Fatalf("the target has no approval: %v", err)
	}
	for _, f := range []string{path, path + ".bak"} {
		if fi, err := os.Stat(f); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, %v; want 0600", f, fi.Mode().Perm(), err)
		}
	}
}

// A release that names /dev/zero, a FIFO, a folder, a path outside its
// folder or a huge file as its glossary gets a one-line error at once.
func TestHostileGlossary(t *testing.T) {
	dir := t.TempDir()
	path := newRelease(t, dir)
	data, _ := os.ReadFile(path)
	_ = syscall.Mkfifo(filepath.Join(dir, "fifo.toml"), 0o644)
	_ = os.Mkdir(filepath.Join(dir, "folder.toml"), 0o755)
	big, _ := os.Create(filepath.Join(dir, "big.toml"))
	_ = big.Truncate(1 << 30)
	big.Close()
	for _, g := range []string{"/dev/zero", "fifo.toml", "folder.toml", "../../proc/self/environ", "big.toml"} {
		hostile := strings.Replace(string(data), `"meta": {`, `"meta": {"glossary": "`+g+`",`, 1)
		if hostile == string(data) {
			hostile = strings.Replace(string(data), `"format"`, `"meta": {"glossary": "`+g+`"}, "format"`, 1)
		}
		if err := os.WriteFile(path, []byte(hostile), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range []string{"check", "status"} {
			start := time.Now()
			out, err := child(t.TempDir(), cmd, path).CombinedOutput()
			if err == nil || strings.Count(string(out), "\n") != 1 || time.Since(start) > 5*time.Second || strings.Contains(string(out), "PATH=") {
				t.Errorf("%s with glossary %s: %v after %v: %q", cmd, g, err, time.Since(start), out)
			}
		}
	}
}
