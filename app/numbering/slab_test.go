package numbering

import (
	"slices"
	"testing"
)

// Labels and paths cut from chunks stay where they were handed out, and a
// path appended to is copied, not written over the next one's.
func TestSlabs(t *testing.T) {
	var labels labelSlab
	var paths pathSlab
	var ls []*Label
	var ps [][]int
	chain := []openLevel{{StyleDigit, 1}, {StyleParenDigit, 2}, {StyleKana, 3}}
	for n := range 3000 {
		ls = append(ls, labels.add(Label{Style: StyleDigit, Ordinal: n + 1}))
		ps = append(ps, paths.ordinals(chain[:n%3+1]))
	}
	for n, l := range ls {
		if l.Ordinal != n+1 {
			t.Fatalf("label %d reads %d", n+1, l.Ordinal)
		}
	}
	grown := append(ps[0], 99)
	for n, p := range ps {
		want := []int{1, 2, 3}[:n%3+1]
		if !slices.Equal(p, want) {
			t.Fatalf("path %d = %v, want %v", n, p, want)
		}
	}
	if !slices.Equal(grown, []int{1, 99}) {
		t.Fatalf("appended path %v", grown)
	}
}
