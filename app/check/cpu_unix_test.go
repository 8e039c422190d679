//go:build unix

package check_test

import (
	"syscall"
	"testing"
)

// reportCPU starts counting the process's CPU time (user and system, all
// threads); the function it returns reports it per operation. On a shared
// machine CPU time varies less than wall time.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}

func cpuTime() int64 {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return u.Utime.Nano() + u.Stime.Nano()
}
