package parallel

import (
	"sync"
	"testing"
)

func TestForVisitsEachIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 999, 1000, 2500, 10007} {
		seen := make([]int, n)
		For(n, func(i int) { seen[i]++ })
		for i, c := range seen {
			if c != 1 {
				t.Fatalf("n=%d: index %d visited %d times", n, i, c)
			}
		}
	}
}

func TestEach(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7} {
		done := make([]int, n)
		Each(n, func(i int) { done[i]++ })
		for i, d := range done {
			if d != 1 {
				t.Errorf("Each(%d): f(%d) called %d times", n, i, d)
			}
		}
	}
}

func TestChunks(t *testing.T) {
	for _, n := range []int{0, 1, 999, 1000, 2500, 10_001} {
		var mu sync.Mutex
		seen := make([]int, n)
		Chunks(n, func(lo, hi int) {
			mu.Lock()
			defer mu.Unlock()
			for i := lo; i < hi; i++ {
				seen[i]++
			}
		})
		for i, c := range seen {
			if c != 1 {
				t.Fatalf("Chunks(%d): %d covered %d times", n, i, c)
			}
		}
	}
}
