package sample

import (
	"slices"

	"taiyaku/app/release"
)

// outline walks the document's section tree while the body is written.
// Level i (0-based) uses styles[i]; when the deepest style is ア or ① that
// level holds short list items instead of headed sections.
type outline struct {
	styles []style
	cnt    []int  // ordinal of the open section or item at each level
	paras  []int  // paragraphs written under the open section at each level
	listed []bool // the open section already has its item list
	last   []tr   // name of the latest section at each level
	depth  int    // levels open; 0 before the first heading
}

// newOutline picks the document's hierarchy: it starts at 第１ or at １．
// and goes two to five levels down the customary order.
func (g *gen) newOutline() *outline {
	first := style(g.r.IntN(2))
	last := max(first+1, stParen) + style(g.r.IntN(int(stCircled-max(first+1, stParen))+1))
	o := &outline{}
	for s := first; s <= last; s++ {
		o.styles = append(o.styles, s)
	}
	n := len(o.styles)
	o.cnt, o.paras, o.listed, o.last = make([]int, n), make([]int, n), make([]bool, n), make([]tr, n)
	return o
}

// itemLevel reports whether level i holds list items.
func (o *outline) itemLevel(i int) bool {
	return i == len(o.styles)-1 && o.styles[i] >= stKana
}

// body writes exactly m units: one or two opening paragraphs (the first
// says who met when, on the release date), then sections.
func (g *gen) body(m int) {
	end := len(g.out) + m
	g.emit(release.Paragraph, g.introParagraph())
	if len(g.out) < end && g.r.IntN(2) == 0 {
		g.emit(release.Paragraph, g.paragraph())
	}
	o := g.newOutline()
	for len(g.out) < end {
		g.step(o, end-len(g.out))
	}
}

// introParagraph opens the release with the meeting on the release day,
// followed by more facts so that it has a paragraph's length.
func (g *gen) introParagraph() tr {
	m := g.meeting(g.rel)
	m.en = capital(m.en)
	for range 16 {
		s := g.paragraph()
		if p := (tr{m.ja + s.ja, m.en + " " + s.en}); boundsMiss(p) == 0 {
			return p
		}
	}
	return m
}

// step writes the next unit, at most left units remaining. Every section
// gets content before the next heading, and a heading is never the last
// unit, so truncation at n never leaves an empty section.
func (g *gen) step(o *outline, left int) {
	if o.depth == 0 {
		g.heading(o, 0)
		return
	}
	top := o.depth - 1
	canDescend := o.depth < len(o.styles) && !o.listed[top] && left >= 2
	// Lists are rarer than subsections: releases are mostly prose.
	pDescend := 0.3
	if canDescend && o.itemLevel(o.depth) {
		pDescend = 0.1
	}
	hasContent := o.paras[top] > 0 || o.listed[top]
	u := g.r.Float64()
	switch {
	case left < 2:
		g.body1(o, top)
	case !hasContent:
		if canDescend && u < pDescend {
			g.descend(o, left)
		} else {
			g.body1(o, top)
		}
	case o.paras[top] < 4 && !o.listed[top] && u < 0.6:
		g.body1(o, top)
	case canDescend && left >= 3 && u < 0.6+pDescend:
		g.descend(o, left)
	default:
		if lvl := g.climb(o); lvl >= 0 {
			g.heading(o, lvl)
		} else {
			g.body1(o, top)
		}
	}
}

// maxSections bounds the sections of one level under one parent: real
// releases never number past 99, and labels of four digits read as years.
const maxSections = 99

// climb picks the level of the next heading: mostly a sibling, sometimes
// a section of an upper level, the way real outlines unwind.
// A full ア or ① level (see maxListItems) always unwinds; -1 means no
// heading fits.
func (g *gen) climb(o *outline) int {
	lvl := o.depth - 1
	if lvl > 0 && g.r.IntN(5) >= 3 {
		lvl = g.r.IntN(lvl)
	}
	for lvl > 0 && o.styles[lvl] >= stKana && o.cnt[lvl] >= maxListItems {
		lvl--
	}
	// A full level sends the next heading one level deeper; when every open
	// level is full, -1 asks for prose instead (only 100,000-unit releases
	// get there).
	for lvl < o.depth && o.cnt[lvl] >= maxSections {
		lvl++
	}
	if lvl >= o.depth || (lvl > 0 && o.styles[lvl] >= stKana) {
		return -1
	}
	return lvl
}

// body1 writes a paragraph under the open section, now and then a caption
// after one (写真1 / Photo 1).
func (g *gen) body1(o *outline, top int) {
	if o.paras[top] > 0 && g.r.IntN(16) == 0 {
		g.caption()
		return
	}
	g.emit(release.Paragraph, g.paragraph())
	o.paras[top]++
}

// descend opens the level below the open section: a headed subsection, or
// a list of two to six items.
func (g *gen) descend(o *outline, left int) {
	lvl := o.depth
	if !o.itemLevel(lvl) {
		g.heading(o, lvl)
		return
	}
	list := itemLists[g.r.IntN(len(itemLists))]
	n := min(2+g.r.IntN(maxListItems-1), left-1, len(list))
	for _, i := range g.r.Perm(len(list))[:n] {
		o.cnt[lvl]++
		g.emit(release.Item, g.labelled(o.styles[lvl], o.cnt[lvl], list[i]))
	}
	o.listed[lvl-1] = true
}

// heading opens a section at level lvl: its ordinal goes up by one and
// every level below starts again at 1, identically in both editions.
func (g *gen) heading(o *outline, lvl int) {
	o.cnt[lvl]++
	for i := lvl + 1; i < len(o.cnt); i++ {
		o.cnt[i] = 0
	}
	for i := lvl; i < len(o.paras); i++ {
		o.paras[i], o.listed[i] = 0, false
	}
	o.depth = lvl + 1
	heads := subHeads
	if lvl == 0 {
		heads = topHeads
	}
	h := g.pick(heads)
	if h == o.last[lvl] { // two sections in a row never share a name
		h = heads[(slices.Index(heads, h)+1)%len(heads)]
	}
	o.last[lvl] = h
	g.emit(release.Heading, g.labelled(o.styles[lvl], o.cnt[lvl], h))
}

// labelled puts the numbering label of ordinal n before text.
func (g *gen) labelled(s style, n int, text tr) tr {
	l := g.h.label(s, n)
	return tr{l.ja + text.ja, l.en + text.en}
}

// caption writes the next photo or figure caption.
func (g *gen) caption() {
	g.photo++
	k := itoa(g.photo)
	if g.r.IntN(2) == 0 {
		g.emit(release.Caption, tr{"写真" + k, "Photo " + k})
		return
	}
	t := g.pick(topics)
	g.emit(release.Caption, tr{"図" + k + "　" + t.ja + "の推移", "Figure " + k + " Trends in " + t.en})
}
