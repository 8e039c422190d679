package release

import (
	"fmt"
	"slices"
	"testing"
)

// AppendMany makes the units, ids included, that as many Appends make:
// on an empty release, after units with ids of their own, and for a run
// longer than Append's runs of ids; and Append then goes on from there.
func TestAppendManyAsAppend(t *testing.T) {
	for _, n := range []int{0, 1, 999, 1000, 2*maxRunIDs + 7} {
		for _, start := range [][]string{nil, {"u5", "x", "u12"}} {
			one, many := &Release{}, &Release{}
			for _, id := range start {
				one.Units = append(one.Units, Unit{ID: id})
				many.Units = append(many.Units, Unit{ID: id})
			}
			text := func(k int) (Kind, string, string) {
				return Paragraph, fmt.Sprint("ja", k), fmt.Sprint("en", k)
			}
			for k := range n {
				kind, ja, en := text(k)
				one.Append(kind, ja, en)
			}
			many.AppendMany(n, text)
			one.Append(Heading, "後", "after")
			many.Append(Heading, "後", "after")
			if !slices.EqualFunc(one.Units, many.Units, sameUnit) {
				t.Fatalf("%d units after %v: AppendMany differs from Append", n, start)
			}
		}
	}
}

func sameUnit(a, b Unit) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.JA == b.JA && a.EN == b.EN &&
		a.StatusJA == b.StatusJA && a.StatusEN == b.StatusEN && a.Extra == nil && b.Extra == nil
}
