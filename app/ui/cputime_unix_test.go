//go:build unix

package ui

import (
	"syscall"
	"testing"
	"time"
)

// cpuMeter reports the process's CPU time (user and system, all threads)
// per operation: on a shared machine, wall time swings with the load of
// others, CPU time far less.
type cpuMeter struct{ start time.Duration }

func startCPU() cpuMeter { return cpuMeter{processCPU()} }

func (m cpuMeter) report(b *testing.B) {
	if b.N > 0 {
		b.ReportMetric(float64(processCPU()-m.start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	}
}

func processCPU() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
