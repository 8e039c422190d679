package check

import (
	"slices"

	"taiyaku/app/numbering"
	"taiyaku/app/release"
)

// One defect, one finding (issue 8): the cross-edition comparison of labels
// remembers what it reported, so that the labels under a reported parent
// and the labels that keep the same offset after a reported one are not
// reported again.

// comparer compares the numbering of the units across the editions, in
// document order, remembering which units it reported.
type comparer struct {
	r       *release.Release
	ja, en  *edition
	parents [2][]int // per edition, the unit holding the open label of each level
	flagged map[int]bool
	// explained marks labels whose parents differ across the editions
	// (reported, or missing in one): their children inherit that.
	explained map[int]bool
	styled    map[int]bool // units with a numbering-style finding
	shift     []levelShift // by level (from 1): the shift of the latest compared label; a deeper level closes
}

// compare compares the labels of unit i. The defect is put on the edition
// whose own sequence breaks there; when neither or both break, on both.
func (c *comparer) compare(i int, out []Finding) []Finding {
	ja, en := &c.ja.infos[i], &c.en.infos[i]
	pj, pe := c.enter(0, ja, i), c.enter(1, en, i)
	if ja.Label == nil || en.Label == nil || ja.Label.Style == numbering.StyleBullet || en.Label.Style == numbering.StyleBullet {
		return out
	}
	side := Both
	switch jaFlaw, enFlaw := c.ja.flaw[i], c.en.flaw[i]; {
	case jaFlaw && !enFlaw:
		side = JA
	case enFlaw && !jaFlaw:
		side = EN
	}
	var f *Finding
	// A parent that was reported, or that stands in one edition only
	// (see lone), explains what differs below.
	inherited := c.flagged[pj] || c.flagged[pe] || c.lone(pj) || c.lone(pe) || c.explained[pj] || c.explained[pe]
	if inherited || pj != pe {
		c.explained[i] = true // what differs below this label is explained above it
	}
	switch {
	case c.styled[i]:
		// a style break ("（５）, 6)") was reported; the level it seems
		// to open is the same defect
	case ja.Level != en.Level:
		if !inherited {
			n := newFinding(LevelMismatch, i, side, "FindingLevelMismatch",
				"JA", ja.Label.Raw, "EN", en.Label.Raw, "JALevel", ja.Level, "ENLevel", en.Level)
			f = &n
		}
	case pj != pe || inherited:
		// The parent differs or was reported: only this label's own
		// ordinal can still be a defect of its own.
		if lastOf(ja.Path) != lastOf(en.Path) && !c.sameShift(ja, en) {
			f = c.mismatch(i, side, ja, en)
		}
	case !slices.Equal(ja.Path, en.Path) && !c.sameShift(ja, en): // the paths differ (pathKey is one-to-one)
		f = c.mismatch(i, side, ja, en)
	}
	c.remember(ja, en)
	if f == nil {
		return out
	}
	c.flagged[i] = true
	return append(out, *f)
}

// shift is how far the English ordinal of the latest paired label of a
// level is from the Japanese one, keyed by level.
func (c *comparer) remember(ja, en *numbering.Info) {
	c.shift = c.shift[:min(len(c.shift), ja.Level+1)] // the deeper levels close
	for len(c.shift) <= ja.Level {
		c.shift = append(c.shift, levelShift{})
	}
	c.shift[ja.Level] = levelShift{d: lastOf(en.Path) - lastOf(ja.Path), ok: true}
}

// levelShift is how far the English label of a level is off the
// Japanese (ok false: no label compared at that level yet).
type levelShift struct {
	d  int
	ok bool
}

// sameShift reports a label that is off by as much as the one before it at
// its level: the English renumbered from an earlier defect (a repeated or
// skipped label), which was reported there.
func (c *comparer) sameShift(ja, en *numbering.Info) bool {
	if ja.Level >= len(c.shift) {
		return false
	}
	sh := c.shift[ja.Level]
	return sh.ok && sh.d != 0 && sh.d == lastOf(en.Path)-lastOf(ja.Path)
}

func (c *comparer) mismatch(i int, side Side, ja, en *numbering.Info) *Finding {
	f := newFinding(NumberingMismatch, i, side, "FindingNumberingMismatch",
		"JA", ja.Label.Raw, "EN", en.Label.Raw, "JAPath", pathKey(ja.Path), "ENPath", pathKey(en.Path))
	return &f
}

// enter records unit i as the holder of its label's level in edition k and
// returns the unit holding the parent level (-1 at level 1 or without a
// label).
func (c *comparer) enter(k int, in *numbering.Info, i int) int {
	if in.Label == nil {
		return -1
	}
	p := c.parents[k]
	if len(p) >= in.Level {
		p = p[:in.Level-1]
	}
	for len(p) < in.Level-1 {
		p = append(p, -1) // a level skipped: no parent unit
	}
	parent := -1
	if len(p) > 0 {
		parent = p[len(p)-1]
	}
	c.parents[k] = append(p, i)
	return parent
}

func lastOf(p []int) int {
	if len(p) == 0 {
		return 0
	}
	return p[len(p)-1]
}

// lone reports whether unit i stands in one edition only as a parent:
// text in one edition only (reported as missing), a label in one edition
// only (a "■" or "1." heading the other edition writes without one), or a
// bullet, which numbers nothing.
func (c *comparer) lone(i int) bool {
	if i < 0 {
		return false
	}
	u := &c.r.Units[i]
	jl, el := c.ja.infos[i].Label, c.en.infos[i].Label
	return blank(u.JA) != blank(u.EN) || (jl == nil) != (el == nil) ||
		jl != nil && jl.Style == numbering.StyleBullet || el != nil && el.Style == numbering.StyleBullet
}
