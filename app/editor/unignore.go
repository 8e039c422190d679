package editor

import (
	"taiyaku/app/check"
	"taiyaku/app/release"
)

// Unignore takes back the ignore of finding f, as one undoable step;
// false when f was not ignored. It is a change like any other (a new
// generation, announced), so snapshots and re-checks see it.
func (d *Doc) Unignore(f check.Finding) bool {
	ch := d.mutate(func() (Change, bool) {
		if f.Unit < 0 || f.Unit >= len(d.r.Units) {
			return Change{}, false
		}
		id := d.r.Units[f.Unit].ID
		var after []release.Ignore
		for _, ig := range d.r.Ignored {
			if ig.Check == f.Check && ig.UnitID == id && ig.Side == string(f.Side) {
				continue
			}
			after = append(after, ig)
		}
		if len(after) == len(d.r.Ignored) {
			return Change{}, false
		}
		return d.run([]op{{kind: opIgnored, ignBefore: d.r.Ignored, ignAfter: after}})
	})
	return ch.Gen != 0
}
