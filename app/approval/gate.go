package approval

import (
	"strconv"
	"strings"
	"time"

	"taiyaku/app/check"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/signing"
)

// EditionBlocker is an edition that is not approved, or changed since.
type EditionBlocker struct {
	Edition release.Edition
	State   State // NotApproved or Changed
}

// Blockers is what stands between a release and its final export.
type Blockers struct {
	Editions []EditionBlocker
	Errors   int // open error-level findings
	Comments int // open comments
	// Approvals that do not hold: forged, not in the trail, badly signed,
	// or not signed by a trusted key when a keys file is set.
	Approvals []ApprovalProblem
}

// OK reports whether nothing blocks the final export.
func (b Blockers) OK() bool {
	return len(b.Editions) == 0 && b.Errors == 0 && b.Comments == 0 && len(b.Approvals) == 0
}

// Count is the number of blockers: each edition, the errors, the comments.
func (b Blockers) Count() int {
	n := len(b.Editions) + len(b.Approvals)
	if b.Errors > 0 {
		n++
	}
	if b.Comments > 0 {
		n++
	}
	return n
}

// String describes the blockers for the trail, language-neutrally:
// "ja=not-approved en=changed errors=1 comments=0".
func (b Blockers) String() string {
	var kv []string
	for _, e := range b.Editions {
		kv = append(kv, string(e.Edition), e.State.String())
	}
	kv = append(kv, "errors", strconv.Itoa(b.Errors), "comments", strconv.Itoa(b.Comments))
	for _, p := range b.Approvals {
		kv = append(kv, "approval-"+string(p.Edition), p.Reason)
	}
	return detail(kv...)
}

// Lines says each blocker in the language of tr, one line each.
func (b Blockers) Lines(tr func(id string, kv ...any) string) []string {
	var out []string
	for _, e := range b.Editions {
		id := "BlockerNotApproved"
		if e.State == Changed {
			id = "BlockerChanged"
		}
		out = append(out, tr(id, "Edition", tr("Side_"+string(e.Edition))))
	}
	if b.Errors > 0 {
		out = append(out, tr("BlockerErrors", "Count", b.Errors))
	}
	if b.Comments > 0 {
		out = append(out, tr("BlockerComments", "Count", b.Comments))
	}
	for _, p := range b.Approvals {
		out = append(out, p.Message(tr))
	}
	return out
}

// Gate lists what blocks a final export of r: each edition not approved
// or changed since approval, the open error-level findings among findings
// (which must already be the open ones, after check.Partition), and the
// open comments.
func Gate(r *release.Release, findings []check.Finding) Blockers {
	return GateTrusted(r, findings, nil)
}

// GateTrusted is Gate that also checks every approval against the trail
// and its signature and, when trusted is set (a keys file), accepts only
// approvals signed by a key it lists.
func GateTrusted(r *release.Release, findings []check.Finding, trusted *signing.Trusted) Blockers {
	b := Blockers{Approvals: VerifyApprovals(r, trusted)}
	for _, ed := range Editions {
		if st, _ := StateOf(r, ed); st != Approved {
			b.Editions = append(b.Editions, EditionBlocker{ed, st})
		}
	}
	b.Errors = check.Count(findings)[check.Error]
	b.Comments = len(Open(r))
	return b
}

// FinalExport decides whether r may be exported as final and records it.
// With blockers and no override reason it refuses with a *problem.Error
// (ErrFinalBlocked; its data holds the Blockers under "Blockers"). With an
// override reason it logs an "override" event with the reason and the
// blockers. Then it logs an "export" event with both editions' digests.
// The caller writes the files, and saves r only once they are written.
func FinalExport(r *release.Release, findings []check.Finding, who, overrideReason string, now time.Time) error {
	return FinalExportTrusted(r, findings, nil, who, overrideReason, now)
}

// FinalExportTrusted is FinalExport through GateTrusted.
func FinalExportTrusted(r *release.Release, findings []check.Finding, trusted *signing.Trusted, who, overrideReason string, now time.Time) error {
	b := GateTrusted(r, findings, trusted)
	reason := strings.TrimSpace(overrideReason)
	if !b.OK() {
		if reason == "" {
			return problem.New("ErrFinalBlocked", "Count", b.Count(), "Blockers", b)
		}
		Append(r, "override", who, detail("reason", reason)+" "+b.String(), "", now)
	}
	Append(r, "export", who, detail("ja", Digest(r, release.JA), "en", Digest(r, release.EN)), "", now)
	return nil
}

// RecordIgnore logs that who ignored finding check of unit unitID for
// reason. The ignore itself is stored in r.Ignored by the editor.
func RecordIgnore(r *release.Release, check, unitID, reason, who string, now time.Time) {
	Append(r, "ignore", who, detail("check", check, "unit", unitID, "reason", strings.TrimSpace(reason)), "", now)
}
