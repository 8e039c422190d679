package workspace

import (
	"time"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/release"
	"taiyaku/app/signing"
)

// Approve approves edition ed of r in u's name and role, over the digest
// of its content, signed with u's key (made in u.KeyDir on the first
// approval; unsigned when u has no key folder).
func Approve(r *release.Release, ed release.Edition, u User, now time.Time) error {
	var s approval.Signer
	if u.KeyDir != "" {
		id, err := signing.LoadOrCreate(u.KeyDir)
		if err != nil {
			return err
		}
		s = id
	}
	return approval.ApproveSigned(r, ed, u.Name, u.Role, now, s)
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
	Signatures    map[release.Edition]approval.Signature
}

// StatusOf says where the review of r stands given its open findings and
// the trusted approvers' keys (nil: no keys file; then any approval that
// holds against the trail passes, signed or not).
func StatusOf(r *release.Release, open, ignored []check.Finding, trusted *signing.Trusted) Status {
	st := Status{
		Open: open, Ignored: ignored,
		OpenErrors:   check.Count(open)[check.Error],
		OpenComments: len(approval.Open(r)),
		Trail:        approval.Verify(r),
		Blockers:     approval.GateTrusted(r, open, trusted),
		Signatures:   map[release.Edition]approval.Signature{},
	}
	for _, ed := range approval.Editions {
		if a := approval.Find(r, ed); a != nil {
			st.Signatures[ed] = approval.SignatureOf(a, trusted)
		}
	}
	return st
}

// Status checks the release and says where its review stands.
func (w *Workspace) Status() Status {
	open, ignored := w.Findings()
	return StatusOf(w.Release, open, ignored, w.Trusted)
}
