package editor

import (
	"taiyaku/app/check"
	"taiyaku/app/release"
)

// Unignore takes back the ignore of finding f, as one undoable step;
// false when f was not ignored.
func (d *Doc) Unignore(f check.Finding) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if f.Unit < 0 || f.Unit >= len(d.r.Units) {
		return false
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
		return false
	}
	d.run([]op{{kind: opIgnored, ignBefore: d.r.Ignored, ignAfter: after}})
	return true
}
