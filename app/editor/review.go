package editor

import (
	"taiyaku/app/problem"
	"taiyaku/app/release"
)

// ErrBusy is returned by ChangeReview when the document kept changing under
// a review change attempt after attempt.
var ErrBusy = problem.New("ErrDocBusy")

// reviewAttempts bounds how often ChangeReview starts again when the
// document changed while f ran.
const reviewAttempts = 5

// ChangeReview applies a review change (approve, withdraw, comment,
// resolve, log an event): f runs on a copy of the release, outside the
// document's lock, and may call any Doc method; only the copy's review
// record (approvals, comments, trail) is taken back. When the document
// changed while f ran (another goroutine edited it), f runs again on a
// fresh copy, so an approval's digest is always that of the texts it is
// stored with. Such changes are not undone by Undo: the trail only
// grows. They make the document unsaved.
func (d *Doc) ChangeReview(f func(r *release.Release) error) error {
	return d.changeReview(^uint64(0), f)
}

// ErrEditedSince is returned by ChangeReviewSince when units or ignored
// findings changed after the given generation.
var ErrEditedSince = problem.New("ErrEditedSince")

// ChangeReviewSince is ChangeReview for a change that is only true of the
// document as it was at generation gen (a final export records the digests
// of the texts it wrote): it refuses with ErrEditedSince, changing nothing,
// when a unit or an ignored finding changed since.
func (d *Doc) ChangeReviewSince(gen uint64, f func(r *release.Release) error) error {
	return d.changeReview(gen, f)
}

func (d *Doc) changeReview(since uint64, f func(r *release.Release) error) error {
	for range reviewAttempts {
		d.mu.Lock()
		snap, gen, edited := d.snapshotLocked(), d.gen, d.editGen > since
		d.mu.Unlock()
		if edited {
			return ErrEditedSince
		}
		c := clone(snap)
		if err := f(c); err != nil {
			return err
		}
		done := false
		d.mutate(func() (Change, bool) {
			if d.gen != gen {
				return Change{}, false
			}
			d.r.Review = c.Review
			d.reviewed, done = true, true
			return Change{Review: true}, true
		})
		if done {
			return nil
		}
	}
	return ErrBusy
}
