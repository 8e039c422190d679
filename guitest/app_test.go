//go:build guitest

package guitest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"taiyaku/app/release"
)

// config is one way of running every scenario: a UI language and a
// window size.
type config struct {
	name string
	lang string // LANG of the app, which picks the UI language
	w, h int
}

// session is one run of the real app on a fresh copy of the sample
// release, with a fresh HOME (no preferences, no recent files).
type session struct {
	t      *testing.T
	cfg    config
	path   string // the release the app has open
	art    string // this scenario's artifacts folder
	cmd    *exec.Cmd
	exited chan struct{}
	log    *os.File // the app's stdout and stderr
	win    string   // X window id
	step   int
	saved  []byte // the file's bytes at the last save
	orig   *release.Release
}

var (
	binary    = envOr("TAIYAKU_BIN", "../taiyaku")
	artifacts = envOr("GUITEST_ARTIFACTS", "../gui-artifacts")
	// typeDelay is xdotool's pause between typed characters, in ms: about
	// a person's speed, as in the trials that lost a space.
	typeDelay = envOr("GUITEST_TYPE_DELAY", "150")
	sample    = "../app/check/testdata/samples/jp-uk-digital-2025"
)

// start imports the sample into a temporary folder, starts the app on it
// and sizes its window.
func start(t *testing.T, cfg config) *session {
	t.Helper()
	dir, home := t.TempDir(), t.TempDir()
	s := &session{t: t, cfg: cfg, path: filepath.Join(dir, "r.taiyaku")}
	s.art = filepath.Join(artifacts, cfg.name, strings.ReplaceAll(t.Name()[strings.LastIndex(t.Name(), "/")+1:], " ", "_"))
	must(t, os.RemoveAll(s.art))
	must(t, os.MkdirAll(s.art, 0o755))
	if out, err := exec.Command(binary, "import", "--ja", sample+"/ja.txt", "--en", sample+"/en.txt", "-o", s.path).CombinedOutput(); err != nil {
		t.Fatalf("import: %v: %s", err, out)
	}
	s.orig = s.load()
	s.saved, _ = os.ReadFile(s.path)
	t.Cleanup(func() { s.stop() })
	for try := 1; ; try++ {
		s.launch(home)
		if s.findWindow() {
			break
		}
		// A loaded X server now and then refuses a client ("Failed to
		// open display"): one more try before failing.
		if b, _ := os.ReadFile(s.log.Name()); try == 2 || !bytes.Contains(b, []byte("Failed to open display")) {
			t.Fatalf("the app exited at start; see %s", s.log.Name())
		}
		t.Logf("the app could not open %s; starting it again", display)
		s.stop()
		time.Sleep(time.Second)
	}
	s.resize()
	return s
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (s *session) launch(home string) {
	var err error
	s.exited = make(chan struct{})
	s.log, err = os.Create(filepath.Join(s.art, "app.log"))
	must(s.t, err)
	s.cmd = exec.Command(binary, s.path)
	s.cmd.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+home, "LANG="+s.cfg.lang,
		"LC_ALL=", "LC_MESSAGES=", "LANGUAGE=", "XDG_CONFIG_HOME="+filepath.Join(home, ".config"))
	s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
	must(s.t, s.cmd.Start())
	go func() { _ = s.cmd.Wait(); close(s.exited) }()
}

// stop ends the app (it may be frozen: no polite quit) and keeps its log.
func (s *session) stop() {
	if s.cmd == nil {
		return
	}
	if s.alive() {
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
	_ = s.log.Close()
}

func (s *session) alive() bool {
	select {
	case <-s.exited:
		return false
	default:
		return true
	}
}

// findWindow waits for the app's window to be mapped; false when the
// app exited first.
func (s *session) findWindow() bool {
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if !s.alive() {
			return false
		}
		out, err := xdo("search", "--onlyvisible", "--name", "Taiyaku")
		if err == nil && out != "" {
			s.win = strings.Fields(out)[0]
			time.Sleep(time.Second) // the first frame
			return true
		}
	}
	s.t.Fatalf("no Taiyaku window within 20 s")
	return false
}

// resize asks for the configuration's size and says when the window
// will not shrink to it (a minimum size wider than the screen).
func (s *session) resize() {
	s.xdo("windowsize", s.win, strconv.Itoa(s.cfg.w), strconv.Itoa(s.cfg.h))
	time.Sleep(800 * time.Millisecond)
	w, h := s.geometry()
	if w > s.cfg.w || h > s.cfg.h {
		s.t.Errorf("the window is %dx%d, more than the %dx%d asked for", w, h, s.cfg.w, s.cfg.h)
	}
	s.xdo("windowfocus", "--sync", s.win)
}

