package cli

import (
	"os"

	"taiyaku/app/internal/prefault"
)

// heapPerInputByte is about how much heap importing and checking two
// editions allocates for each byte of them: 42 MB for the 5.8 MB of
// 10,000 synthetic pairs (BenchmarkCheckCommand10k). 7 leaves as few
// faults (1,400) as 8 with 5 MB less resident, 6 leaves 2,200.
const heapPerInputByte = 7

// maxPrefault bounds the heap mapped ahead: past it, pages fault in as
// they are first written, as they do without it.
const maxPrefault = 64 << 20

// mapHeapAhead is set by TuneGC, for a command-line run: tests and
// benchmarks that call Main in a longer process leave their heap alone.
var mapHeapAhead bool

// prefaultFor maps ahead the heap that a command reading the given files
// will allocate (prefault.Heap). A fresh page costs this command a fault
// the first time it is written, some 8,000 of them for 10,000 pairs;
// mapped ahead, in huge pages where the kernel gives them, they cost about
// 12 ms less system time (check --format json of 10k pairs, perf stat -r
// 40, three rounds alternated: 28-32 ms against 16-18 ms).
func prefaultFor(paths ...string) {
	if !mapHeapAhead {
		return
	}
	var n int64
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			n += st.Size()
		}
	}
	prefault.Heap(int(min(n*heapPerInputByte, maxPrefault)))
}
