// Package editor is the document model behind the desktop window: a release
// being edited, its undo history, its findings kept current, find and
// replace, and saving. It knows nothing of the toolkit, so every editing
// behaviour is tested without a display.
//
// A Doc never runs a caller's function while it holds its lock: readers get
// copies or a frozen snapshot, review changes run on a copy outside the
// lock, and subscribers (OnChange) hear of a change after the lock is
// released. So a caller may call any Doc method from anywhere, a
// subscriber included, without freezing the window.
package editor

import (
	"time"

	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
)

// typingPause ends a run of keystrokes that undo takes back as one step.
const typingPause = 2 * time.Second

// Doc is one open release. Its methods are safe to call from any
// goroutine; edits normally come from the UI goroutine while Recheck runs
// on another.
type Doc struct {
	mu      docLock
	r       *release.Release // the working copy; changed only under mu
	gen     uint64           // counts changes; a snapshot and findings carry it
	editGen uint64           // the generation of the last change the checks read
	snap    *release.Release // frozen copy of r at snapGen, made on demand
	snapGen uint64
	path    string // "" until saved
	gloss   *glossary.Glossary
	hist    history
	savedAt int // history state at the last save
	// pending is what changed since the checks last took a snapshot.
	pending  Change
	reviewed bool // review changes (not undoable) since the last save
	disk     storage.Fingerprint
	now      func() time.Time
	subs     []func(Change) // replaced, never changed in place
	subIDs   []*func(Change)

	checks checks
}

// New wraps a release; path is where it was loaded from ("" if new) and g
// the glossary its checks use (nil: the starter glossary).
func New(r *release.Release, path string, g *glossary.Glossary) *Doc {
	if g == nil {
		g = glossary.Default()
	}
	d := &Doc{r: r, path: path, gloss: g, now: time.Now}
	d.pending.Reshaped = true // the first Recheck checks everything
	return d
}

// Open loads a release file; its fingerprint comes from the same bytes.
func Open(path string, g *glossary.Glossary) (*Doc, error) {
	data, fp, err := storage.ReadStamped(path)
	if err != nil {
		return nil, err
	}
	r, err := release.Decode(path, data)
	if err != nil {
		return nil, err
	}
	return Opened(r, path, fp, g), nil
}

// Opened wraps a release read from path whose bytes had fingerprint fp, so
// that Save notices another program's changes.
func Opened(r *release.Release, path string, fp storage.Fingerprint, g *glossary.Glossary) *Doc {
	d := New(r, path, g)
	d.disk = fp
	return d
}

// Glossary is the glossary the document's checks use.
func (d *Doc) Glossary() *glossary.Glossary { return d.gloss }

// MarkUnsaved makes the document count as changed, for a release restored
// from an autosave: its edits were never saved.
func (d *Doc) MarkUnsaved() {
	d.mutate(func() (Change, bool) {
		d.savedAt = -1
		return Change{Saved: true}, true
	})
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

// Gen is the document's generation: it grows with every change.
func (d *Doc) Gen() uint64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.gen
}

// Save writes the release atomically to path and makes it the document's
// file. When path is the document's own file and another program changed
// it since it was read, Save refuses with ErrChangedOnDisk; SaveOver
// writes anyway. The file is written from a snapshot, outside the lock.
func (d *Doc) Save(path string) error { return d.save(path, false) }

// SaveOver is Save without the check for changes on disk.
func (d *Doc) SaveOver(path string) error { return d.save(path, true) }

func (d *Doc) save(path string, force bool) error {
	d.mu.Lock()
	// Keystrokes made while the file is written start a new undo step, so
	// that the step saved stays exactly what was written.
	d.closeTyping()
	snap, gen, state, own, disk := d.snapshotLocked(), d.gen, d.hist.current(), path == d.path, d.disk
	d.mu.Unlock()
	if !force && own {
		if changed, err := storage.Changed(path, disk); err == nil && changed {
			return problem.New("ErrChangedOnDisk", "File", path)
		}
	}
	if err := release.Save(path, snap); err != nil {
		return err
	}
	fp, _ := storage.Stamp(path)
	d.mutate(func() (Change, bool) {
		d.disk, d.path = fp, path
		d.savedAt = state
		if d.gen == gen {
			d.reviewed = false // a review change made while writing stays unsaved
		}
		return Change{Saved: true}, true
	})
	return nil
}

// Len is the number of units.
func (d *Doc) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.r.Units)
}

// Unit returns a copy of unit i; the zero Unit when there is none.
func (d *Doc) Unit(i int) release.Unit {
	d.mu.Lock()
	defer d.mu.Unlock()
	if i < 0 || i >= len(d.r.Units) {
		return release.Unit{}
	}
	return d.r.Units[i]
}

// Findings is the result of a check of one generation of the document.
type Findings struct {
	Gen           uint64
	Open, Ignored []check.Finding
}

// Reviewed counts the units whose Japanese and whose English edition
// are reviewed, without the copy a Snapshot makes (the status bar asks
// after every keystroke).
func (d *Doc) Reviewed() (ja, en int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for i := range d.r.Units {
		if d.r.Units[i].StatusJA == release.Reviewed {
			ja++
		}
		if d.r.Units[i].StatusEN == release.Reviewed {
			en++
		}
	}
	return ja, en
}

// Approved tells whether edition ed has an approval recorded, without
// the copy a Snapshot makes: the status bar needs the release's digest
// only then.
func (d *Doc) Approved(ed release.Edition) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for i := range d.r.Review.Approvals {
		if d.r.Review.Approvals[i].Edition == ed {
			return true
		}
	}
	return false
}
