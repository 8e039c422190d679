package editor

import "taiyaku/app/release"

// Snapshot returns the release as it is now, frozen: the Doc never changes
// it, so it may be read on any goroutine (checking, exporting, autosaving,
// drawing) while the user goes on. Callers must not change it either; it is
// shared by every caller of the same generation. Clone gives a copy to
// change.
func (d *Doc) Snapshot() *release.Release {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.snapshotLocked()
}

// SnapshotGen is Snapshot with the generation it shows.
func (d *Doc) SnapshotGen() (*release.Release, uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.snapshotLocked(), d.gen
}

// Clone returns a copy of the release that the caller owns.
func (d *Doc) Clone() *release.Release {
	return clone(d.Snapshot())
}

// snapshotLocked makes the frozen copy of the current generation, once.
func (d *Doc) snapshotLocked() *release.Release {
	if d.snap == nil || d.snapGen != d.gen {
		d.snap, d.snapGen = clone(d.r), d.gen
	}
	return d.snap
}

// clone copies a release down to everything an edit may change: the
// units, the ignored findings and the review record. Strings and the
// Extra maps of unknown fields are never changed in place, so they are
// shared.
func clone(r *release.Release) *release.Release {
	c := *r
	c.Units = append([]release.Unit(nil), r.Units...)
	c.Ignored = append([]release.Ignore(nil), r.Ignored...)
	c.Review = cloneReview(r.Review)
	return &c
}

// cloneReview copies the review record down to the replies.
func cloneReview(v release.Review) release.Review {
	out := v
	out.Approvals = append([]release.Approval(nil), v.Approvals...)
	out.Comments = append([]release.Comment(nil), v.Comments...)
	out.Trail = append([]release.Event(nil), v.Trail...)
	for i := range out.Approvals {
		out.Approvals[i].Approved = append([]release.ApprovedRow(nil), out.Approvals[i].Approved...)
	}
	for i := range out.Comments {
		out.Comments[i].Replies = append([]release.Reply(nil), out.Comments[i].Replies...)
	}
	return out
}
