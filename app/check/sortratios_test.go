package check

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// sortRatios sorts as slices.Sort does, whatever the values: ratios near
// one, far apart, repeated, tiny, and the values that take the fallback.
func TestSortRatiosAsSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	gens := map[string]func() float64{
		"near one":   func() float64 { return 0.5 + rng.Float64() },
		"wide":       func() float64 { return math.Exp(rng.NormFloat64() * 20) },
		"repeated":   func() float64 { return float64(1+rng.IntN(5)) / 3 },
		"subnormal":  func() float64 { return math.SmallestNonzeroFloat64 * float64(1+rng.IntN(1000)) },
		"with zero":  func() float64 { return float64(rng.IntN(3)) },
		"negative":   func() float64 { return rng.NormFloat64() },
		"with inf":   func() float64 { return []float64{1, 2, math.Inf(1)}[rng.IntN(3)] },
		"one digit":  func() float64 { return 1.25 },
		"max finite": func() float64 { return []float64{math.MaxFloat64, 1e-300, 3}[rng.IntN(3)] },
	}
	for name, gen := range gens {
		for _, n := range []int{0, 1, 2, radixMin - 1, radixMin, 1000, 10000} {
			xs := make([]float64, n)
			for i := range xs {
				xs[i] = gen()
			}
			want := slices.Clone(xs)
			slices.Sort(want)
			sortRatios(xs)
			if !slices.Equal(xs, want) {
				t.Fatalf("%s, %d values: not the order of slices.Sort", name, n)
			}
		}
	}
}

func BenchmarkSortRatios10k(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	src := make([]float64, 10000)
	for i := range src {
		src[i] = 0.4 + rng.Float64()
	}
	xs := make([]float64, len(src))
	for _, sorter := range []struct {
		name string
		sort func([]float64)
	}{{"radix", sortRatios}, {"slices", slices.Sort[[]float64]}} {
		b.Run(sorter.name, func(b *testing.B) {
			for b.Loop() {
				copy(xs, src)
				sorter.sort(xs)
			}
		})
	}
}
