package check

import (
	"strings"

	"taiyaku/app/glossary"
	"taiyaku/app/numbering"
	"taiyaku/app/outline"
	"taiyaku/app/release"
	"taiyaku/app/spelling"
	"taiyaku/app/textfacts"
)

// Options tune a check run.
type Options struct {
	Glossary *glossary.Glossary // nil: no term check
	Words    *spelling.User     // the user's dictionary; nil: none
	// Handoff holds what the import read of each unit's texts (facts, and
	// whether a line carries no label), which answers only texts unchanged
	// since; nil: none.
	Handoff *textfacts.Handoff
}

// Checker holds the findings of one release and re-checks only what an
// edit touches: the edited unit's own checks, and the numbering of the
// whole document only when a label changed.
type Checker struct {
	r    *release.Release
	opt  Options
	date textfacts.Context // the release date, which dates written without a year or month take
	// dateFrom is the date unit that gives the date; -1 when no date
	// unit does.
	dateFrom int
	ratios   ratios // every unit's length ratio, sorted, for the median
	norm     float64
	// ratio is each unit's length ratio, apart from the units' state so
	// that redoing the length findings reads 8 bytes a unit; longUnits
	// holds every unit with a length finding (and maybe some that lost
	// theirs since).
	ratio     []float64
	longUnits []int
	units     []unitState
	structure []Finding
	votes     yearVotes // the years both editions' dates agree on, for the side of a date mismatch
	consensus int
	vocab     *vocabulary  // the release's own words, for the spelling check
	moved     map[int]bool // units of sections moved, whose missing counterparts are that one finding
}

type unitState struct {
	labels labelSig // the unit's labels, to notice when numbering must be redone
	local  []Finding
	length []Finding // the length-ratio finding, which depends on the norm
	// dateVotes are the unit's agreed years; dateSide its both-sided date
	// finding, whose side depends on the whole release.
	dateVotes []int
	dateSide  *dateSide
}

// topUnits are the first units of a release, where a page breadcrumb and
// the title are: an edit there can change what counts as furniture.
const topUnits = 12

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

// Rebase points the checker at r, a later state of the same release (a
// frozen snapshot): Update then reads the units from it. Call Reset when
// units were inserted, deleted or moved since.
func (c *Checker) Rebase(r *release.Release) { c.r = r }

// Reset re-checks everything; needed after units are inserted, deleted or
// moved, since unit indexes shift.
func (c *Checker) Reset() {
	c.date, c.dateFrom = releaseDate(c.r)
	c.units = make([]unitState, len(c.r.Units))
	c.ratio = make([]float64, len(c.r.Units))
	c.longUnits = c.longUnits[:0] // indexes of the units before the reset
	c.vocab = newVocabulary(c.r, c.opt)
	// The numbering of the whole document is read beside the units'
	// checks: it touches no unit's state.
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.structure, c.moved = checkStructure(c.r, c.date.Year, c.opt.Handoff)
	}()
	c.checkAll()
	c.measureLengths()
	c.countVotes()
	<-done
}

// checkAll checks every unit and reads its length ratio, on all cores for
// a large release: units are checked independently, each writing only
// its own state.
func (c *Checker) checkAll() {
	eachUnit(len(c.units), func(w *worker, i int) {
		c.checkUnit(w, i)
		// After the unit's scan, whose flags spare most of the counting;
		// furniture is not scanned and has no ratio.
		c.ratio[i] = w.in.lengthRatio()
	})
}

// measureLengths sorts the length ratios once (the median is the norm)
// and gives every unit its length finding.
func (c *Checker) measureLengths() {
	rs := make(ratios, 0, len(c.units))
	for _, x := range c.ratio {
		if x != 0 {
			rs = append(rs, x)
		}
	}
	sortRatios(rs)
	c.ratios = rs
	c.norm = rs.median()
	c.relength()
}

// relength redoes every unit's length finding against the current norm.
// The editor does this whenever an edit moves the median: the ratios are
// read from their own slice, and only units with a finding, before or
// after, are touched.
func (c *Checker) relength() {
	for _, k := range c.longUnits {
		c.units[k].length = c.units[k].length[:0]
	}
	c.longUnits = c.longUnits[:0]
	lo, hi := c.ratios.cuts(c.norm)
	for k, x := range c.ratio {
		if x != 0 && (x <= lo || x >= hi) { // !lengthFits(x, c.norm), without dividing
			c.units[k].length = checkLength(k, x, c.norm, c.units[k].length[:0])
			c.longUnits = append(c.longUnits, k)
		}
	}
}

