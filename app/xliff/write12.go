package xliff

import (
	"fmt"
	"strings"

	"taiyaku/app/internal/xmltext"
	"taiyaku/app/release"
)

// write12 writes an XLIFF 1.2 document valid against the strict schema.
// That schema refuses attributes it does not know, so what 2.1 keeps in
// ty: attributes goes into context groups of purpose "x-taiyaku": one per
// unit, and one just before each note, which the reader pairs with it.
func write12(b *strings.Builder, r *release.Release, o Options) {
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(b, `<xliff xmlns="%s" version="1.2">`+"\n", ns12)
	fmt.Fprintf(b, `  <file original="%s" source-language="%s" target-language="%s" datatype="plaintext">`+"\n",
		xmltext.Attr(o.Original), SourceLang, TargetLang)
	b.WriteString(`    <header><tool tool-id="taiyaku" tool-name="Taiyaku"/></header>` + "\n    <body>\n")
	notes := notesByUnit(r)
	for i := range r.Units {
		unit12(b, i, &r.Units[i], notes[r.Units[i].ID], o)
	}
	b.WriteString("    </body>\n  </file>\n</xliff>\n")
}

// unit12 writes unit u, the i-th; the names of its context groups carry
// i because the schema wants them unique in the whole file.
func unit12(b *strings.Builder, i int, u *release.Unit, notes []note, o Options) {
	final := isFinal(u, o)
	approved := ""
	if final {
		approved = ` approved="yes"`
	}
	// The kind is also the restype, a standard attribute that a tool
	// dropping our context groups may still keep.
	restype := ""
	if u.Kind != "" {
		restype = ` restype="x-` + nmtoken(string(u.Kind)) + `"`
	}
	fmt.Fprintf(b, `      <trans-unit id="%s"%s xml:space="preserve"%s>`+"\n        <source xml:lang=\"%s\">",
		xmltext.Attr(u.ID), restype, approved, SourceLang)
	text12(b, u.JA)
	b.WriteString("</source>\n")
	if u.EN != "" {
		fmt.Fprintf(b, `        <target xml:lang="%s" state="%s">`, TargetLang, state12(u.StatusEN, final))
		text12(b, u.EN)
		b.WriteString("</target>\n")
	}
	context12(b, fmt.Sprintf("unit-%d", i+1), [][2]string{{keyKind, string(u.Kind)}, {keyJA, string(u.StatusJA)}, {keyEN, string(u.StatusEN)}})
	for k, n := range notes {
		var kv [][2]string
		for _, k := range noteKeys {
			if v := n.meta[k]; v != "" && k != keyAuthor {
				kv = append(kv, [2]string{k, v})
			}
		}
		context12(b, fmt.Sprintf("note-%d-%d", i+1, k+1), kv)
		annotates := "target"
		if n.edition == release.JA {
			annotates = "source"
		}
		fmt.Fprintf(b, `        <note from="%s" annotates="%s">`, xmltext.Attr(n.meta[keyAuthor]), annotates)
		xmltext.Escape(b, n.text, false, nil)
		b.WriteString("</note>\n")
	}
	b.WriteString("      </trans-unit>\n")
}

// context12 writes one context group of our own; its name says what it
// describes: "unit-…", or "note-…" for the note that follows it.
func context12(b *strings.Builder, name string, kv [][2]string) {
	if len(kv) == 0 {
		return
	}
	fmt.Fprintf(b, `        <context-group name="%s" purpose="x-taiyaku">`+"\n", name)
	for _, p := range kv {
		fmt.Fprintf(b, `          <context context-type="x-taiyaku-%s">`, p[0])
		xmltext.Escape(b, p[1], false, nil)
		b.WriteString("</context>\n")
	}
	b.WriteString("        </context-group>\n")
}

// text12 writes text; a character XML cannot hold becomes an empty <x/>
// whose ctype names the code point ("x-cp-0007"), which this package reads
// back and other tools show as a placeholder.
func text12(b *strings.Builder, s string) {
	n := 0
	xmltext.Escape(b, s, false, func(b *strings.Builder, r rune) {
		n++
		fmt.Fprintf(b, `<x id="cp%d" ctype="x-cp-%04X"/>`, n, r)
	})
}
