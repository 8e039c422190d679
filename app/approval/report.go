package approval

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/width"

	"taiyaku/app/release"
)

// Report is a plain-text account of r's review, to be exported with the
// final editions: each edition's approval (who, role, when, digest) and
// state, the ignored findings with their reasons, and the trail with the
// result of verifying it. tr renders message ids in the reader's language.
func Report(r *release.Release, tr func(id string, kv ...any) string) string {
	var b strings.Builder
	title := tr("ReportTitle", "Release", r.Meta.ReleaseID)
	fmt.Fprintf(&b, "%s\n%s\n", title, strings.Repeat("=", columns(title)))
	reportApprovals(&b, r, tr)
	reportIgnored(&b, r, tr)
	reportTrail(&b, r, tr)
	return b.String()
}

// heading writes a section heading.
func heading(b *strings.Builder, s string) {
	fmt.Fprintf(b, "\n%s\n%s\n", s, strings.Repeat("-", columns(s)))
}

// columns is how many columns s takes in a fixed-width font: two for each
// wide or full-width character (Japanese), one for the others.
func columns(s string) int {
	n := 0
	for _, r := range s {
		n++
		if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
			n++
		}
	}
	return n
}

// reportApprovals writes each edition's state and approval digests.
func reportApprovals(b *strings.Builder, r *release.Release, tr func(string, ...any) string) {
	heading(b, tr("ReportApprovals"))
	for _, ed := range Editions {
		fmt.Fprintln(b, Describe(r, ed, tr))
		st, a := StateOf(r, ed)
		if a != nil {
			fmt.Fprintln(b, "  "+tr("ReportDigest", "Digest", a.Digest))
		}
		if st == Changed {
			fmt.Fprintln(b, "  "+tr("ReportDigestNow", "Digest", Digest(r, ed)))
		}
	}
}

// reportIgnored writes each ignored finding with its reason.
func reportIgnored(b *strings.Builder, r *release.Release, tr func(string, ...any) string) {
	heading(b, tr("ReportIgnored"))
	if len(r.Ignored) == 0 {
		fmt.Fprintln(b, tr("ReportNone"))
	}
	for _, ig := range r.Ignored {
		unit := ig.UnitID
		if i := r.Index(ig.UnitID); i >= 0 {
			unit = strconv.Itoa(i + 1)
		}
		fmt.Fprintln(b, tr("ReportIgnoredItem", "Check", ig.Check, "Unit", unit, "Side", tr("Side_"+ig.Side),
			"Reason", ig.Reason, "By", ig.By, "At", ig.At))
	}
}

// reportTrail writes every trail entry, then whether the chain holds.
func reportTrail(b *strings.Builder, r *release.Release, tr func(string, ...any) string) {
	heading(b, tr("ReportTrail"))
	if len(r.Review.Trail) == 0 {
		fmt.Fprintln(b, tr("ReportNone"))
	}
	for _, e := range r.Review.Trail {
		fmt.Fprintf(b, "%d. %s  %s  %s  %s\n", e.Seq, e.At, eventName(e.Kind, tr), e.Who, e.Detail)
		if e.Digest != "" {
			fmt.Fprintln(b, "   "+tr("ReportDigest", "Digest", e.Digest))
		}
	}
	problems := Verify(r)
	if len(problems) == 0 {
		fmt.Fprintln(b, tr("ReportTrailIntact", "Count", len(r.Review.Trail)))
		return
	}
	fmt.Fprintln(b, tr("ReportTrailBroken"))
	for _, p := range problems {
		fmt.Fprintln(b, "  "+p.Message(tr))
	}
}

// eventName translates an event kind, or keeps it as stored when the
// locales do not know it (a kind written by a newer Taiyaku).
func eventName(kind string, tr func(string, ...any) string) string {
	id := "Event_" + kind
	if s := tr(id); s != id {
		return s
	}
	return kind
}