// relengthUnit redoes unit i's length finding.
func (c *Checker) relengthUnit(i int) {
	st := &c.units[i]
	had := len(st.length) > 0
	st.length = checkLength(i, c.ratio[i], c.norm, st.length[:0])
	if !had && len(st.length) > 0 {
		c.longUnits = append(c.longUnits, i)
	}
}

// Update re-checks unit i after its text or kind changed. What depends on
// the whole release follows: the release date (a date line edited), the
// numbering (a label edited, or the top of the page), the length norm,
// the year the release's dates agree on.
func (c *Checker) Update(i int) {
	if i < 0 || i >= len(c.units) || len(c.units) != len(c.r.Units) || !c.sameDate(i) {
		c.Reset()
		return
	}
	old, oldVotes := c.units[i].labels, c.units[i].dateVotes
	c.vocab.update(i)
	c.updateRatio(i)
	c.checkUnit(new(worker), i)
	c.relengthUnit(i)
	c.recountVotes(i, oldVotes)
	if c.units[i].labels != old || i < topUnits || old.oneSided || c.units[i].labels.oneSided {
		c.structure, c.moved = checkStructure(c.r, c.date.Year, c.opt.Handoff)
	}
}

// sameDate reports whether the release date is the same after an edit of
// unit i. An edit after the date unit that gives it changes nothing, since
// the first date unit with a date wins; other edits read it again.
func (c *Checker) sameDate(i int) bool {
	if c.dateFrom >= 0 && i > c.dateFrom {
		return true
	}
	d, from := releaseDate(c.r)
	c.dateFrom = from
	return d == c.date
}

// updateRatio replaces unit i's length ratio; when the median moves, every
// unit's length finding is redone.
func (c *Checker) updateRatio(i int) {
	ratio := lengthRatio(&c.r.Units[i])
	if ratio == c.ratio[i] {
		return
	}
	c.ratios.remove(c.ratio[i])
	c.ratios.add(ratio)
	c.ratio[i] = ratio
	if norm := c.ratios.median(); norm != c.norm {
		c.norm = norm
		c.relength()
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
		for _, f := range c.units[i].local {
			if !(c.moved[i] && f.Check == MissingCounterpart) {
				out = append(out, f)
			}
		}
		out = append(out, c.units[i].length...)
	}
	Sort(out)
	return out
}

func (c *Checker) checkUnit(w *worker, i int) {
	u := &c.r.Units[i]
	st := &c.units[i]
	st.local = st.local[:0]
	in := &w.in
	c.unitInput(i, in)
	in.spell, in.years = w.spell, w.years
	st.labels = in.labels
	st.dateVotes, st.dateSide = nil, nil
	if u.Kind == release.Furniture {
		return
	}
	for _, check := range unitChecks {
		st.local = check(in, st.local)
	}
	st.dateVotes, st.dateSide = in.dateVotes, in.dateSide
	for _, check := range textChecks {
		st.local = check(in, st.local)
	}
}

// unitInput is everything a per-unit check looks at, computed once.
type unitInput struct {
	index  int
	unit   *release.Unit
	jaBody string // the text without its numbering label
	enBody string
	// The labels each text starts with (ok false: none), read once for
	// the bodies and the kind check.
	jaLabel, enLabel numbering.Label
	jaOK, enOK       bool
	jaBlank, enBlank bool      // the text is empty or spaces
	jaFlags, enFlags textFlags // what one scan of each text found
	jaRunes, enRunes int       // each text's characters, -1 until counted (by scanCount, else runeCount)
	ja, en           textfacts.Facts
	labels           labelSig // to notice when numbering must be redone
	enLow            string   // the English, normalised and lower-cased, made on first use
	gloss            *glossary.Glossary
	// Set by checkDates: the years both editions agree on, and a
	// both-sided date finding whose side the release decides.
	dateVotes []int
	dateSide  *dateSide
	vocab     *vocabulary
	spell     *spelling.Memo // the worker's
	years     *[]int         // the worker's arena for dateVotes; nil: none
}

func (c *Checker) unitInput(i int, in *unitInput) {
	u := &c.r.Units[i]
	*in = unitInput{index: i, unit: u, gloss: c.opt.Glossary, vocab: c.vocab, jaRunes: -1, enRunes: -1}
	in.jaBlank, in.enBlank = blank(u.JA), blank(u.EN)
	jaRead, enRead := c.opt.Handoff.Reading(i, textfacts.JA), c.opt.Handoff.Reading(i, textfacts.EN)
	if u.Kind == release.Furniture {
		in.readLabels(jaRead, enRead)
		return
	}
	// First: readLabels counts characters with them.
	in.jaFlags, in.jaRunes = scanCount(u.JA)
	in.enFlags, in.enRunes = scanCount(u.EN)
	in.readLabels(jaRead, enRead)
	ctx := c.date
	in.ja = jaRead.Extract(in.jaBody, textfacts.JA, ctx)
	in.en = enRead.Extract(in.enBody, textfacts.EN, ctx)
}

