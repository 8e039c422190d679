package xliff

import (
	"strconv"
	"strings"

	"taiyaku/app/release"
)

// states21 orders the 2.x states, so a unit of several segments takes the
// least advanced one.
var states21 = map[string]int{"initial": 0, "translated": 1, "reviewed": 2, "final": 3}

// unit2 reads a 2.x unit: its segments and ignorables, in order, make the
// texts; notes become comments.
func (rd *reader) unit2(n *node) (unitRec, error) {
	rec := unitRec{id: n.get("", "id"), meta: map[string]string{}}
	rec.kind, _ = strings.CutPrefix(n.get("", "type"), "ty:")
	for _, k := range []string{keyKind, keyJA, keyEN} {
		rec.meta[k] = n.get(nsTY, k)
	}
	if notes := n.first(rd.ns, "notes"); notes != nil {
		for _, x := range notes.elems(rd.ns, "note") {
			rec.notes = append(rec.notes, note2(x))
		}
	}
	var ja, en strings.Builder
	var bad *node
	for _, k := range n.kids {
		c, ok := k.(*node)
		if !ok || c.name.Space != rd.ns || (c.name.Local != "segment" && c.name.Local != "ignorable") {
			continue
		}
		if s := c.first(rd.ns, "source"); s != nil {
			bad = firstBad(bad, rd.inline2(&ja, s))
		}
		if t := c.first(rd.ns, "target"); t != nil {
			bad = firstBad(bad, rd.inline2(&en, t))
		}
		if c.name.Local == "segment" {
			rec.state = lowerState(rec.state, c.get("", "state"))
		}
	}
	if bad != nil {
		return rec, rd.failAt(bad, "ErrXLIFFCodePoint", "Hex", bad.get("", "hex"))
	}
	rec.ja, rec.en = ja.String(), en.String()
	return rec, nil
}

func firstBad(a, b *node) *node {
	if a != nil {
		return a
	}
	return b
}

// lowerState keeps the less advanced of two 2.x states ("" is none yet;
// a missing state attribute means initial).
func lowerState(have, s string) string {
	if s == "" {
		s = "initial"
	}
	if have == "" || states21[s] < states21[have] {
		return s
	}
	return have
}

// note2 reads a 2.x note; a note of ours carries its fields as ty:
// attributes, another tool's has at most an id.
func note2(x *node) note {
	m := map[string]string{keyID: x.get("", "id")}
	for _, k := range noteKeys[1:] {
		if v := x.get(nsTY, k); v != "" {
			m[k] = v
		}
	}
	ed := release.EN
	if x.get("", "appliesTo") == "source" {
		ed = release.JA
	}
	return note{edition: ed, text: x.plain(), meta: m}
}

// inline2 appends the text of a 2.x source or target: character data,
// the content of paired codes and annotations, code points (<cp>);
// placeholders and code markers stand for native codes and add nothing.
// It returns the first <cp> whose hex is not a code point XML text refuses.
func (rd *reader) inline2(b *strings.Builder, n *node) (bad *node) {
	enter := func(c *node) bool { return c.name.Local == "pc" || c.name.Local == "mrk" || c.name.Space != rd.ns }
	n.walkText(b, enter, func(b *strings.Builder, c *node) {
		if c.name.Local != "cp" || c.name.Space != rd.ns {
			return
		}
		r, ok := codePoint(c.get("", "hex"))
		if !ok && bad == nil {
			bad = c
		}
		b.WriteRune(r)
	})
	return bad
}

// codePoint reads the hex of <cp> (or of our 1.2 "x-cp-" ctype).
func codePoint(hex string) (rune, bool) {
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) {
		return 0, false
	}
	return rune(v), true
}

// unit12 reads a 1.2 trans-unit. Our context groups carry the kind and
// statuses ("unit-…") and each note's fields ("note-…", just before it).
func (rd *reader) unit12(n *node) (unitRec, error) {
	rec := unitRec{id: n.get("", "id"), meta: map[string]string{}, approved: n.get("", "approved") == "yes"}
	rec.kind, _ = strings.CutPrefix(n.get("", "restype"), "x-")
	var ja, en strings.Builder
	var bad *node
	if s := n.first(rd.ns, "source"); s != nil {
		bad = rd.inline12(&ja, s)
	}
	if t := n.first(rd.ns, "target"); t != nil {
		bad = firstBad(bad, rd.inline12(&en, t))
		rec.state = t.get("", "state")
	}
	if bad != nil {
		return rec, rd.failAt(bad, "ErrXLIFFCodePoint", "Hex", bad.get("", "ctype"))
	}
	rec.ja, rec.en = ja.String(), en.String()
	var pending map[string]string
	for _, k := range n.kids {
		c, ok := k.(*node)
		if !ok || c.name.Space != rd.ns {
			continue
		}
		switch {
		case c.name.Local == "context-group" && c.get("", "purpose") == "x-taiyaku":
			m := contexts(rd.ns, c)
			if strings.HasPrefix(c.get("", "name"), "unit") {
				rec.meta = m
			} else {
				pending = m
			}
		case c.name.Local == "note":
			rec.notes = append(rec.notes, note12(c, pending))
			pending = nil
		}
	}
	return rec, nil
}

// contexts reads a context group of ours into keys and values.
func contexts(ns string, g *node) map[string]string {
	m := map[string]string{}
	for _, c := range g.elems(ns, "context") {
		if k, ok := strings.CutPrefix(c.get("", "context-type"), "x-taiyaku-"); ok {
			m[k] = c.plain()
		}
	}
	return m
}

// note12 reads a 1.2 note with the fields of the context group before it.
func note12(x *node, meta map[string]string) note {
	if meta == nil {
		meta = map[string]string{}
	}
	meta[keyAuthor] = x.get("", "from")
	ed := release.EN
	if x.get("", "annotates") == "source" {
		ed = release.JA
	}
	return note{edition: ed, text: x.plain(), meta: meta}
}

// inline12 appends the text of a 1.2 source or target: character data and
// the content of <g> and <mrk>; <x> stands for a code point when we wrote
// it, and native codes (ph, bpt, ept, it) add nothing.
func (rd *reader) inline12(b *strings.Builder, n *node) (bad *node) {
	enter := func(c *node) bool { return c.name.Local == "g" || c.name.Local == "mrk" || c.name.Space != rd.ns }
	n.walkText(b, enter, func(b *strings.Builder, c *node) {
		hex, ok := strings.CutPrefix(c.get("", "ctype"), "x-cp-")
		if c.name.Local != "x" || !ok {
			return
		}
		r, ok := codePoint(hex)
		if !ok && bad == nil {
			bad = c
		}
		b.WriteRune(r)
	})
	return bad
}