// geometry is the window's size now.
func (s *session) geometry() (w, h int) {
	out := s.xdo("getwindowgeometry", "--shell", s.win)
	for _, line := range strings.Split(out, "\n") {
		k, v, _ := strings.Cut(line, "=")
		n, _ := strconv.Atoi(v)
		switch k {
		case "WIDTH":
			w = n
		case "HEIGHT":
			h = n
		}
	}
	return w, h
}

// xdo runs xdotool and fails the test when the app is gone or X does not
// answer.
func (s *session) xdo(args ...string) string {
	s.t.Helper()
	if !s.alive() {
		s.t.Fatalf("the app exited (crashed?); see %s", s.log.Name())
	}
	out, err := xdo(args...)
	if err != nil {
		s.t.Fatal(err)
	}
	return out
}

// key presses keys (xdotool names: "ctrl+s", "alt+Down"), each followed
// by a short pause for the window to act.
func (s *session) key(keys ...string) {
	s.t.Helper()
	for _, k := range keys {
		s.xdo("key", "--clearmodifiers", k)
		time.Sleep(150 * time.Millisecond)
	}
}

// repeat presses one key n times.
func (s *session) repeat(k string, n int) {
	for range n {
		s.key(k)
	}
}

// typeText types text with real key events at a person's speed.
func (s *session) typeText(text string) {
	s.t.Helper()
	if !s.alive() {
		s.t.Fatalf("the app exited (crashed?); see %s", s.log.Name())
	}
	if _, err := run(time.Duration(len(text)+20)*time.Second, "xdotool", "type", "--delay", typeDelay, text); err != nil {
		s.t.Fatal(err)
	}
	time.Sleep(400 * time.Millisecond) // past the re-check's debounce
}

// click clicks at a point of the window.
func (s *session) click(x, y int) {
	s.t.Helper()
	s.xdo("mousemove", "--window", s.win, strconv.Itoa(x), strconv.Itoa(y), "click", "1")
	time.Sleep(300 * time.Millisecond)
}

// shot saves a screenshot of the window as the scenario's next step.
func (s *session) shot(label string) string {
	s.t.Helper()
	s.step++
	time.Sleep(300 * time.Millisecond) // let the window draw what the last key did
	w, h := s.geometry()
	name := filepath.Join(s.art, fmt.Sprintf("%02d-%s.png", s.step, label))
	if _, err := run(20*time.Second, "import", "-window", "root", "-crop", fmt.Sprintf("%dx%d+0+0", w, h), "+repage", name); err != nil {
		s.t.Fatal(err)
	}
	return name
}

// save presses Ctrl+S and waits for the file to change. A window that
// stops answering never saves: the test then fails with the app's
// goroutine stacks instead of hanging.
func (s *session) save(what string) *release.Release {
	s.t.Helper()
	s.key("ctrl+s")
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if b, err := os.ReadFile(s.path); err == nil && len(b) > 0 && !bytes.Equal(b, s.saved) {
			time.Sleep(200 * time.Millisecond) // the rename is atomic; this is for a slow disk
			s.saved, _ = os.ReadFile(s.path)
			s.shot("saved-after-" + what)
			return s.load()
		}
	}
	s.shot("no-save-after-" + what)
	s.frozen("Ctrl+S after " + what + " saved nothing within 10 s")
	return nil
}

// frozen fails the test with where the app's goroutines stand.
func (s *session) frozen(why string) {
	s.t.Helper()
	if !s.alive() {
		s.t.Fatalf("%s: the app exited (crashed?); see %s", why, s.log.Name())
	}
	_ = s.cmd.Process.Signal(syscall.SIGQUIT) // Go prints every goroutine and exits
	select {
	case <-s.exited:
	case <-time.After(5 * time.Second):
	}
	b, _ := os.ReadFile(s.log.Name())
	s.t.Fatalf("%s: the window froze. Its UI goroutine:\n%s\n(all stacks in %s)", why, uiGoroutine(string(b)), s.log.Name())
}

// uiGoroutine picks goroutine 1 (the one Fyne draws and handles events
// on) out of a Go stack dump, shortened to our own frames.
func uiGoroutine(dump string) string {
	i := strings.Index(dump, "goroutine 1 ")
	if i < 0 {
		return "(no goroutine dump)"
	}
	block, _, _ := strings.Cut(dump[i:], "\n\n")
	var keep []string
	for _, line := range strings.Split(block, "\n") {
		if strings.HasPrefix(line, "goroutine ") || strings.Contains(line, "taiyaku/") || strings.Contains(line, "sync.") {
			if !strings.HasPrefix(line, "\t") {
				keep = append(keep, "  "+line)
			}
		}
	}
	return strings.Join(keep, "\n")
}

// load reads the release file as the app saved it.
func (s *session) load() *release.Release {
	s.t.Helper()
	r, err := release.Load(s.path)
	if err != nil {
		s.t.Fatal(err)
	}
	return r
}
