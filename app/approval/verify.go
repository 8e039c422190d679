package approval

import (
	"crypto/sha256"
	"strconv"
	"strings"

	"taiyaku/app/release"
	"taiyaku/app/signing"
)

// signatureVersion opens the signed bytes of every approval.
const signatureVersion = "taiyaku-approval-v1\n"

// signedBytes is what an approval's signature covers: edition, digest,
// name, role, time and the trail head it extends, each length-prefixed.
func signedBytes(a *release.Approval) []byte {
	h := sha256.New()
	h.Write([]byte(signatureVersion))
	for _, s := range []string{string(a.Edition), a.Digest, a.Name, a.Role, a.At, a.TrailHead} {
		writeField(h, s)
	}
	return h.Sum(nil)
}

// trailHead is the hash of the last trail entry ("" for an empty trail).
func trailHead(r *release.Release) string {
	if n := len(r.Review.Trail); n > 0 {
		return r.Review.Trail[n-1].Hash
	}
	return ""
}

// The reasons a stored approval fails verification.
const (
	ReasonRows      = "rows"      // the approved rows do not give the stored digest
	ReasonNoEvent   = "no-event"  // no approve event of the trail records it
	ReasonWithdrawn = "withdrawn" // the trail withdrew or replaced it later
	ReasonTrail     = "trail"     // the trail is broken, so it cannot vouch for it
	ReasonSignature = "signature" // its signature does not verify, or differs from its event's
	ReasonUntrusted = "untrusted" // a keys file is set and does not list its signer
)

// ApprovalProblem is one failed check of a stored approval.
type ApprovalProblem struct {
	Edition release.Edition
	Reason  string
}

// Message renders the problem in the language of tr (message ids
// ApprovalProblem_rows, _no-event, …).
func (p ApprovalProblem) Message(tr func(id string, kv ...any) string) string {
	return tr("ApprovalProblem_"+p.Reason, "Edition", tr("Side_"+string(p.Edition)))
}

// VerifyApprovals checks every stored approval of r against its own rows,
// the trail and its signature; with trusted set (a keys file), unsigned
// approvals and those signed by a key it does not list fail too. Nil
// means every approval is what an approver recorded.
func VerifyApprovals(r *release.Release, trusted *signing.Trusted) []ApprovalProblem {
	var out []ApprovalProblem
	broken := len(Verify(r)) > 0
	for i := range r.Review.Approvals {
		a := &r.Review.Approvals[i]
		for _, reason := range approvalReasons(r, a, trusted, broken) {
			out = append(out, ApprovalProblem{a.Edition, reason})
		}
	}
	return out
}

// approvalReasons lists what is wrong with approval a.
func approvalReasons(r *release.Release, a *release.Approval, trusted *signing.Trusted, broken bool) []string {
	var out []string
	if digestRows(a.Approved) != a.Digest {
		out = append(out, ReasonRows)
	}
	ev, last := approveEvent(r, a)
	switch {
	case ev == nil:
		out = append(out, ReasonNoEvent)
	case !last:
		out = append(out, ReasonWithdrawn)
	}
	if broken {
		out = append(out, ReasonTrail)
	}
	if a.Signature != "" && !signatureHolds(a, ev) {
		out = append(out, ReasonSignature)
	}
	if trusted != nil {
		if _, ok := trusted.Lookup(a.Key); !ok || a.Signature == "" {
			out = append(out, ReasonUntrusted)
		}
	}
	return out
}

// signatureHolds tells whether a's signature verifies and is the one its
// trail event carries, over the trail head that event extends.
func signatureHolds(a *release.Approval, ev *release.Event) bool {
	if !signing.Verify(a.Key, a.Signature, signedBytes(a)) {
		return false
	}
	return ev == nil || ev.Key == a.Key && ev.Signature == a.Signature && ev.Prev == a.TrailHead
}

// approveEvent finds the approve event that recorded a, and tells whether
// it is the last approve or withdraw event of a's edition.
func approveEvent(r *release.Release, a *release.Approval) (ev *release.Event, last bool) {
	for i := range r.Review.Trail {
		e := &r.Review.Trail[i]
		if (e.Kind != "approve" && e.Kind != "withdraw") || detailValue(e.Detail, "edition") != string(a.Edition) {
			continue
		}
		if e.Kind == "approve" && e.Digest == a.Digest && e.Who == a.Name && e.At == a.At &&
			detailValue(e.Detail, "role") == a.Role {
			ev, last = e, true
			continue
		}
		last = false
	}
	return ev, ev != nil && last
}

// detailValue reads one key's value from an event detail written by
// detail: key=value pairs, values quoted when they hold spaces.
func detailValue(d, key string) string {
	for d != "" {
		eq := strings.IndexByte(d, '=')
		if eq < 0 {
			return ""
		}
		k, rest := d[:eq], d[eq+1:]
		var v string
		if strings.HasPrefix(rest, `"`) {
			q, err := strconv.QuotedPrefix(rest)
			if err != nil {
				return ""
			}
			v, _ = strconv.Unquote(q)
			rest = rest[len(q):]
		} else if sp := strings.IndexByte(rest, ' '); sp >= 0 {
			v, rest = rest[:sp], rest[sp:]
		} else {
			v, rest = rest, ""
		}
		if k == key {
			return v
		}
		d = strings.TrimPrefix(rest, " ")
	}
	return ""
}

// Signature is how an approval is signed, for status lines.
type Signature struct {
	State string // "trusted", "unknown", "unsigned", "invalid"
	Name  string // the approver the keys file names, when trusted
	Print string // the key's fingerprint
}

// SignatureOf says how approval a is signed, as far as trusted knows.
func SignatureOf(a *release.Approval, trusted *signing.Trusted) Signature {
	switch {
	case a.Signature == "":
		return Signature{State: "unsigned"}
	case !signing.Verify(a.Key, a.Signature, signedBytes(a)):
		return Signature{State: "invalid", Print: signing.Fingerprint(a.Key)}
	}
	if who, ok := trusted.Lookup(a.Key); ok {
		return Signature{State: "trusted", Name: who.Name, Print: signing.Fingerprint(a.Key)}
	}
	return Signature{State: "unknown", Print: signing.Fingerprint(a.Key)}
}

// Message renders the signature state (message ids Signature_trusted, …).
func (s Signature) Message(tr func(id string, kv ...any) string) string {
	return tr("Signature_"+s.State, "Name", s.Name, "Key", s.Print)
}
