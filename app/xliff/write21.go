package xliff

import (
	"fmt"
	"strings"

	"taiyaku/app/internal/xmltext"
	"taiyaku/app/release"
)

// write21 writes an XLIFF 2.1 document: one file, one unit per release
// unit with one segment, the English status as the segment's state and
// the rest in ty: attributes, which the core schema allows on xliff, file,
// unit and note ("##other", processed laxly).
func write21(b *strings.Builder, r *release.Release, o Options) {
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(b, `<xliff xmlns="%s" xmlns:ty="%s" version="2.1" srcLang="%s" trgLang="%s">`+"\n",
		ns2, nsTY, SourceLang, TargetLang)
	fmt.Fprintf(b, `  <file id="f1" original="%s" xml:space="preserve"%s>`+"\n", xmltext.Attr(o.Original), metaAttrs(r.Meta))
	notes := notesByUnit(r)
	for i := range r.Units {
		unit21(b, &r.Units[i], notes[r.Units[i].ID], o)
	}
	b.WriteString("  </file>\n</xliff>\n")
}

// metaAttrs carries the release's metadata on the file element.
func metaAttrs(m release.Meta) string {
	var b strings.Builder
	for _, kv := range [][2]string{{"ministry", m.Ministry}, {"division", m.Division},
		{"release", m.ReleaseID}, {"glossary", m.Glossary}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, ` ty:%s="%s"`, kv[0], xmltext.Attr(kv[1]))
		}
	}
	return b.String()
}

func unit21(b *strings.Builder, u *release.Unit, notes []note, o Options) {
	// The kind is also the unit's type, a standard attribute that a tool
	// dropping foreign attributes may still keep.
	typ := ""
	if u.Kind != "" {
		typ = ` type="ty:` + nmtoken(string(u.Kind)) + `"`
	}
	fmt.Fprintf(b, `    <unit id="%s"%s ty:kind="%s" ty:ja="%s" ty:en="%s">`+"\n",
		xmltext.Attr(nmtoken(u.ID)), typ, xmltext.Attr(string(u.Kind)), xmltext.Attr(string(u.StatusJA)), xmltext.Attr(string(u.StatusEN)))
	if len(notes) > 0 {
		b.WriteString("      <notes>\n")
		for _, n := range notes {
			note21(b, n)
		}
		b.WriteString("      </notes>\n")
	}
	hasTarget := u.EN != ""
	state := "initial"
	if hasTarget {
		state = state21(u.StatusEN, isFinal(u, o))
	}
	fmt.Fprintf(b, `      <segment id="s1" state="%s">`+"\n        <source>", state)
	text21(b, u.JA)
	b.WriteString("</source>\n")
	if hasTarget {
		b.WriteString("        <target>")
		text21(b, u.EN)
		b.WriteString("</target>\n")
	}
	b.WriteString("      </segment>\n    </unit>\n")
}

// note21 writes one comment or reply; appliesTo says which edition.
func note21(b *strings.Builder, n note) {
	applies := "target"
	if n.edition == release.JA {
		applies = "source"
	}
	category := "comment"
	if n.meta[keyReplyTo] != "" {
		category = "reply"
	}
	fmt.Fprintf(b, `        <note id="%s" appliesTo="%s" category="%s"`, xmltext.Attr(nmtoken(n.meta[keyID])), applies, category)
	for _, k := range noteKeys[1:] {
		if v := n.meta[k]; v != "" {
			fmt.Fprintf(b, ` ty:%s="%s"`, k, xmltext.Attr(v))
		}
	}
	b.WriteString(">")
	xmltext.Escape(b, n.text, false, nil)
	b.WriteString("</note>\n")
}

// text21 writes text; a character XML cannot hold becomes <cp hex="…"/>,
// the 2.x way to carry it. (A note holds no inline elements, so there such
// a character is dropped: notes are prose.)
func text21(b *strings.Builder, s string) {
	xmltext.Escape(b, s, false, func(b *strings.Builder, r rune) {
		fmt.Fprintf(b, `<cp hex="%04X"/>`, r)
	})
}

// nmtoken makes an id acceptable where the schema wants an NMTOKEN: ids
// of our own are ("u12", "c3"); one typed by hand might hold a space.
func nmtoken(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			return r
		}
		return '_'
	}, s)
}
