package check

import "taiyaku/app/release"

// Partition splits findings into those still open and those a person
// ignored (with a reason) while the unit's texts were as they are now.
func Partition(fs []Finding, r *release.Release) (open, ignored []Finding) {
	if len(r.Ignored) == 0 {
		return fs, nil
	}
	type key struct{ check, unit, side, digest string }
	set := make(map[key]bool, len(r.Ignored))
	for _, ig := range r.Ignored {
		set[key{ig.Check, ig.UnitID, ig.Side, ig.TextsDigest}] = true
	}
	for _, f := range fs {
		u := &r.Units[f.Unit]
		if set[key{f.Check, u.ID, string(f.Side), u.TextsDigest()}] {
			ignored = append(ignored, f)
		} else {
			open = append(open, f)
		}
	}
	return open, ignored
}

// IgnoreRecord builds the record that ignores finding f of release r.
func IgnoreRecord(r *release.Release, f Finding, reason, by, at string) release.Ignore {
	u := &r.Units[f.Unit]
	return release.Ignore{Check: f.Check, UnitID: u.ID, Side: string(f.Side), Reason: reason, TextsDigest: u.TextsDigest(), By: by, At: at}
}
