package check

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// unitChunk is how many units a worker takes at a time: enough to make
// handing out cheap, few enough that the workers finish together.
const unitChunk = 256

// eachUnit calls f(i) for every i in [0, n) on all cores. Chunks are
// handed out as workers free up rather than split in halves up front:
// units differ in cost (a long paragraph, a table), and the structure
// check runs beside them. f must only write state of its own i.
func eachUnit(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), (n+unitChunk-1)/unitChunk)
	if workers < 2 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	work := func() {
		for {
			start := int(next.Add(unitChunk)) - unitChunk
			if start >= n {
				return
			}
			for i := start; i < min(start+unitChunk, n); i++ {
				f(i)
			}
		}
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
}
