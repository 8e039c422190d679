package release

import (
	"taiyaku/app/internal/testchild"

	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	testchild.Main(m, map[string]func() int{"save-loop": func() int { return childSaveLoop(os.Getenv("TAIYAKU_RELEASE_PATH")) }})
}

// The two versions the child saves in turn: different sizes and texts, so
// a file mixing them, or cut short, cannot pass for either.
const (
	unitsA = 2000
	unitsB = 2500
)

// crashVersion builds version "A" or "B".
func crashVersion(v string) *Release {
	n := unitsA
	if v == "B" {
		n = unitsB
	}
	r := &Release{Meta: Meta{Ministry: "METI", ReleaseID: "crash-" + v}}
	for i := range n {
		r.Append(Paragraph,
			fmt.Sprintf("%s%05d 経済産業省は、本日、第%d回の会合を開催しました。", v, i, i),
			fmt.Sprintf("%s%05d The Ministry held meeting no. %d today.", v, i, i))
	}
	return r
}

// whichVersion tells which version r is, checking every unit, or returns
// an error saying what is wrong.
func whichVersion(r *Release) (string, error) {
	v := strings.TrimPrefix(r.Meta.ReleaseID, "crash-")
	want := map[string]int{"A": unitsA, "B": unitsB}[v]
	if want == 0 || len(r.Units) != want {
		return "", fmt.Errorf("release %q with %d units", r.Meta.ReleaseID, len(r.Units))
	}
	for i, u := range r.Units {
		prefix := fmt.Sprintf("%s%05d ", v, i)
		if !strings.HasPrefix(u.JA, prefix) || !strings.HasPrefix(u.EN, prefix) {
			return "", fmt.Errorf("version %s, unit %d: %q / %q", v, i+1, u.JA, u.EN)
		}
	}
	return v, nil
}

// childSaveLoop saves B, A, B, A… to path until it is killed. It leaves by
// itself when its parent goes away (stdin ends) or after a minute.
func childSaveLoop(path string) int {
	versions := []*Release{crashVersion("B"), crashVersion("A")}
	go func() {
		buf := make([]byte, 1)
		for {
			if _, err := os.Stdin.Read(buf); err != nil {
				os.Exit(2)
			}
		}
	}()
	go func() {
		time.Sleep(time.Minute)
		os.Exit(4)
	}()
	fmt.Println("started")
	for i := 0; ; i++ {
		if err := Save(path, versions[i%2]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
}

// TestSaveSurvivesKill kills a process that saves a release in a loop at
// random moments, hundreds of times, and checks after each kill that the
// file and its backup load as one whole version or the other.
func TestSaveSurvivesKill(t *testing.T) {
	switch runtime.GOOS {
	case "windows", "plan9", "js", "wasip1":
		t.Skip("needs SIGKILL")
	}
	kills := 300
	if testing.Short() {
		kills = 20
	}
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 0x7a1a))
	t.Logf("seed %d", seed)

	dir := t.TempDir()
	const base = "crash.taiyaku"
	path := filepath.Join(dir, base)
	if err := Save(path, crashVersion("A")); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	seen := map[string]int{}    // version of the file after a kill
	bakSeen := map[string]int{} // version of the backup
	temps := 0
	for i := range kills {
		delay := time.Duration(rng.Int64N(int64(30*time.Millisecond) + 1))
		killChildAfter(t, path, delay)
		r, err := Load(path)
		if err != nil {
			t.Fatalf("kill %d after %v: the release does not load: %v", i+1, delay, err)
		}
		v, err := whichVersion(r)
		if err != nil {
			t.Fatalf("kill %d after %v: %v", i+1, delay, err)
		}
		seen[v]++
		if _, err := os.Stat(path + ".bak"); err == nil {
			b, err := Load(path + ".bak")
			if err != nil {
				t.Fatalf("kill %d after %v: the backup does not load: %v", i+1, delay, err)
			}
			bv, err := whichVersion(b)
			if err != nil {
				t.Fatalf("kill %d after %v: backup: %v", i+1, delay, err)
			}
			bakSeen[bv]++
		}
		temps += removeTemps(t, dir, base)
	}
	elapsed := time.Since(start)
	t.Logf("%d kills in %v: file A %d, B %d; backup A %d, B %d; %d temporary files left by kills",
		kills, elapsed.Round(time.Millisecond), seen["A"], seen["B"], bakSeen["A"], bakSeen["B"], temps)
	if !testing.Short() && (seen["A"] == 0 || seen["B"] == 0) {
		t.Fatalf("the kills never caught a finished save of both versions (%v): the test does not test", seen)
	}
}

// killChildAfter starts a child that saves to path in a loop and kills it
// with SIGKILL delay after it says it started.
func killChildAfter(t *testing.T, path string, delay time.Duration) {
	t.Helper()
	child := testchild.Start(t, "save-loop", "started", "TAIYAKU_RELEASE_PATH="+path)
	time.Sleep(delay)
	if err := child.KillWait(); err == nil || child.Stderr.Len() > 0 { // SIGKILL on Unix
		t.Fatalf("child did not die by the kill: %v; %s", err, child.Stderr.String())
	}
}

// removeTemps checks that every file in dir other than the release and its
// backup is a temporary file that cannot be taken for a release, removes
// them and says how many there were.
func removeTemps(t *testing.T, dir, base string) int {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if name == base || name == base+".bak" {
			continue
		}
		temp := strings.HasPrefix(name, "."+base+".tmp-") || strings.HasPrefix(name, "."+base+".bak.tmp-")
		if !temp || filepath.Ext(name) == Extension {
			t.Fatalf("unexpected file %q beside the release", name)
		}
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
		n++
	}
	return n
}
