package cli

import (
	"os"
	"runtime/debug"
)

// batchGCPercent and batchMemoryLimit tune the garbage collector for a
// command: a short run that builds its data once and exits. Collecting at
// 400 % growth instead of 100 % saved about 15 % of the CPU time of
// `check --format json` on 10,000 pairs (user CPU of six alternating runs,
// 0.83 s against 0.97 s; peak 120 MB against 78 MB). The heap may then
// grow to five times what is live, so a soft limit caps it: past 1.5 GiB
// the collector runs as often as it must. That keeps a very large release
// (1,000,000 pairs) under the 2 GB wherever Go's default (twice
// what is live) would have, and below 300 MB live the limit never acts.
const (
	batchGCPercent   = 400
	batchMemoryLimit = 3 << 29 // 1.5 GiB
)

// TuneGC sets the collector for a command-line run, unless the user set
// GOGC or GOMEMLIMIT, which win, and lets check map its heap ahead
// (prefaultFor). The desktop app keeps Go's defaults.
func TuneGC() {
	mapHeapAhead = true // see prefaultFor
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(batchGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(batchMemoryLimit)
	}
}
