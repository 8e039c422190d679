package check

import (
	"runtime"
	"sync"
	"sync/atomic"

	"taiyaku/app/spelling"
)

// worker is what one goroutine of a check keeps from unit to unit.
type worker struct {
	in    unitInput      // reused: a unit's input does not outlive its checks
	spell *spelling.Memo // nil for a single unit (an edit): nothing to repeat
	years *[]int         // the units' agreed years, each unit keeping its part; nil for an edit
}

func newWorker() *worker { return &worker{spell: new(spelling.Memo), years: new([]int)} }

// unitChunk is how many units a worker takes at a time: enough to make
// handing out cheap, few enough that the workers finish together.
const unitChunk = 256

// eachUnit calls f(w, i) for every i in [0, n) on all cores, w the
// calling goroutine's worker. Chunks are
// handed out as workers free up rather than split in halves up front:
// units differ in cost (a long paragraph, a table), and the structure
// check runs beside them. f must only write state of its own i.
func eachUnit(n int, f func(w *worker, i int)) {
	workers := min(runtime.GOMAXPROCS(0), (n+unitChunk-1)/unitChunk)
	if workers < 2 {
		w := newWorker()
		for i := range n {
			f(w, i)
		}
		return
	}
	var next atomic.Int64
	work := func() {
		w := newWorker()
		for {
			start := int(next.Add(unitChunk)) - unitChunk
			if start >= n {
				return
			}
			for i := start; i < min(start+unitChunk, n); i++ {
				f(w, i)
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
