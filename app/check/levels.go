package check

import "taiyaku/app/release"

// Levels returns, for each unit, the heading level of its label in edition
// e (1 for the top level), or 0 when the unit carries no label there.
func Levels(r *release.Release, e release.Edition) []int {
	ed := analyze(r, e)
	out := make([]int, len(r.Units))
	for i, in := range ed.infos {
		out[i] = in.Level
	}
	return out
}
