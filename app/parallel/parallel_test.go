package parallel

import "testing"

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
