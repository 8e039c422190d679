// Package sheet makes the bilingual review sheet that a press officer
// attaches to a sign-off request: both editions side by side per unit,
// with unit numbers, statuses, findings (ignored ones marked), open
// comments, each edition's approval and digest, the release title and page
// numbers on every page. Build gathers it in the user's language; PDF and
// HTML set it.
package sheet

import (
	"strconv"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/release"
)

// Sheet is the review sheet's content, in the user's language.
type Sheet struct {
	Title     string   // the release's title (Japanese, else English)
	Heading   string   // "Review sheet: …"
	Approvals []string // each edition's state, approver and digest
	Problems  []string // approvals that do not hold (forged, unsigned …)
	Summary   string   // counts of findings and comments
	Columns   [5]string
	Rows      []Row
	Page      func(page int, of string) string
}

// Row is one unit.
type Row struct {
	Number int
	Status string // "ja: reviewed / en: draft"
	JA, EN string
	Notes  []Note
}

// Note is a finding or a comment shown beside a unit.
type Note struct {
	Kind string // "error", "warning", "info", "ignored" or "comment"
	Text string
}

// Build gathers the sheet of r: open and ignored are its findings split by
// check.Partition; tr renders messages in the user's language.
func Build(r *release.Release, open, ignored []check.Finding, tr func(id string, kv ...any) string) Sheet {
	s := Sheet{
		Title:   title(r),
		Columns: [5]string{tr("SheetUnit"), tr("SheetStatus"), tr("Side_ja"), tr("Side_en"), tr("SheetNotes")},
		Page:    func(n int, of string) string { return tr("SheetPage", "Page", n, "Of", of) },
	}
	s.Heading = tr("SheetHeading", "Release", s.Title)
	for _, ed := range approval.Editions {
		line := approval.Describe(r, ed, tr)
		if a := approval.Find(r, ed); a != nil {
			line += "  " + tr("ReportDigest", "Digest", a.Digest)
		}
		s.Approvals = append(s.Approvals, line)
	}
	for _, p := range approval.VerifyApprovals(r, nil) {
		s.Problems = append(s.Problems, p.Message(tr))
	}
	c := check.Count(open)
	s.Summary = tr("SheetSummary", "Errors", c[check.Error], "Warnings", c[check.Warning], "Infos", c[check.Info],
		"Ignored", len(ignored), "Comments", len(approval.Open(r)))
	notes := notesByUnit(r, open, ignored, tr)
	for i := range r.Units {
		u := &r.Units[i]
		s.Rows = append(s.Rows, Row{
			Number: i + 1,
			Status: tr("Status_"+string(u.StatusJA)) + " / " + tr("Status_"+string(u.StatusEN)),
			JA:     u.JA, EN: u.EN, Notes: notes[i],
		})
	}
	return s
}

// notesByUnit lists each unit's open findings, ignored findings (with the
// reason) and open comments.
func notesByUnit(r *release.Release, open, ignored []check.Finding, tr func(string, ...any) string) map[int][]Note {
	out := map[int][]Note{}
	for _, f := range open {
		out[f.Unit] = append(out[f.Unit], Note{string(f.Severity), tr("Severity1_"+string(f.Severity)) + ": " + f.Render(tr)})
	}
	for _, f := range ignored {
		reason := ""
		for _, ig := range r.Ignored {
			if ig.Check == f.Check && f.Unit < len(r.Units) && ig.UnitID == r.Units[f.Unit].ID {
				reason = ig.Reason
			}
		}
		out[f.Unit] = append(out[f.Unit], Note{"ignored", tr("SheetIgnored", "Reason", reason) + ": " + f.Render(tr)})
	}
	for _, c := range approval.Open(r) {
		if i := r.Index(c.UnitID); i >= 0 {
			out[i] = append(out[i], Note{"comment", tr("SheetComment", "Author", c.Author, "Edition", tr("Side_"+string(c.Edition)), "Text", c.Text)})
		}
	}
	return out
}

// title is the release's title: the Japanese one, else the English one,
// else its first line.
func title(r *release.Release) string {
	for _, ed := range approval.Editions {
		for i := range r.Units {
			if r.Units[i].Kind == release.Title && r.Units[i].Text(ed) != "" {
				return firstLine(r.Units[i].Text(ed))
			}
		}
	}
	for i := range r.Units {
		if t := firstLine(r.Units[i].JA + r.Units[i].EN); t != "" {
			return t
		}
	}
	return ""
}

func firstLine(s string) string {
	for i, c := range s {
		if c == '\n' {
			return s[:i]
		}
	}
	return s
}

// number is the unit number as the sheet shows it.
func (r Row) number() string { return strconv.Itoa(r.Number) }
