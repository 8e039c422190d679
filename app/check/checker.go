package check

import (
	"sort"
	"unicode/utf8"

	"taiyaku/app/glossary"
	"taiyaku/app/numbering"
	"taiyaku/app/release"
	"taiyaku/app/textfacts"
)

// Options tune a check run.
type Options struct {
	Glossary *glossary.Glossary // nil: no term check
}

// Checker holds the findings of one release and re-checks only what an
// edit touches: the edited unit's own checks, and the numbering of the
// whole document only when a label changed.
type Checker struct {
	r         *release.Release
	opt       Options
	year      int
	norm      float64 // the document's median English/Japanese length ratio
	units     []unitState
	structure []Finding
}

type unitState struct {
	ja, en string
	labels string // the unit's labels, to notice when numbering must be redone
	local  []Finding
}

// Run checks a release once.
func Run(r *release.Release, opt Options) []Finding {
	return New(r, opt).Findings()
}

// New checks every unit of r.
func New(r *release.Release, opt Options) *Checker {
	c := &Checker{r: r, opt: opt}
	c.Reset()
	return c
}

// Reset re-checks everything; needed after units are inserted, deleted or
// moved, since unit indexes shift.
func (c *Checker) Reset() {
	c.year = ReleaseYear(c.r)
	c.norm = lengthNorm(c.r)
	c.units = make([]unitState, len(c.r.Units))
	for i := range c.r.Units {
		c.checkUnit(i)
	}
	c.structure = checkStructure(c.r)
}

// Update re-checks unit i after its text changed.
func (c *Checker) Update(i int) {
	if i < 0 || i >= len(c.units) || len(c.units) != len(c.r.Units) {
		c.Reset()
		return
	}
	old := c.units[i].labels
	c.checkUnit(i)
	if c.units[i].labels != old {
		c.structure = checkStructure(c.r)
	}
}

// Findings returns all current findings, sorted by unit.
func (c *Checker) Findings() []Finding {
	n := len(c.structure)
	for i := range c.units {
		n += len(c.units[i].local)
	}
	out := make([]Finding, 0, n)
	out = append(out, c.structure...)
	for i := range c.units {
		out = append(out, c.units[i].local...)
	}
	Sort(out)
	return out
}

func (c *Checker) checkUnit(i int) {
	u := &c.r.Units[i]
	st := &c.units[i]
	st.ja, st.en = u.JA, u.EN
	st.labels = labelSignature(u)
	st.local = st.local[:0]
	if u.Kind == release.Furniture {
		return
	}
	in := c.unitInput(i)
	for _, check := range unitChecks {
		st.local = check(in, st.local)
	}
}

// unitInput is everything a per-unit check looks at, computed once.
type unitInput struct {
	index  int
	unit   *release.Unit
	jaBody string // the text without its numbering label
	enBody string
	ja, en textfacts.Facts
	norm   float64
	gloss  *glossary.Glossary
}

func (c *Checker) unitInput(i int) *unitInput {
	u := &c.r.Units[i]
	in := &unitInput{index: i, unit: u, jaBody: numbering.Body(u.JA), enBody: numbering.Body(u.EN), norm: c.norm, gloss: c.opt.Glossary}
	ctx := textfacts.Context{Year: c.year}
	in.ja = textfacts.Extract(in.jaBody, textfacts.JA, ctx)
	in.en = textfacts.Extract(in.enBody, textfacts.EN, ctx)
	return in
}

// labelSignature is the raw labels of both texts.
func labelSignature(u *release.Unit) string {
	sig := ""
	for _, s := range []string{u.JA, u.EN} {
		if l, ok := numbering.Parse(s); ok {
			sig += string(l.Style) + l.Raw
		}
		sig += "|"
	}
	return sig + string(u.Kind)
}

// ReleaseYear is the year of the release date, which dates written without
// a year take: the first date unit's date, else the first dated unit's.
func ReleaseYear(r *release.Release) int {
	for pass := 0; pass < 2; pass++ {
		for i := range r.Units {
			u := &r.Units[i]
			if (pass == 0) != (u.Kind == release.Date) || u.Kind == release.Furniture {
				continue
			}
			for _, t := range []struct {
				s string
				l textfacts.Lang
			}{{u.JA, textfacts.JA}, {u.EN, textfacts.EN}} {
				for _, d := range textfacts.Extract(t.s, t.l, textfacts.Context{}).Dates {
					if d.HasYear && !d.Fiscal {
						return d.Year
					}
				}
			}
		}
	}
	return 0
}

// lengthNorm is the median ratio of English to Japanese characters over the
// units where both editions have some prose.
func lengthNorm(r *release.Release) float64 {
	var ratios []float64
	for i := range r.Units {
		j, e := utf8.RuneCountInString(r.Units[i].JA), utf8.RuneCountInString(r.Units[i].EN)
		if j >= 20 && e > 0 {
			ratios = append(ratios, float64(e)/float64(j))
		}
	}
	if len(ratios) == 0 {
		return 0
	}
	sort.Float64s(ratios)
	return ratios[len(ratios)/2]
}
