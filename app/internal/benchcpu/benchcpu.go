// Package benchcpu lets benchmarks report the process's CPU time per
// operation. On a shared machine wall time swings with the load of other
// jobs; CPU time (user and system, all threads) far less. Only tests use it.
package benchcpu

import "testing"

// Report starts counting the process's CPU time; the function it returns
// reports it per operation as cpu-ns/op. Where the CPU time is not read
// (see Time) it reports nothing.
func Report(b *testing.B) func() {
	if !Measured {
		return func() {}
	}
	start := Time()
	return func() {
		b.ReportMetric(float64(Time()-start)/float64(b.N), "cpu-ns/op")
	}
}
