package cli

import (
	"os"
	"runtime/debug"
)

// batchGCPercent and batchMemoryLimit tune the garbage collector for a
// command: a short run that builds its data once and exits. Collecting at
// 400 % growth instead of 100 % saved about 15 % of the CPU time of
// `check --format json` on 10,000 pairs (user CPU of six alternating runs,
// 0.83 s against 0.97 s; peak 120 MB against 78 MB), and the soft limit
// makes the collector work harder as the heap nears 1 GiB, so a very large
// release still fits where it did.
const (
	batchGCPercent   = 400
	batchMemoryLimit = 1 << 30
)

// TuneGC sets the collector for a command-line run, unless the user set
// GOGC or GOMEMLIMIT, which win. The desktop app keeps Go's defaults.
func TuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(batchGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(batchMemoryLimit)
	}
}
