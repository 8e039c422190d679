package ui

import (
	"testing"
	"time"

	"taiyaku/app/internal/benchcpu"
)

// cpuMeter reports the process's CPU time (user and system, all threads)
// per operation in milliseconds: on a shared machine, wall time swings
// with the load of others, CPU time far less. Where the CPU time is not
// read it reports nothing.
type cpuMeter struct{ start int64 }

func startCPU() cpuMeter { return cpuMeter{benchcpu.Time()} }

func (m cpuMeter) report(b *testing.B) {
	if benchcpu.Measured && b.N > 0 {
		b.ReportMetric(float64(benchcpu.Time()-m.start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	}
}
