// Package editor is the document model behind the desktop window: a release
// being edited, its undo history, its findings kept current, find and
// replace, and saving. It knows nothing of the toolkit, so every editing
// behaviour is tested without a display.
package editor

import (
	"sync"
	"time"

	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
)

// typingPause ends a run of keystrokes that undo takes back as one step.
const typingPause = 2 * time.Second

// Doc is one open release. Its methods are safe to call from the UI
// goroutine while Recheck runs on another.
type Doc struct {
	mu      sync.Mutex
	r       *release.Release
	path    string // "" until saved
	gloss   *glossary.Glossary
	checker *check.Checker
	hist    history
	savedAt int          // history state at the last save
	changed map[int]bool // units edited since the last Recheck
	// reviewed is set by review changes (approvals, comments, the trail),
	// which are decisions recorded in the trail rather than undoable steps.
	reviewed bool
	disk     storage.Fingerprint // the file as last read or written, to notice other writers
	reshaped bool                // units inserted, deleted or moved since then
	now      func() time.Time
}

// New wraps a release; path is where it was loaded from ("" if new).
func New(r *release.Release, path string, g *glossary.Glossary) *Doc {
	return &Doc{r: r, path: path, gloss: g, checker: check.New(r, check.Options{Glossary: g}), changed: map[int]bool{}, now: time.Now}
}

// Open loads a release file.
func Open(path string, g *glossary.Glossary) (*Doc, error) {
	fp, _ := storage.Stamp(path)
	r, err := release.Load(path)
	if err != nil {
		return nil, err
	}
	d := New(r, path, g)
	d.disk = fp
	return d, nil
}

// MarkUnsaved makes the document count as changed, for a release restored
// from an autosave: its edits were never saved.
func (d *Doc) MarkUnsaved() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.savedAt = -1
}

// Path is the file the release was loaded from or last saved to.
func (d *Doc) Path() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.path
}

// Dirty reports unsaved changes; undoing back to the saved state clears it.
func (d *Doc) Dirty() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.hist.current() != d.savedAt || d.reviewed
}

// ChangeReview applies a review change (approve, withdraw, comment,
// resolve, log an event) under the document's lock. Such changes are not
// undone by Undo: the trail that records them only grows. They make the
// document unsaved.
func (d *Doc) ChangeReview(f func(r *release.Release) error) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := f(d.r); err != nil {
		return err
	}
	d.reviewed = true
	return nil
}

// Save writes the release atomically to path and makes it the document's
// file. When path is the document's own file and another program changed
// it since it was read, Save refuses with ErrChangedOnDisk; SaveOver
// writes anyway.
func (d *Doc) Save(path string) error { return d.save(path, false) }

// SaveOver is Save without the check for changes on disk.
func (d *Doc) SaveOver(path string) error { return d.save(path, true) }

func (d *Doc) save(path string, force bool) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !force && path == d.path {
		if changed, err := storage.Changed(path, d.disk); err == nil && changed {
			return problem.New("ErrChangedOnDisk", "File", path)
		}
	}
	if err := release.Save(path, d.r); err != nil {
		return err
	}
	d.disk, _ = storage.Stamp(path)
	d.path = path
	d.savedAt = d.hist.current()
	d.reviewed = false
	d.closeTyping()
	return nil
}

// Read calls f with the release under the document's lock; f must not keep
// it or change it.
func (d *Doc) Read(f func(r *release.Release)) {
	d.mu.Lock()
	defer d.mu.Unlock()
	f(d.r)
}

// Len is the number of units.
func (d *Doc) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.r.Units)
}

// Unit returns a copy of unit i.
func (d *Doc) Unit(i int) release.Unit {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.r.Units[i]
}

// Snapshot returns a deep enough copy of the release for work on another
// goroutine (exporting, autosaving): units and ignored findings are copied.
func (d *Doc) Snapshot() *release.Release {
	d.mu.Lock()
	defer d.mu.Unlock()
	c := *d.r
	c.Units = append([]release.Unit(nil), d.r.Units...)
	c.Ignored = append([]release.Ignore(nil), d.r.Ignored...)
	c.Review = cloneReview(d.r.Review)
	return &c
}

// Recheck brings the findings up to date with the edits made since the
// last call, re-checking only the units that changed unless units were
// inserted, deleted or moved. It returns the open and ignored findings.
func (d *Doc) Recheck() (open, ignored []check.Finding) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.reshaped {
		d.checker.Reset()
	} else {
		for i := range d.changed {
			d.checker.Update(i)
		}
	}
	d.reshaped = false
	clear(d.changed)
	return check.Partition(d.checker.Findings(), d.r)
}

// cloneReview copies the review record down to the replies, so a snapshot
// can be written on another goroutine while the user goes on.
func cloneReview(v release.Review) release.Review {
	out := release.Review{
		Approvals: append([]release.Approval(nil), v.Approvals...),
		Comments:  append([]release.Comment(nil), v.Comments...),
		Trail:     append([]release.Event(nil), v.Trail...),
	}
	for i := range out.Approvals {
		out.Approvals[i].Approved = append([]release.ApprovedRow(nil), out.Approvals[i].Approved...)
	}
	for i := range out.Comments {
		out.Comments[i].Replies = append([]release.Reply(nil), out.Comments[i].Replies...)
	}
	return out
}
