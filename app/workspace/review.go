package workspace

import (
	"time"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/release"
)

// Approve approves edition ed of r in u's name and role, over the digest
// of its content.
func Approve(r *release.Release, ed release.Edition, u User, now time.Time) error {
	return approval.Approve(r, ed, u.Name, u.Role, now)
}

// Withdraw withdraws the approval of edition ed of r, for a reason.
func Withdraw(r *release.Release, ed release.Edition, reason string, u User, now time.Time) error {
	return approval.Withdraw(r, ed, reason, u.Name, now)
}

// Status is where the review of a release stands.
type Status struct {
	Open, Ignored []check.Finding
	OpenErrors    int
	OpenComments  int
	Trail         []approval.TrailProblem // a trail altered by hand
	Blockers      approval.Blockers       // what keeps a final export from going out
}

// StatusOf says where the review of r stands given its open findings.
func StatusOf(r *release.Release, open, ignored []check.Finding) Status {
	return Status{
		Open: open, Ignored: ignored,
		OpenErrors:   check.Count(open)[check.Error],
		OpenComments: len(approval.Open(r)),
		Trail:        approval.Verify(r),
		Blockers:     approval.Gate(r, open),
	}
}

// Status checks the release and says where its review stands.
func (w *Workspace) Status() Status {
	open, ignored := w.Findings()
	return StatusOf(w.Release, open, ignored)
}
