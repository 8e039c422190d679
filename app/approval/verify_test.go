package approval

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"taiyaku/app/release"
	"taiyaku/app/signing"
)

// Each forgery a person can make by editing the file by hand is reported
// and blocks the gate; the honest approval passes.
func TestForgedApprovalsBlockTheGate(t *testing.T) {
	cases := []struct {
		name   string
		forge  func(r *release.Release)
		reason string
	}{
		{"honest", func(r *release.Release) {}, ""},
		{"text, rows and digest rewritten", func(r *release.Release) {
			r.Units[1].EN = "Forged text."
			a := Find(r, release.EN)
			a.Approved, a.Digest = Rows(r, release.EN), Digest(r, release.EN)
		}, ReasonNoEvent},
		{"digest changed, rows kept", func(r *release.Release) {
			r.Units[1].EN = "Forged text."
			Find(r, release.EN).Digest = Digest(r, release.EN)
		}, ReasonRows},
		{"trail emptied", func(r *release.Release) { r.Review.Trail = nil }, ReasonNoEvent},
		{"trail cut before the approval", func(r *release.Release) { r.Review.Trail = r.Review.Trail[:1] }, ReasonNoEvent},
		{"approval with no event", func(r *release.Release) {
			a := *Find(r, release.EN)
			a.Edition = release.JA
			a.Approved, a.Digest = Rows(r, release.JA), Digest(r, release.JA)
			removeApproval(r, release.JA)
			r.Review.Approvals = append(r.Review.Approvals, a)
		}, ReasonNoEvent},
		{"withdrawn, then approval put back", func(r *release.Release) {
			a := *Find(r, release.EN)
			must(t, Withdraw(r, release.EN, "wrong figure", "Jane Smith", step(5)))
			r.Review.Approvals = append(r.Review.Approvals, a)
		}, ReasonWithdrawn},
		{"trail entry edited", func(r *release.Release) { r.Review.Trail[0].Who = "someone else" }, ReasonTrail},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := approved(t)
			c.forge(r)
			probs := VerifyApprovals(r, nil)
			b := Gate(r, nil)
			if c.reason == "" {
				if len(probs) > 0 || !b.OK() {
					t.Fatalf("honest approvals refused: %v %+v", probs, b)
				}
				return
			}
			if !hasReason(probs, c.reason) || b.OK() {
				t.Fatalf("got %v, gate %+v; want %s reported and the gate closed", probs, b, c.reason)
			}
		})
	}
}

// A signed approval verifies; a keys file that lists its signer lets the
// gate pass, one that does not closes it, and so does an unsigned approval
// once a keys file is set.
func TestSignedApprovals(t *testing.T) {
	dir := t.TempDir()
	alice, err := signing.LoadOrCreate(filepath.Join(dir, "alice"))
	must(t, err)
	mallory, err := signing.LoadOrCreate(filepath.Join(dir, "mallory"))
	must(t, err)
	again, err := signing.LoadOrCreate(filepath.Join(dir, "alice"))
	must(t, err)
	if again.Key() != alice.Key() {
		t.Fatal("the key pair was not kept")
	}
	keys := filepath.Join(dir, signing.TrustedFile)
	writeFile(t, keys, signing.Entry("佐藤 花子", "広報室長", alice.Key()))
	trusted, err := signing.LoadTrusted(keys)
	must(t, err)

	r := load(t)
	must(t, ApproveSigned(r, release.JA, "佐藤 花子", "広報室長", step(0), alice))
	must(t, ApproveSigned(r, release.EN, "Jane Smith", "Translator", step(1), mallory))
	if p := VerifyApprovals(r, nil); len(p) > 0 {
		t.Fatalf("signed approvals do not verify: %v", p)
	}
	if s := SignatureOf(Find(r, release.JA), trusted); s.State != "trusted" || s.Name != "佐藤 花子" {
		t.Fatalf("JA signature: %+v", s)
	}
	if s := SignatureOf(Find(r, release.EN), trusted); s.State != "unknown" {
		t.Fatalf("EN signature: %+v", s)
	}
	b := GateTrusted(r, nil, trusted)
	if b.OK() || !slices.Equal(b.Approvals, []ApprovalProblem{{release.EN, ReasonUntrusted}}) {
		t.Fatalf("a signer missing from the keys file passed: %+v", b)
	}
	must(t, ApproveSigned(r, release.EN, "佐藤 花子", "広報室長", step(2), alice))
	if b := GateTrusted(r, nil, trusted); !b.OK() {
		t.Fatalf("trusted approvals refused: %+v", b)
	}
	// The signature covers the name: renaming the approver in both the
	// approval and its event (and re-chaining the trail) is caught.
	forged := saveLoad(t, r, func(b []byte) []byte { return b })
	Find(forged, release.EN).Name = "Mallory"
	if !hasReason(VerifyApprovals(forged, trusted), ReasonSignature) {
		t.Fatal("a renamed signed approval passed")
	}
	unsigned := load(t)
	must(t, Approve(unsigned, release.JA, "佐藤 花子", "広報室長", step(0)))
	if !hasReason(VerifyApprovals(unsigned, trusted), ReasonUntrusted) {
		t.Fatal("an unsigned approval passed a gate with a keys file")
	}
}

func hasReason(ps []ApprovalProblem, reason string) bool {
	for _, p := range ps {
		if p.Reason == reason {
			return true
		}
	}
	return false
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	must(t, os.WriteFile(path, []byte(text), 0o644))
}
