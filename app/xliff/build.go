package xliff

import (
	"taiyaku/app/problem"
	"taiyaku/app/release"
)

// failAt is an error at the line where element n starts.
func (rd *reader) failAt(n *node, id string, kv ...any) *problem.Error {
	for i := 1; i < len(kv); i += 2 {
		if s, ok := kv[i].(string); ok {
			kv[i] = oneLine(s)
		}
	}
	return problem.New(id, append([]any{"File", rd.name, "Line", n.line, "Column", 1}, kv...)...)
}

// build makes the release of what was read. Ids are kept unless empty or
// repeated (only the first holder of an id keeps it); kinds and statuses
// that are not ours fall back to paragraph and to what the state says.
func build(rd *reader) *release.Release {
	r := &release.Release{Meta: rd.meta}
	unitIDs := unique(rd.units, func(u *unitRec) string { return u.id }, "u")
	var notes []note
	var noteUnit []string
	for i := range rd.units {
		rec := &rd.units[i]
		r.Units = append(r.Units, release.Unit{ID: unitIDs[i], Kind: kindOf(rec.meta[keyKind], rec.kind),
			JA: rec.ja, EN: rec.en, StatusJA: statusOf(rec.meta[keyJA], release.Draft),
			StatusEN: rd.enStatus(rec)})
		for _, n := range rec.notes {
			notes = append(notes, n)
			noteUnit = append(noteUnit, unitIDs[i])
		}
	}
	r.Review.Comments = comments(notes, noteUnit)
	return r
}

// enStatus is the English status of a unit read. Ours (ty:en, or the
// 1.2 context) is kept while the state is still the one written for it,
// or final (what an approval writes); a state changed in a CAT tool (the
// translator confirmed a segment) wins, and so does the state of a file
// that does not carry ours.
func (rd *reader) enStatus(rec *unitRec) release.Status {
	ours := statusOf(rec.meta[keyEN], "")
	if ours == "" {
		return stateStatus(rec)
	}
	written, state := state12(ours, false), rec.state
	if rd.v2 {
		written = state21(ours, false)
	}
	switch {
	case rec.en == "" && (state == "" || state == "initial"): // no target was written
		return ours
	case state == written || state == "final":
		return ours
	}
	return stateStatus(rec)
}

// stateStatus is the English status a unit's state gives.
func stateStatus(rec *unitRec) release.Status {
	if rec.state == "" && rec.approved {
		return release.Reviewed
	}
	return statusOfState(rec.state)
}

// kindOf is our kind, else the one the unit's type or restype names, else
// paragraph.
func kindOf(ours, standard string) release.Kind {
	if k := release.Kind(ours); k.Valid() {
		return k
	}
	if k := release.Kind(standard); k.Valid() {
		return k
	}
	return release.Paragraph
}

func statusOf(s string, fallback release.Status) release.Status {
	switch st := release.Status(s); st {
	case release.Draft, release.Translated, release.Reviewed:
		return st
	}
	return fallback
}