// enLower is the English text normalised and lower-cased, made once for
// the acronym and glossary checks.
func (in *unitInput) enLower() string {
	if in.enLow == "" {
		in.enLow = strings.ToLower(textfacts.Normalize(in.unit.EN))
	}
	return in.enLow
}

// labelSig is what of a unit's labels the numbering depends on: it
// changes whenever the numbering must be read again.
type labelSig struct {
	mayCarry         bool // whether the unit may carry labels at all
	jaStyle, enStyle numbering.Style
	jaRaw, enRaw     string
	kind             release.Kind
	oneSided         bool // a one-sided unit may belong to a moved section
}

// readLabels parses each text's label once: the bodies without labels,
// and the signature of the labels. A text the import read as a line
// without a label (jaRead, enRead: nil when none) is not parsed again.
func (in *unitInput) readLabels(jaRead, enRead *textfacts.Reading) {
	u := in.unit
	in.jaLabel, in.jaOK = parseLabel(u.JA, jaRead)
	in.enLabel, in.enOK = parseLabel(u.EN, enRead)
	// Furniture is not scanned: its flags say nothing of line feeds.
	scanned := u.Kind != release.Furniture
	in.jaBody = labelBody(u.JA, in.jaLabel, in.jaOK, !scanned || in.jaFlags&fNewline != 0)
	in.enBody = labelBody(u.EN, in.enLabel, in.enOK, !scanned || in.enFlags&fNewline != 0)
	mayCarry := false
	if u.Kind != release.Furniture { // furniture carries none, and is not scanned
		mayCarry = outline.MayCarryLabelCounted(u, in.jaRuneCount, in.enRuneCount)
	}
	in.labels = labelSig{mayCarry: mayCarry, kind: u.Kind, oneSided: in.jaBlank != in.enBlank}
	if in.jaOK {
		in.labels.jaStyle, in.labels.jaRaw = in.jaLabel.Style, in.jaLabel.Raw
	}
	if in.enOK {
		in.labels.enStyle, in.labels.enRaw = in.enLabel.Style, in.enLabel.Raw
	}
}

// parseLabel is numbering.Parse(s), unless rd read s and found no label.
func parseLabel(s string, rd *textfacts.Reading) (numbering.Label, bool) {
	if rd.Bare(s) {
		return numbering.Label{}, false
	}
	return numbering.Parse(s)
}

// jaRuneCount and enRuneCount count each text's characters once, from
// its scan: the labels and the length ratio both need them.
func (in *unitInput) jaRuneCount() int {
	if in.jaRunes < 0 {
		in.jaRunes = runeCount(in.unit.JA, in.jaFlags)
	}
	return in.jaRunes
}

func (in *unitInput) enRuneCount() int {
	if in.enRunes < 0 {
		in.enRunes = runeCount(in.unit.EN, in.enFlags)
	}
	return in.enRunes
}

// labelBody is a text without its label and without the labels of its
// further lines; lines false when the text is one line (the scan's
// fNewline), which spares the search for a line feed.
func labelBody(s string, l numbering.Label, ok, lines bool) string {
	if ok {
		s = s[l.BodyAt:]
	}
	if !lines {
		return trimSpace(s)
	}
	return stripLineLabels(trimSpace(s))
}

// trimSpace is strings.TrimSpace, quicker for the texts that neither
// start nor end with a space: most of them.
func trimSpace(s string) string {
	if !edgeSpace(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// ReleaseYear is the year of the release date, which dates written without
// a year take: the first date unit's date, else the first dated unit's.
func ReleaseYear(r *release.Release) int { return ReleaseDate(r).Year }

// ReleaseDate is the release date as a textfacts Context: the first date
// unit's date, else the first dated unit's. Month and Day are 0 when that
// date has none.
func ReleaseDate(r *release.Release) textfacts.Context {
	d, _ := releaseDate(r)
	return d
}

// releaseDate is ReleaseDate and the date unit that gives it (-1 when no
// date unit does).
func releaseDate(r *release.Release) (textfacts.Context, int) {
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
						from := i
						if pass == 1 {
							from = -1
						}
						return textfacts.Context{Year: d.Year, Month: d.Month, Day: d.Day}, from
					}
				}
			}
		}
	}
	return textfacts.Context{}, -1
}
