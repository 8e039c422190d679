package recovery

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"taiyaku/app/internal/testchild"
	"testing"
	"time"
	"unicode/utf8"

	"taiyaku/app/problem"
	"taiyaku/app/release"
)

func TestMain(m *testing.M) {
	testchild.Main(m, map[string]func() int{"save": childSave})
}

// childSave saves an edited release as a recovery file, says so on stdout,
// and waits to be killed (or for its parent to go away).
func childSave() int {
	s := Store{Dir: os.Getenv("TAIYAKU_RECOVERY_DIR")}
	if err := s.Save(os.Getenv("TAIYAKU_RECOVERY_ORIGINAL"), edited()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("saved")
	buf := make([]byte, 1)
	for {
		if _, err := os.Stdin.Read(buf); err != nil {
			return 2
		}
	}
}

// sample is a small release as it might be on disk.
func sample() *release.Release {
	r := &release.Release{Meta: release.Meta{Ministry: "METI", ReleaseID: "2025-001"}}
	r.Append(release.Title, "経済産業省がデジタル政策を発表", "METI announces digital policy")
	r.Append(release.Date, "令和7年4月1日", "1 April 2025")
	r.Append(release.Paragraph, "本日、政策を公表しました。", "Today the policy was published.")
	return r
}

// edited is sample with unsaved edits: a changed text, a new unit and an
// unknown field that must survive.
func edited() *release.Release {
	r := sample()
	r.Units[2].EN = "Today the ministry published the policy <draft> & notes."
	r.Units[2].StatusEN = release.Translated
	r.Append(release.Contact, "担当：情報政策課", "Contact: Information Policy Division")
	r.Extra = map[string][]byte{"future_top": []byte(`{"kept":true}`)}
	return r
}

var dead struct {
	once sync.Once
	pid  int
}

// deadPID returns the pid of a process that has run and been reaped. One
// child serves the whole test run.
func deadPID(t *testing.T) int {
	t.Helper()
	dead.once.Do(func() {
		dead.pid = testchild.DeadPID(t)
	})
	if alive(dead.pid, time.Now()) {
		t.Skipf("pid %d was reused", dead.pid)
	}
	return dead.pid
}

func marshal(t *testing.T, r *release.Release) string {
	t.Helper()
	data, err := release.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func sameTexts(t *testing.T, got, want *release.Release) {
	t.Helper()
	if len(got.Units) != len(want.Units) {
		t.Fatalf("restored %d units, want %d", len(got.Units), len(want.Units))
	}
	for i := range want.Units {
		g, w := got.Units[i], want.Units[i]
		if g.JA != w.JA || g.EN != w.EN || g.Kind != w.Kind || g.StatusEN != w.StatusEN {
			t.Errorf("unit %d: got %+v, want %+v", i+1, g, w)
		}
	}
	if a, b := marshal(t, got), marshal(t, want); a != b {
		t.Errorf("restored release differs:\n%s\n---\n%s", a, b)
	}
}

func pending(t *testing.T, s Store) []Entry {
	t.Helper()
	es, err := s.Pending()
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func TestOwnFilesAreNotPending(t *testing.T) {
	s := Store{Dir: filepath.Join(t.TempDir(), "recovery")} // created on first Save
	if es := pending(t, s); len(es) != 0 {
		t.Fatalf("missing folder: %v", es)
	}
	if err := s.Save("/docs/a.taiyaku", edited()); err != nil {
		t.Fatal(err)
	}
	if err := s.Save("", edited()); err != nil {
		t.Fatal(err)
	}
	if es := pending(t, s); len(es) != 0 {
		t.Fatalf("own files listed: %v", es)
	}
	files, _ := os.ReadDir(s.Dir)
	if len(files) != 2 {
		t.Fatalf("want 2 recovery files, got %v", files)
	}
}

func TestCrashedProcessIsRestored(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	orig := filepath.Join(t.TempDir(), "release.taiyaku")
	pid := deadPID(t)
	r := edited()
	saved := time.Date(2025, 4, 1, 9, 30, 0, 0, time.UTC)
	if err := s.save(orig, r, pid, saved); err != nil {
		t.Fatal(err)
	}
	es := pending(t, s)
	if len(es) != 1 {
		t.Fatalf("want 1 entry, got %v", es)
	}
	e := es[0]
	if e.Original != orig || e.PID != pid || !e.Saved.Equal(saved) || e.Title != "経済産業省がデジタル政策を発表" {
		t.Fatalf("entry %+v", e)
	}
	got, err := s.Restore(e)
	if err != nil {
		t.Fatal(err)
	}
	sameTexts(t, got, r)
	if _, ok := got.Extra[HeaderKey]; ok {
		t.Fatal("restored release keeps the recovery header")
	}
	if string(got.Extra["future_top"]) == "" {
		t.Fatal("unknown field lost")
	}
	// Saving the restored release writes no header.
	out := filepath.Join(t.TempDir(), "saved.taiyaku")
	if err := release.Save(out, got); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(out)
	if bytes.Contains(data, []byte(HeaderKey)) {
		t.Fatalf("saved file keeps the header:\n%s", data)
	}
	if err := s.Remove(e); err != nil {
		t.Fatal(err)
	}
	if es := pending(t, s); len(es) != 0 {
		t.Fatalf("removed entry still listed: %v", es)
	}
	if err := s.Remove(e); err != nil {
		t.Fatalf("second Remove: %v", err)
	}
}

func TestSaveLeavesReleaseAlone(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	r := edited()
	before := marshal(t, r)
	if err := s.Save("x.taiyaku", r); err != nil {
		t.Fatal(err)
	}
	if after := marshal(t, r); after != before || len(r.Extra) != 1 {
		t.Fatalf("Save changed the release: %v", r.Extra)
	}
}

func TestRecoveryFileIsARelease(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if err := s.save("a.taiyaku", edited(), deadPID(t), time.Now()); err != nil {
		t.Fatal(err)
	}
	es := pending(t, s)
	if len(es) != 1 {
		t.Fatalf("got %v", es)
	}
	data, err := os.ReadFile(es[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := release.Unmarshal(data); err != nil {
		t.Fatal(err)
	}
	// The header comes first, so Pending need not read past it.
	if !bytes.HasPrefix(data, []byte("{\n  \""+HeaderKey+"\": {")) {
		t.Fatalf("header not first:\n%.200s", data)
	}
}

func TestReleaseOwnHeaderFieldSurvives(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	r := edited()
	r.Extra[HeaderKey] = []byte(`["a field of a newer tool"]`)
	if err := s.save("a.taiyaku", r, deadPID(t), time.Now()); err != nil {
		t.Fatal(err)
	}
	es := pending(t, s)
	if len(es) != 1 || es[0].Title == "" {
		t.Fatalf("got %v", es)
	}
	got, err := s.Restore(es[0])
	if err != nil {
		t.Fatal(err)
	}
	sameTexts(t, got, r)
}

func TestDiscard(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if err := s.Discard("never-saved.taiyaku"); err != nil {
		t.Fatalf("Discard without a file: %v", err)
	}
	if err := (Store{Dir: filepath.Join(t.TempDir(), "missing")}).Discard(""); err != nil {
		t.Fatalf("Discard without a folder: %v", err)
	}
	for _, orig := range []string{"a.taiyaku", ""} {
		if err := s.Save(orig, edited()); err != nil {
			t.Fatal(err)
		}
		if err := s.Discard(orig); err != nil {
			t.Fatal(err)
		}
	}
	if files, _ := os.ReadDir(s.Dir); len(files) != 0 {
		t.Fatalf("left behind: %v", files)
	}
}

func TestDiscardKeepsOtherProcesses(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if err := s.save("a.taiyaku", edited(), deadPID(t), time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := s.Save("a.taiyaku", sample()); err != nil {
		t.Fatal(err)
	}
	if err := s.Discard("a.taiyaku"); err != nil {
		t.Fatal(err)
	}
	if es := pending(t, s); len(es) != 1 {
		t.Fatalf("crashed process's file gone: %v", es)
	}
}

func TestOriginalsDoNotCollide(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.taiyaku"), filepath.Join(dir, "b.taiyaku")
	ra, rb := edited(), sample()
	rb.Units[0].JA = "別のリリース"
	pid := deadPID(t)
	now := time.Now()
	if err := s.save(a, ra, pid, now); err != nil {
		t.Fatal(err)
	}
	if err := s.save(b, rb, pid, now.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	// The same path written differently is the same release.
	if err := s.save(filepath.Join(dir, ".", "a.taiyaku"), ra, pid, now); err != nil {
		t.Fatal(err)
	}
	es := pending(t, s)
	if len(es) != 2 || es[0].Original != b || es[1].Original != a {
		t.Fatalf("want b then a, got %+v", es)
	}
	for i, want := range []*release.Release{rb, ra} {
		got, err := s.Restore(es[i])
		if err != nil {
			t.Fatal(err)
		}
		sameTexts(t, got, want)
	}
}

func TestUntitled(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	pid := deadPID(t)
	k1, k2 := Untitled(), Untitled()
	if k1 == k2 {
		t.Fatal("Untitled keys repeat")
	}
	r1, r2, r3 := edited(), sample(), sample()
	r2.Units[0].EN = "Second window"
	r3.Units[0].EN = "Third window"
	now := time.Now()
	for i, c := range []struct {
		key string
		r   *release.Release
	}{{"", r1}, {k1, r2}, {k2, r3}} {
		if err := s.save(c.key, c.r, pid, now.Add(time.Duration(i)*time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	es := pending(t, s)
	if len(es) != 3 {
		t.Fatalf("untitled releases collide: %v", es)
	}
	for i, want := range []*release.Release{r3, r2, r1} {
		if es[i].Original != "" {
			t.Errorf("untitled entry has original %q", es[i].Original)
		}
		got, err := s.Restore(es[i])
		if err != nil {
			t.Fatal(err)
		}
		sameTexts(t, got, want)
	}
	// The same process's untitled windows are discarded one by one.
	for _, k := range []string{"", k1} {
		if err := s.Save(k, sample()); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Discard(k1); err != nil {
		t.Fatal(err)
	}
	own, _ := filepath.Glob(filepath.Join(s.Dir, fmt.Sprintf("%d-*", os.Getpid())))
	if len(own) != 1 {
		t.Fatalf("want the \"\" slot left, got %v", own)
	}
}

func TestCorruptFiles(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	pid := deadPID(t)
	if err := s.save("good.taiyaku", edited(), pid, time.Now()); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(pending(t, s)[0].Path)
	cases := []struct {
		name    string
		content []byte
		titled  bool   // the header could be read
		problem string // what Restore says, "" for success
	}{
		{"good.taiyaku", data, true, ""},
		{"cut.taiyaku", data[:len(data)/2], false, "ErrSyntax"},
		{"empty.taiyaku", nil, false, "ErrEmpty"},
		{"binary.taiyaku", []byte("\x00\x01\xff"), false, "ErrSyntax"},
		{"badunit.taiyaku", bytes.Replace(data, []byte(`"kind": "contact"`), []byte(`"kind": "poem"`), 1), true, "ErrBadUnit"},
		{"noheader.taiyaku", []byte(`{"format":"taiyaku","version":1,"units":[]}`), false, ""},
	}
	want := map[string]int{}
	for i, c := range cases {
		p, _ := s.path(c.name, pid)
		if err := os.WriteFile(p, c.content, 0o600); err != nil {
			t.Fatal(err)
		}
		want[p] = i
	}
	// Names that are not recovery files are left alone.
	for _, name := range []string{"notes.txt", "12-short.taiyaku", "x-0123456789abcdef.taiyaku", "0-0123456789abcdef.taiyaku"} {
		if err := os.WriteFile(filepath.Join(s.Dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	es := pending(t, s)
	if len(es) != len(cases) {
		t.Fatalf("want %d entries, got %+v", len(cases), es)
	}
	for _, e := range es {
		i, ok := want[e.Path]
		if !ok {
			t.Fatalf("unexpected entry %+v", e)
		}
		c := cases[i]
		if (e.Title != "") != c.titled || e.PID != pid || e.Saved.IsZero() {
			t.Errorf("%s: entry %+v", c.name, e)
		}
		r, err := s.Restore(e)
		var p *problem.Error
		switch {
		case c.problem == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.problem == "" && c.titled:
			sameTexts(t, r, edited())
		case c.problem != "" && (!errors.As(err, &p) || p.ID != c.problem || p.Data["File"] != e.Path):
			t.Errorf("%s: got %v, want %s naming %s", c.name, err, c.problem, e.Path)
		}
	}
}

func TestStaleTemporaryFilesAreCleaned(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	dead, _ := s.path("a.taiyaku", deadPID(t))
	own, _ := s.path("a.taiyaku", os.Getpid())
	deadTmp := filepath.Join(s.Dir, "."+filepath.Base(dead)+".tmp-123")
	ownTmp := filepath.Join(s.Dir, "."+filepath.Base(own)+".tmp-456")
	for _, p := range []string{deadTmp, ownTmp} {
		if err := os.WriteFile(p, []byte(`{"format":`), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if es := pending(t, s); len(es) != 0 {
		t.Fatalf("temporary files listed: %v", es)
	}
	if _, err := os.Stat(deadTmp); !errors.Is(err, os.ErrNotExist) {
		t.Error("dead process's temporary file kept")
	}
	if _, err := os.Stat(ownTmp); err != nil {
		t.Error("own temporary file removed")
	}
}

func TestRemoveStaysInFolder(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	victim := filepath.Join(t.TempDir(), "release.taiyaku")
	if err := os.WriteFile(victim, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	inside := filepath.Join(s.Dir, "notes.taiyaku")
	if err := os.WriteFile(inside, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{victim, inside} {
		if err := s.Remove(Entry{Path: p}); err == nil {
			t.Errorf("Remove(%s) succeeded", p)
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s deleted", p)
		}
	}
}

func TestTitle(t *testing.T) {
	long := strings.Repeat("長", 100)
	cases := []struct {
		name string
		r    *release.Release
		want string
	}{
		{"japanese title", sample(), "経済産業省がデジタル政策を発表"},
		{"english when japanese empty", &release.Release{Units: []release.Unit{{ID: "u1", Kind: release.Title, EN: " METI  news\n today "}}}, "METI news today"},
		{"first title, not first unit", &release.Release{Units: []release.Unit{
			{ID: "u1", Kind: release.Furniture, JA: "ホーム > 報道発表"}, {ID: "u2", Kind: release.Title, JA: "本題"}}}, "本題"},
		{"no title unit", &release.Release{Units: []release.Unit{{ID: "u1", Kind: release.Paragraph, EN: "Body"}}}, "Body"},
		{"empty", &release.Release{}, ""},
		{"long", &release.Release{Units: []release.Unit{{ID: "u1", Kind: release.Title, JA: long}}}, strings.Repeat("長", MaxTitle-1) + "…"},
	}
	for _, c := range cases {
		got := Title(c.r)
		if got != c.want || utf8.RuneCountInString(got) > MaxTitle {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestSaveErrors(t *testing.T) {
	var p *problem.Error
	if err := (Store{}).Save("a.taiyaku", sample()); !errors.As(err, &p) || p.ID != "ErrWrite" {
		t.Errorf("empty Dir: %v", err)
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := (Store{Dir: file}).Save("a.taiyaku", sample()); !errors.As(err, &p) || p.ID != "ErrWrite" {
		t.Errorf("Dir is a file: %v", err)
	}
	if _, err := (Store{Dir: file}).Pending(); !errors.As(err, &p) || p.ID != "ErrRead" {
		t.Errorf("Pending with Dir a file: %v", err)
	}
}
