package check

import (
	"slices"
	"strings"

	"taiyaku/app/textfacts"
)

// Dates, and the side of a date that differs. When both editions of a unit
// have a date the other lacks (令和6年 against 2025), the side is the
// edition that disagrees with the rest of the release: the year on which
// the other units' dates agree in both editions. Without such a year, or
// when both or neither agree with it, the side is Both.

// dateSide is a unit's both-sided date finding, whose side waits for the
// release's consensus year.
type dateSide struct {
	at     int   // index of the finding in the unit's local findings
	ja, en []int // the years written in the unmatched dates of each edition
}

func checkDates(in *unitInput, out []Finding) []Finding {
	for _, side := range []struct {
		s     Side
		dates []textfacts.Date
	}{{JA, in.ja.Dates}, {EN, in.en.Dates}} {
		for k := range side.dates {
			if d := &side.dates[k]; !weekdayFits(d) {
				out = append(out, newFinding(DateMismatch, in.index, side.s, "FindingWeekday", "Date", d.Raw))
			}
		}
	}
	if !in.bothSides() {
		return out
	}
	in.dateVotes = agreedYears(in.ja.Dates, in.en.Dates, in.years)
	jaOnly, enOnly := unmatchedDates(in.ja.Dates, in.en.Dates), unmatchedDates(in.en.Dates, in.ja.Dates)
	switch {
	case len(jaOnly) > 0 && len(enOnly) > 0:
		in.dateSide = &dateSide{at: len(out), ja: writtenYears(jaOnly), en: writtenYears(enOnly)}
		return append(out, newFinding(DateMismatch, in.index, Both, "FindingDateMismatch",
			"JA", raws(jaOnly), "EN", raws(enOnly)))
	case len(jaOnly) > 0:
		return append(out, newFinding(DateMismatch, in.index, EN, "FindingDateOnlyJA", "JA", raws(jaOnly)))
	case len(enOnly) > 0:
		return append(out, newFinding(DateMismatch, in.index, JA, "FindingDateOnlyEN", "EN", raws(enOnly)))
	}
	return out
}

// unmatchedDates lists the dates of a that no date of b matches. Soft
// dates (本日, 日本時間19日) are never demanded.
// Written out rather than through unmatched: a Date is large, and the
// generic one copies it into each call of its soft and match functions.
func unmatchedDates(a, b []textfacts.Date) []textfacts.Date {
	var out []textfacts.Date
	for i := range a {
		x := &a[i]
		if x.Soft {
			continue
		}
		found := false
		for k := range b {
			if datesMatch(x, &b[k]) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, *x)
		}
	}
	return out
}

// datesMatch is x.Matches(*y), by pointer.
func datesMatch(x, y *textfacts.Date) bool {
	if x.Fiscal != y.Fiscal || x.Day != y.Day {
		return false
	}
	if x.Month != y.Month && !(x.Day > 0 && (x.MonthGuess || y.MonthGuess)) {
		return false
	}
	return !(x.HasYear && y.HasYear && x.Year != y.Year)
}

func raws(ds []textfacts.Date) string {
	out := make([]string, len(ds))
	for k, d := range ds {
		out[k] = d.Raw
	}
	return strings.Join(out, ", ")
}

// agreedYears lists the years written in both editions for dates that
// match: the unit's votes for the release's consensus year. They are
// appended to *arena, the worker's, and the unit keeps its part (capped,
// so that no later append writes into it): a third of a release's units
// have such a year, and one allocation each was the checker's most
// frequent. A nil arena is a fresh one.
func agreedYears(ja, en []textfacts.Date, arena *[]int) []int {
	if arena == nil {
		arena = new([]int) // an edit: grown as needed
	} else if cap(*arena)-len(*arena) < len(ja) {
		// A new block rather than a grown copy: the old one stays with
		// the units that hold parts of it.
		*arena = make([]int, 0, max(256, len(ja)))
	}
	start := len(*arena)
	for _, x := range ja {
		if !x.HasYear || x.Soft {
			continue
		}
		for _, y := range en {
			if y.HasYear && x.Matches(y) {
				*arena = append(*arena, x.Year)
				break
			}
		}
	}
	if len(*arena) == start {
		return nil
	}
	return (*arena)[start:len(*arena):len(*arena)]
}

func writtenYears(ds []textfacts.Date) []int {
	var out []int
	for _, d := range ds {
		if d.HasYear {
			out = append(out, d.Year)
		}
	}
	return out
}

// sideFor is the side of a both-sided date finding given the consensus
// year (0: none).
func (d *dateSide) sideFor(consensus int) Side {
	if consensus == 0 {
		return Both
	}
	jaOdd, enOdd := allDiffer(d.ja, consensus), allDiffer(d.en, consensus)
	jaAgrees, enAgrees := allEqual(d.ja, consensus), allEqual(d.en, consensus)
	switch {
	case jaOdd && enAgrees:
		return JA
	case enOdd && jaAgrees:
		return EN
	}
	return Both
}

func allDiffer(ys []int, y int) bool {
	for _, v := range ys {
		if v == y {
			return false
		}
	}
	return len(ys) > 0
}

func allEqual(ys []int, y int) bool {
	for _, v := range ys {
		if v != y {
			return false
		}
	}
	return len(ys) > 0
}

// yearVotes counts, over the release, the years on which both editions'
// dates agree; the consensus is the year with the most votes, if one
// year leads. A release's dates fall in a few years, so the counts are a
// short list searched in order (a map cost a full check of 10,000 pairs
// 0.3 ms on one core).
type yearVotes []yearCount

type yearCount struct{ year, n int }

func (v *yearVotes) add(years []int, delta int) {
	for _, y := range years {
		k := slices.IndexFunc(*v, func(c yearCount) bool { return c.year == y })
		if k < 0 {
			*v = append(*v, yearCount{y, 0})
			k = len(*v) - 1
		}
		if (*v)[k].n += delta; (*v)[k].n == 0 {
			*v = slices.Delete(*v, k, k+1)
		}
	}
}

func (v yearVotes) consensus() int {
	best, n, tie := 0, 0, false
	for _, c := range v {
		switch {
		case c.n > n:
			best, n, tie = c.year, c.n, false
		case c.n == n:
			tie = true
		}
	}
	if tie {
		return 0
	}
	return best
}

// countVotes gathers every unit's votes and settles every waiting side.
func (c *Checker) countVotes() {
	c.votes = c.votes[:0]
	for i := range c.units {
		c.votes.add(c.units[i].dateVotes, 1)
	}
	c.consensus = c.votes.consensus()
	for i := range c.units {
		c.settleDateSide(i)
	}
}

// recountVotes replaces unit i's old votes with its new ones; when the
// consensus year moves, every waiting side is settled again.
func (c *Checker) recountVotes(i int, old []int) {
	c.votes.add(old, -1)
	c.votes.add(c.units[i].dateVotes, 1)
	if y := c.votes.consensus(); y != c.consensus {
		c.consensus = y
		for k := range c.units {
			c.settleDateSide(k)
		}
		return
	}
	c.settleDateSide(i)
}

func (c *Checker) settleDateSide(i int) {
	st := &c.units[i]
	if st.dateSide != nil && st.dateSide.at < len(st.local) {
		st.local[st.dateSide.at].Side = st.dateSide.sideFor(c.consensus)
	}
}
