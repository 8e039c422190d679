package approval

import (
	"time"

	"taiyaku/app/problem"
	"taiyaku/app/release"
)

// State is where an edition stands in review.
type State int

// The states of an edition.
const (
	NotApproved State = iota // no approval recorded
	Approved                 // approved, and its content is as approved
	Changed                  // approved, but its content changed since
)

// String names the state as trail details and message ids use it.
func (s State) String() string {
	switch s {
	case Approved:
		return "approved"
	case Changed:
		return "changed"
	}
	return "not-approved"
}

// Find returns the approval of edition ed, or nil. The pointer is into
// r.Review.Approvals and valid until that slice changes.
func Find(r *release.Release, ed release.Edition) *release.Approval {
	for i := range r.Review.Approvals {
		if r.Review.Approvals[i].Edition == ed {
			return &r.Review.Approvals[i]
		}
	}
	return nil
}

// StateOf tells whether edition ed is approved, and whether its content
// is still what was approved: the stored digest is compared with the
// digest of the content now, so any edit (in the app or by hand in the
// file) shows at once, and undoing it shows the edition approved again.
func StateOf(r *release.Release, ed release.Edition) (State, *release.Approval) {
	a := Find(r, ed)
	switch {
	case a == nil:
		return NotApproved, nil
	case a.Digest != Digest(r, ed):
		return Changed, a
	}
	return Approved, a
}

// Approve records that name, in role, approves edition ed as it is now,
// replacing any earlier approval of it, and logs an "approve" event with
// the digest. An edition without text cannot be approved.
func Approve(r *release.Release, ed release.Edition, name, role string, now time.Time) error {
	return ApproveSigned(r, ed, name, role, now, nil)
}

// Signer signs approvals: the user's key pair (signing.Identity).
type Signer interface {
	Key() string
	Sign(msg []byte) string
}

// ApproveSigned is Approve with the approval signed by s (unsigned when s
// is nil): the signature covers edition, digest, name, role, time and the
// hash of the trail entry the approval extends, and the approve event
// carries the same key and signature.
func ApproveSigned(r *release.Release, ed release.Edition, name, role string, now time.Time, s Signer) error {
	if err := checkEdition(ed); err != nil {
		return err
	}
	name, err := required(name, "ErrNeedName")
	if err != nil {
		return err
	}
	if role, err = required(role, "ErrNeedRole"); err != nil {
		return err
	}
	rows := Rows(r, ed)
	if len(rows) == 0 {
		return problem.New("ErrEmptyEdition", "Edition", string(ed))
	}
	a := release.Approval{Edition: ed, Name: name, Role: role, At: stamp(now), Digest: digestRows(rows), Approved: rows}
	if s != nil {
		a.Key, a.TrailHead = s.Key(), trailHead(r)
		a.Signature = s.Sign(signedBytes(&a))
	}
	removeApproval(r, ed)
	r.Review.Approvals = append(r.Review.Approvals, a)
	appendEvent(r, release.Event{Kind: "approve", Who: name, At: a.At, Detail: detail("edition", string(ed), "role", role),
		Digest: a.Digest, Key: a.Key, Signature: a.Signature})
	return nil
}

// Withdraw removes the approval of edition ed, for the reason given, and
// logs a "withdraw" event with the digest that had been approved.
func Withdraw(r *release.Release, ed release.Edition, reason, who string, now time.Time) error {
	if err := checkEdition(ed); err != nil {
		return err
	}
	reason, err := required(reason, "ErrNeedReason")
	if err != nil {
		return err
	}
	a := Find(r, ed)
	if a == nil {
		return problem.New("ErrNotApproved", "Edition", string(ed))
	}
	digest := a.Digest
	removeApproval(r, ed)
	Append(r, "withdraw", who, detail("edition", string(ed), "reason", reason), digest, now)
	return nil
}

// removeApproval drops every approval of edition ed. It builds a new slice,
// so a copy of the review taken earlier (an undo snapshot) stays intact.
func removeApproval(r *release.Release, ed release.Edition) {
	var kept []release.Approval
	for _, a := range r.Review.Approvals {
		if a.Edition != ed {
			kept = append(kept, a)
		}
	}
	r.Review.Approvals = kept
}

// Describe says where edition ed stands, in the language of tr (a
// Localizer's T): not approved, approved by whom and when, or changed
// since that approval.
func Describe(r *release.Release, ed release.Edition, tr func(id string, kv ...any) string) string {
	st, a := StateOf(r, ed)
	name := tr("Side_" + string(ed))
	switch st {
	case Approved:
		return tr("ReviewApproved", "Edition", name, "Name", a.Name, "Role", a.Role, "At", a.At)
	case Changed:
		return tr("ReviewChanged", "Edition", name, "Name", a.Name, "Role", a.Role, "At", a.At)
	}
	return tr("ReviewNotApproved", "Edition", name)
}
