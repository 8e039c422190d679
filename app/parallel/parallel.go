// Package parallel runs independent work on all cores.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
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

// Both runs f and g at once, g on another goroutine, and returns when
// both have: for two independent pieces of work, such as one for each
// edition of a release.
func Both(f, g func()) {
	done := make(chan struct{})
	go func() {
		g()
		close(done)
	}()
	f()
	<-done
}

// Chunks cuts [0, n) into contiguous chunks and calls f(lo, hi) for each,
// on all cores at once (on the caller alone when n is small): for work
// that keeps state of its own per chunk. The chunks are handed out as the
// workers free up, not split in halves up front: items differ in cost,
// and another edition's work may hold a core for a while, so halves
// would leave one core finishing alone.
func Chunks(n int, f func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), (n+minChunk-1)/minChunk)
	if workers < 2 {
		f(0, n)
		return
	}
	piece := max(minPiece, n/(workers*piecesPerWorker))
	var next atomic.Int64
	work := func() {
		for {
			lo := int(next.Add(int64(piece))) - piece
			if lo >= n {
				return
			}
			f(lo, min(lo+piece, n))
		}
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
}

// A worker takes about piecesPerWorker chunks, none smaller than minPiece:
// small enough that the workers finish together, large enough that a
// chunk's own state and its hand-out cost little.
const (
	piecesPerWorker = 16
	minPiece        = 64
)

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
