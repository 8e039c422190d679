// Package release holds a bilingual press release: its metadata and the
// ordered units that pair the Japanese and the English edition.
package release

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"taiyaku/app/internal/prefault"
	"taiyaku/app/parallel"
)

// Kind is what a unit is in the page's structure.
type Kind string

// The unit kinds. Furniture is web-page material around the release (a
// breadcrumb) that is kept, so no text is lost, but not numbered or checked.
const (
	Title     Kind = "title"
	Date      Kind = "date"
	Heading   Kind = "heading"
	Paragraph Kind = "paragraph"
	Item      Kind = "item"
	Caption   Kind = "caption"
	Contact   Kind = "contact"
	Furniture Kind = "furniture"
)

// Kinds lists every kind, in the order a menu offers them.
var Kinds = []Kind{Title, Date, Heading, Paragraph, Item, Caption, Contact, Furniture}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Status is how far one edition of a unit has come.
type Status string

// The statuses, in workflow order.
const (
	Draft      Status = "draft"
	Translated Status = "translated"
	Reviewed   Status = "reviewed"
)

// Edition names one of the two languages of a release.
type Edition string

// The two editions.
const (
	JA Edition = "ja"
	EN Edition = "en"
)

// Unit is one aligned pair: the same heading, paragraph or line in both
// editions. Either text may be empty when the other edition has no
// counterpart. Numbering labels stay inside the texts as typed.
type Unit struct {
	ID       string
	Kind     Kind
	JA, EN   string
	StatusJA Status
	StatusEN Status
	// Extra keeps fields this version does not know, so a file written by
	// a newer tool survives a round trip through this one.
	Extra map[string][]byte
}

// Text returns the unit's text in edition e.
func (u *Unit) Text(e Edition) string {
	if e == JA {
		return u.JA
	}
	return u.EN
}

// SetText replaces the unit's text in edition e.
func (u *Unit) SetText(e Edition, s string) {
	if e == JA {
		u.JA = s
	} else {
		u.EN = s
	}
}

// OneSided reports whether exactly one edition has text.
func (u *Unit) OneSided() bool {
	return (strings.TrimSpace(u.JA) == "") != (strings.TrimSpace(u.EN) == "")
}

// Meta is what a release says about itself.
type Meta struct {
	Ministry  string
	Division  string
	ReleaseID string
	// Glossary is the path of a TOML glossary, relative to the release file.
	Glossary string
	Extra    map[string][]byte
}

// Ignore records a finding a person decided to leave as it is. It holds
// only while the unit's texts are those it was given for (TextsDigest):
// any edit of the unit brings the finding back.
type Ignore struct {
	Check       string `json:"check"`
	UnitID      string `json:"unit"`
	Side        string `json:"side"`
	Reason      string `json:"reason"`
	TextsDigest string `json:"texts"`
	By          string `json:"by,omitempty"`
	At          string `json:"at,omitempty"`
}

// Release is one press release in both editions.
type Release struct {
	Meta    Meta
	Units   []Unit
	Ignored []Ignore
	Review  Review
	// Extra keeps unknown top-level fields of the file.
	Extra map[string][]byte

	maxID int    // largest numeric unit id seen, so new ids cost O(1)
	ids   *idRun // the ids that maxID runs into, made ahead (ids.go)
}

// NewUnit returns a draft unit with an id unused in r.
func (r *Release) NewUnit(kind Kind, ja, en string) Unit {
	return Unit{ID: r.nextID(), Kind: kind, JA: ja, EN: en, StatusJA: Draft, StatusEN: Draft}
}

// nextID returns "u" followed by one more than the largest numeric id in
// use, so ids stay stable and never repeat within a file.
func (r *Release) nextID() string {
	r.scanIDs()
	r.maxID++
	if r.ids != nil {
		if id, ok := r.ids.id(r.maxID); ok {
			return id
		}
	}
	// As many ids ahead as r has room for units: an import sizes Units
	// for all it appends, an edit in the window adds one unit.
	r.ids = newIDRun(r.maxID, min(max(cap(r.Units)-len(r.Units), 1), maxRunIDs))
	id, _ := r.ids.id(r.maxID)
	return id
}

// AppendMany appends n new units, unit k as unit(k) makes it, with the ids
// n calls of Append would give them. The units are made on all cores for
// a large import (a release of 10,000 pairs: half a millisecond of one
// core otherwise, while the other waits), so unit must only read shared
// state, or write what belongs to its own k.
func (r *Release) AppendMany(n int, unit func(k int) (kind Kind, ja, en string)) {
	run := r.reserveIDs(n)
	base := len(r.Units)
	r.Units = slices.Grow(r.Units, n)[:base+n]
	prefault.Slice(r.Units[base:]) // written once through: its pages mapped at once
	parallel.For(n, func(k int) {
		kind, ja, en := unit(k)
		id, _ := run.id(run.first + k)
		r.Units[base+k] = Unit{ID: id, Kind: kind, JA: ja, EN: en, StatusJA: Draft, StatusEN: Draft}
	})
}

// reserveIDs makes the run of the next n ids and counts them as used.
func (r *Release) reserveIDs(n int) *idRun {
	r.scanIDs()
	run := newIDRun(r.maxID+1, n)
	r.maxID += n
	r.ids = run
	return run
}

// scanIDs finds the largest numeric id in use, once (maxID stays 0 for a
// release with none, which costs nothing to scan again).
func (r *Release) scanIDs() {
	if r.maxID != 0 {
		return
	}
	for i := range r.Units {
		if n, err := strconv.Atoi(strings.TrimPrefix(r.Units[i].ID, "u")); err == nil && n > r.maxID {
			r.maxID = n
		}
	}
}

// Append adds a new unit at the end and returns its index.
func (r *Release) Append(kind Kind, ja, en string) int {
	if len(r.Units) == 0 {
		prefault.Slice(r.Units) // an import sizes Units for all it appends: its pages mapped at once
	}
	r.Units = append(r.Units, r.NewUnit(kind, ja, en))
	return len(r.Units) - 1
}

// TextsDigest fingerprints a unit's two texts, so that an ignored finding
// comes back as soon as either text changes.
func (u *Unit) TextsDigest() string {
	h := sha256.New()
	h.Write([]byte(u.JA))
	h.Write([]byte{0})
	h.Write([]byte(u.EN))
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// Index returns the position of the unit with the given id, or -1.
func (r *Release) Index(id string) int {
	for i := range r.Units {
		if r.Units[i].ID == id {
			return i
		}
	}
	return -1
}
