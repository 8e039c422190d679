package cli

import (
	"os"
	"os/exec"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
)

// gcChildEnv makes the test binary play TestTuneGCChild's role: TuneGC
// changes the whole process's collector, so it runs in a child process.
const gcChildEnv = "TAIYAKU_GC_CHILD"

// TestTuneGC checks, in a child process, that a command does not collect
// below startHeap, that a collection over a small heap changes nothing,
// that the first over half the starting heap switches to batchGCPercent,
// and that GOGC set by the user wins.
func TestTuneGC(t *testing.T) {
	for _, tc := range []struct{ name, gogc, want string }{
		{"tuned", "", "ok"},
		{"user's GOGC", "50", "user"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestTuneGCChild$")
			cmd.Env = append(withoutGC(os.Environ()), gcChildEnv+"=1")
			if tc.gogc != "" {
				cmd.Env = append(cmd.Env, "GOGC="+tc.gogc)
			}
			out, err := cmd.CombinedOutput()
			if err != nil || !strings.Contains(string(out), "result="+tc.want) {
				t.Fatalf("child: %v\n%s", err, out)
			}
		})
	}
}

func withoutGC(env []string) []string {
	var out []string
	for _, e := range env {
		if !strings.HasPrefix(e, "GOGC=") && !strings.HasPrefix(e, "GOMEMLIMIT=") {
			out = append(out, e)
		}
	}
	return out
}

var gcKeep [][]byte

func TestTuneGCChild(t *testing.T) {
	if os.Getenv(gcChildEnv) == "" {
		t.Skip("run by TestTuneGC")
	}
	TuneGC()
	if os.Getenv("GOGC") != "" {
		if p := gcPercent(); p != 50 {
			t.Fatalf("GOGC=50 replaced by %d", p)
		}
		println("result=user")
		return
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 48 { // 48 MB, more than a check of 10,000 pairs holds
		gcKeep = append(gcKeep, make([]byte, 1<<20))
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if after.NumGC != before.NumGC {
		t.Fatalf("%d collections below the starting heap", after.NumGC-before.NumGC)
	}
	off := gcPercent()
	runtime.GC() // a collection over a small heap, as a library may ask for
	time.Sleep(50 * time.Millisecond)
	if p := gcPercent(); p != off {
		t.Fatalf("a collection over %d MB switched the collector to %d", liveHeap()>>20, p)
	}
	for range startHeap / 2 >> 20 { // now half the starting heap live
		gcKeep = append(gcKeep, make([]byte, 1<<20))
	}
	runtime.GC()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if gcPercent() == batchGCPercent {
			println("result=ok")
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("the first collection over a large heap did not switch to batchGCPercent")
}

// gcPercent reads the collector's GOGC setting without changing it.
func gcPercent() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}
