package editor

import "slices"

// Change tells subscribers what one change of the document touched.
type Change struct {
	Gen      uint64 // the document's generation after the change
	Units    []int  // units changed in place (texts, kind, status), sorted
	Reshaped bool   // units inserted, deleted or moved: indexes shifted
	Ignored  bool   // the ignored findings changed
	Review   bool   // approvals, comments or the trail changed
	Saved    bool   // saved, or the saved state or path changed
}

// merge adds what o touched to c.
func (c *Change) merge(o Change) {
	if len(o.Units) > 0 {
		c.Units = slices.Compact(slices.Sorted(slices.Values(append(c.Units, o.Units...))))
	}
	c.Reshaped = c.Reshaped || o.Reshaped
	c.Ignored = c.Ignored || o.Ignored
	c.Review = c.Review || o.Review
	c.Saved = c.Saved || o.Saved
}

// OnChange subscribes f to every later change; f runs on the goroutine
// that made the change, after the document's lock is released, so it may
// call any Doc method. The returned function unsubscribes.
func (d *Doc) OnChange(f func(Change)) (cancel func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	id := &f
	d.subs = append(slices.Clip(d.subs), f)
	d.subIDs = append(slices.Clip(d.subIDs), id)
	return func() {
		d.mu.Lock()
		defer d.mu.Unlock()
		if k := slices.Index(d.subIDs, id); k >= 0 {
			d.subs = slices.Delete(slices.Clone(d.subs), k, k+1)
			d.subIDs = slices.Delete(slices.Clone(d.subIDs), k, k+1)
		}
	}
}

// mutate runs f (the Doc's own code, never a caller's) under the lock;
// when f reports a change, the generation grows and the subscribers hear
// of it once the lock is released.
func (d *Doc) mutate(f func() (Change, bool)) Change {
	d.mu.Lock()
	ch, ok := f()
	if !ok {
		d.mu.Unlock()
		return Change{}
	}
	d.gen++
	ch.Gen = d.gen
	if len(ch.Units) > 0 || ch.Reshaped || ch.Ignored {
		d.editGen = d.gen
	}
	d.pending.merge(ch)
	subs := d.subs
	d.mu.Unlock()
	for _, s := range subs {
		s(ch)
	}
	return ch
}
