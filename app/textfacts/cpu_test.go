package textfacts

import (
	"syscall"
	"testing"
)

// cpuTime is the process's user and system CPU time in nanoseconds. On the
// shared build machines wall time varies by ±50 % with the load of other
// jobs; CPU time much less, so the benchmarks report it as cpu-ns/text.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// perText runs body b.N times and reports wall and CPU nanoseconds per text.
func perText(b *testing.B, texts int, body func()) {
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		body()
	}
	n := float64(b.N) * float64(texts)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/text")
	b.ReportMetric(float64(cpuTime()-start)/n, "cpu-ns/text")
}
