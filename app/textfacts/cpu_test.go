package textfacts

import (
	"testing"

	"taiyaku/app/internal/benchcpu"
)

// perText runs body b.N times and reports wall and CPU nanoseconds per text.
func perText(b *testing.B, texts int, body func()) {
	b.ReportAllocs()
	start := benchcpu.Time()
	for b.Loop() {
		body()
	}
	n := float64(b.N) * float64(texts)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/text")
	b.ReportMetric(float64(benchcpu.Time()-start)/n, "cpu-ns/text")
}
