package approval

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"

	"taiyaku/app/release"
)

// trailVersion opens every event hash's input (see digestVersion).
const trailVersion = "taiyaku-trail-v1\n"

// Append adds an event to the end of r's trail: its Seq one more than the
// last entry's, Prev the last entry's Hash ("" for the first), and Hash
// over its own content and Prev, which chains every entry to all before it.
func Append(r *release.Release, kind, who, detail, digest string, now time.Time) release.Event {
	return appendEvent(r, release.Event{Kind: kind, Who: who, At: stamp(now), Detail: detail, Digest: digest})
}

// appendEvent chains e (Kind, Who, At, Detail, Digest and any signature
// set) to the end of r's trail.
func appendEvent(r *release.Release, e release.Event) release.Event {
	e.Seq, e.Prev = 1, ""
	if n := len(r.Review.Trail); n > 0 {
		last := r.Review.Trail[n-1]
		e.Seq, e.Prev = last.Seq+1, last.Hash
	}
	e.Hash = hashEvent(e)
	r.Review.Trail = append(r.Review.Trail, e)
	return e
}

// hashEvent is the hex SHA-256 of an event's fields but Hash, each
// length-prefixed (see writeField).
func hashEvent(e release.Event) string {
	h := sha256.New()
	h.Write([]byte(trailVersion))
	for _, s := range []string{strconv.Itoa(e.Seq), e.Kind, e.Who, e.At, e.Detail, e.Digest, e.Prev} {
		writeField(h, s)
	}
	// Signed events hash their key and signature too; unsigned ones hash
	// as they always did, so older trails still verify.
	if e.Key != "" || e.Signature != "" {
		writeField(h, e.Key)
		writeField(h, e.Signature)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// The reasons a trail entry fails verification.
const (
	ReasonContent = "content" // its Hash does not match its fields: edited
	ReasonLink    = "link"    // its Prev is not the Hash of the entry before: one removed, inserted or moved
	ReasonOrder   = "order"   // its Seq does not follow the entry before it
)

// TrailProblem is one failed check of one trail entry.
type TrailProblem struct {
	Index  int    // position in the trail, from 0
	Seq    int    // the entry's Seq as stored
	Reason string // ReasonContent, ReasonLink or ReasonOrder
}

// Message renders the problem in the language of tr (message ids
// TrailProblem_content, _link and _order; entries counted from 1).
func (p TrailProblem) Message(tr func(id string, kv ...any) string) string {
	return tr("TrailProblem_"+p.Reason, "Entry", p.Index+1, "Seq", p.Seq)
}

// Verify checks the chain of r's trail and reports, entry by entry, each
// whose content no longer matches its Hash, whose Prev does not match the
// Hash of the entry before it, or whose Seq does not follow that entry's.
// Nil means the trail is as it was written.
func Verify(r *release.Release) []TrailProblem {
	var out []TrailProblem
	prevSeq, prevHash := 0, ""
	for i, e := range r.Review.Trail {
		if e.Hash != hashEvent(e) {
			out = append(out, TrailProblem{i, e.Seq, ReasonContent})
		}
		if e.Prev != prevHash {
			out = append(out, TrailProblem{i, e.Seq, ReasonLink})
		}
		if e.Seq != prevSeq+1 {
			out = append(out, TrailProblem{i, e.Seq, ReasonOrder})
		}
		prevSeq, prevHash = e.Seq, e.Hash
	}
	return out
}

// RecordImport logs that a release was made from two plain-text editions.
func RecordImport(r *release.Release, who, jaFile, enFile string, units, oneSided int, now time.Time) {
	Append(r, "import", who, detail("ja", jaFile, "en", enFile, "units", strconv.Itoa(units), "one_sided", strconv.Itoa(oneSided)), "", now)
}
