package cli

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"

	"taiyaku/app/internal/prefault"
)

// A command is a short run that builds its data once and exits, so most
// of what the collector would do is wasted: below startHeap the command
// does not collect at all, then it collects at 400 % growth instead of
// Go's 100 %, under a soft limit.
//
//   - startHeap: a check of 10,000 pairs holds about 40 MB and used to
//     collect once, at 16 MB; that collection took a core from the work
//     for 7 ms and slowed the rest with its write barriers. (The Go
//     compiler starts its heap the same way, for the same reason.)
//   - batchGCPercent: collecting at 400 % growth instead of 100 % saved
//     about 15 % of the CPU time of larger runs.
//   - batchMemoryLimit: the heap may then grow to five times what is
//     live, so a soft limit caps it: past 1.5 GiB the collector runs as
//     often as it must. That keeps a very large release (1,000,000 pairs)
//     under the 2 GB.
const (
	startHeap        = 256 << 20
	batchGCPercent   = 400
	batchMemoryLimit = 3 << 29 // 1.5 GiB
)

// TuneGC sets the collector for a command-line run, unless the user set
// GOGC or GOMEMLIMIT, which win. The desktop app keeps Go's defaults.
func TuneGC() {
	batchRun = true
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(startHeap)
	afterFirstGC(func() {
		debug.SetGCPercent(batchGCPercent)
		debug.SetMemoryLimit(batchMemoryLimit)
	})
}

// afterFirstGC runs f once the collector has run with at least
// startHeap/2 live: the finalizer of an object nothing references runs
// after the cycle that finds it unreachable, on the finalizer goroutine.
// A cycle over a small heap (a runtime.GC of a test or a library) only
// sets the watch again, so that the command still starts without
// collecting.
func afterFirstGC(f func()) {
	sentinel := new([16]byte) // not tiny-allocated: a finalizer needs an object of its own
	runtime.SetFinalizer(sentinel, func(*[16]byte) {
		if liveHeap() < startHeap/2 {
			afterFirstGC(f)
			return
		}
		f()
	})
}

// liveHeap is the heap the last collection found live, in bytes.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// batchRun is set by TuneGC: this process is one command line's run, not
// the desktop app nor a test.
var batchRun bool

// Huge pages for the heap of a command reading large files: below
// hugeHeapInput the few faults cost less than the collection that
// prefault.Heap makes; above, the heap is advised for heapPerInput times
// the input (a 10,000-pair check of 5.8 MB allocates 27 MB), up to
// startHeap, past which the collector runs anyway.
const (
	hugeHeapInput = 1 << 20
	heapPerInput  = 6
)

// adviseHeap asks for huge pages for the heap a command on these files
// will fill (prefault.Heap): 5,000 page faults become about 1,200 in a
// 10,000-pair check, its CPU time falls by some 5 % and its wall time by
// 4-5 ms (62-63 against 66-68 ms, perf stat -r 10, alternated). Only in a
// command-line run (TuneGC).
func adviseHeap(paths ...string) {
	if !batchRun {
		return
	}
	var size int64
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil {
			size += st.Size()
		}
	}
	if size >= hugeHeapInput {
		prefault.Heap(int(min(heapPerInput*size, startHeap))) // freed while the files are read
	}
}
