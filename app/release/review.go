package release

// The review record of a release: approvals of each edition, comments on
// units, and the append-only trail of events. The rules over them (digests,
// staleness, the hash chain, the export gate) live in package approval; this
// file only holds the data as the .taiyaku file stores it.

// Approval is one edition approved by a named person over the digest of
// that edition's normalised content. Approved keeps that content, so the
// editor can show what changed since.
type Approval struct {
	Edition  Edition       `json:"edition"`
	Name     string        `json:"name"`
	Role     string        `json:"role"`
	At       string        `json:"at"` // RFC 3339, UTC
	Digest   string        `json:"digest"`
	Approved []ApprovedRow `json:"approved"`
	// A signed approval carries the approver's Ed25519 public key, the
	// hash of the trail entry it extends, and the signature (base64) over
	// edition, digest, name, role, time and that trail head.
	Key       string `json:"key,omitempty"`
	TrailHead string `json:"trail_head,omitempty"`
	Signature string `json:"signature,omitempty"`
}

// ApprovedRow is one unit of an edition as it was approved.
type ApprovedRow struct {
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	Text string `json:"text"`
}

// Comment is a reviewer's remark on one edition of one unit, with the
// replies to it. An open comment blocks the final export.
type Comment struct {
	ID         string  `json:"id"`
	UnitID     string  `json:"unit"`
	Edition    Edition `json:"edition"`
	Author     string  `json:"author"`
	At         string  `json:"at"`
	Text       string  `json:"text"`
	Replies    []Reply `json:"replies,omitempty"`
	Resolved   bool    `json:"resolved,omitempty"`
	ResolvedBy string  `json:"resolved_by,omitempty"`
	ResolvedAt string  `json:"resolved_at,omitempty"`
}

// Reply answers a comment.
type Reply struct {
	Author string `json:"author"`
	At     string `json:"at"`
	Text   string `json:"text"`
}

// Event is one entry of the trail. Each entry carries the hash of the one
// before it and its own, so that reordering or editing entries by hand
// shows when the file is opened.
type Event struct {
	Seq    int    `json:"seq"`
	Kind   string `json:"kind"` // import, status, approve, withdraw, ignore, resolve, override, export
	Who    string `json:"who"`
	At     string `json:"at"`
	Detail string `json:"detail"`
	Digest string `json:"digest,omitempty"` // the edition digest the event concerns
	Prev   string `json:"prev"`
	Hash   string `json:"hash"`
	// An approve event repeats its approval's key and signature, so the
	// approval can be checked against the trail.
	Key       string `json:"key,omitempty"`
	Signature string `json:"signature,omitempty"`
}

// Review is the review record of a release.
type Review struct {
	Approvals []Approval
	Comments  []Comment
	Trail     []Event
}
