package check

import "testing"

func TestEachUnitVisitsEachOnce(t *testing.T) {
	for _, n := range []int{0, 1, unitChunk - 1, unitChunk, 2*unitChunk + 1, 10007} {
		seen := make([]int, n)
		eachUnit(n, func(_ *worker, i int) { seen[i]++ })
		for i, c := range seen {
			if c != 1 {
				t.Fatalf("n=%d: unit %d visited %d times", n, i, c)
			}
		}
	}
}
