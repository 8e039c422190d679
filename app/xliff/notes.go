package xliff

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"taiyaku/app/release"
)

// note is one comment or reply as both versions write it: the text, the
// edition it is about, and the fields a round trip needs (meta keys below).
type note struct {
	edition release.Edition
	text    string
	meta    map[string]string
}

// Keys of note and unit metadata: attribute names in the taiyaku namespace
// (2.1), context types after "x-taiyaku-" (1.2).
const (
	keyKind       = "kind"
	keyJA         = "ja"
	keyEN         = "en"
	keyID         = "id"
	keyAuthor     = "author"
	keyAt         = "at"
	keyReplyTo    = "reply-to"
	keyResolved   = "resolved"
	keyResolvedBy = "resolved-by"
	keyResolvedAt = "resolved-at"
)

// noteKeys is the order the keys are written in, so output is stable.
var noteKeys = []string{keyID, keyAuthor, keyAt, keyReplyTo, keyResolved, keyResolvedBy, keyResolvedAt}

// notesByUnit lists each unit's comments, each followed by its replies.
// A reply's id is its comment's and ".r" and its position ("c3.r1").
func notesByUnit(r *release.Release) map[string][]note {
	out := map[string][]note{}
	for _, c := range r.Review.Comments {
		m := map[string]string{keyID: c.ID, keyAuthor: c.Author, keyAt: c.At}
		if c.Resolved {
			m[keyResolved] = "yes"
			m[keyResolvedBy] = c.ResolvedBy
			m[keyResolvedAt] = c.ResolvedAt
		}
		out[c.UnitID] = append(out[c.UnitID], note{edition: c.Edition, text: c.Text, meta: m})
		for k, rp := range c.Replies {
			m := map[string]string{keyID: c.ID + ".r" + strconv.Itoa(k+1), keyReplyTo: c.ID,
				keyAuthor: rp.Author, keyAt: rp.At}
			out[c.UnitID] = append(out[c.UnitID], note{edition: c.Edition, text: rp.Text, meta: m})
		}
	}
	return out
}

// comments turns the notes read back into comments; unitOf[i] is the
// unit of notes[i]. A note of ours that replies to a comment read before it
// becomes that comment's reply; any other note, another tool's included,
// becomes a comment, so no text is lost.
func comments(notes []note, unitOf []string) []release.Comment {
	var out []release.Comment
	var raw []string // the id each comment asked for
	byID := map[string]int{}
	for i, n := range notes {
		if k, ok := byID[n.meta[keyReplyTo]]; ok && n.meta[keyReplyTo] != "" && out[k].UnitID == unitOf[i] {
			out[k].Replies = append(out[k].Replies, release.Reply{Author: n.meta[keyAuthor], At: n.meta[keyAt], Text: n.text})
			continue
		}
		c := release.Comment{UnitID: unitOf[i], Edition: n.edition, Author: n.meta[keyAuthor], At: n.meta[keyAt], Text: n.text}
		if c.Author == "" {
			c.Author = "XLIFF"
		}
		if n.meta[keyResolved] == "yes" {
			c.Resolved, c.ResolvedBy, c.ResolvedAt = true, n.meta[keyResolvedBy], n.meta[keyResolvedAt]
		}
		if _, seen := byID[n.meta[keyID]]; !seen && n.meta[keyID] != "" {
			byID[n.meta[keyID]] = len(out)
		}
		raw = append(raw, n.meta[keyID])
		out = append(out, c)
	}
	ids := unique(raw, func(s *string) string { return *s }, "c")
	for k := range out {
		out[k].ID = ids[k]
	}
	// A release lists comments in the order they were made, which their
	// numbers keep; the file lists them unit by unit.
	slices.SortStableFunc(out, func(a, b release.Comment) int { return cmp.Compare(commentNumber(a.ID), commentNumber(b.ID)) })
	return out
}

// commentNumber is n of an id "cn"; other ids sort after all of ours.
func commentNumber(id string) int {
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "c")); err == nil && strings.HasPrefix(id, "c") && n >= 0 {
		return n
	}
	return math.MaxInt
}

// unique returns an id for each item: the one it asks for, when it is the
// first to ask for it, otherwise prefix and the lowest number free.
func unique[T any](items []T, want func(*T) string, prefix string) []string {
	ids := make([]string, len(items))
	used := map[string]bool{}
	for i := range items {
		if w := want(&items[i]); w != "" && !used[w] {
			ids[i], used[w] = w, true
		}
	}
	next := 0
	for i := range ids {
		for ids[i] == "" {
			next++
			if id := prefix + strconv.Itoa(next); !used[id] {
				ids[i], used[id] = id, true
			}
		}
	}
	return ids
}
