// Package parallel runs independent work on all cores.
package parallel

import (
	"runtime"
	"sync"
)

// minChunk is the smallest amount of work worth a goroutine of its own.
const minChunk = 1000

// For calls f(i) for every i in [0, n), in contiguous chunks on all
// cores. f must only write state that belongs to its own i.
func For(n int, f func(i int)) {
	Chunks(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			f(i)
		}
	})
}

// Chunks cuts [0, n) into contiguous chunks, one per core (one in all
// when n is small), and calls f(lo, hi) for each at once: for work that
// keeps state of its own per chunk.
func Chunks(n int, f func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), (n+minChunk-1)/minChunk)
	if workers < 2 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for start := 0; start < n; start += chunk {
		end := min(start+chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(start, end)
		}()
	}
	wg.Wait()
}

// Each calls f(i) for every i in [0, n), each in a goroutine of its own:
// for a few large pieces of work, such as one per core.
func Each(n int, f func(i int)) {
	if n == 1 {
		f(0)
		return
	}
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(i)
		}()
	}
	wg.Wait()
}
