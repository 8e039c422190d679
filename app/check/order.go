package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"taiyaku/app/numbering"
	"taiyaku/app/release"
	"taiyaku/app/textfacts"
)

// Sections that changed places between the editions leave the aligner no
// choice: one copy pairs, and the other section is one-sided in each
// edition, far apart. Reported as four missing counterparts, one defect
// would read as four. checkOrder finds a Japanese-only run of units and an
// English-only run elsewhere that translate each other (they share their
// facts) and reports them once, as moved; the missing-counterpart findings
// of their units are then left out.

// run is a stretch of consecutive units with text in one edition only.
type run struct {
	first, last int
	ja          bool // the Japanese has the text
	keys        map[string]bool
	runes       int
}

// minSharedKeys is how many facts two runs must share to be one section:
// one shared number could be chance.
const minSharedKeys = 2

// checkOrder reports moved sections and returns the units they cover.
func checkOrder(r *release.Release, year int, out []Finding) ([]Finding, map[int]bool) {
	runs := oneSidedRuns(r, year)
	ms := matchRuns(runs)
	sort.SliceStable(ms, func(x, y int) bool { return ms[x].score > ms[y].score })
	used := map[int]bool{}
	moved := map[int]bool{}
	var windows [][2]int
	for _, m := range ms {
		if used[m.a] || used[m.b] {
			continue
		}
		used[m.a], used[m.b] = true, true
		ja, en := runs[m.a], runs[m.b]
		at := min(ja.first, en.first)
		out = append(out, newFinding(OrderMismatch, at, Both, "FindingOrderMismatch",
			"JAUnit", ja.first+1, "ENUnit", en.first+1))
		for _, x := range []run{ja, en} {
			for i := x.first; i <= x.last; i++ {
				moved[i] = true
			}
		}
		windows = append(windows, [2]int{at, nextLabelled(r, max(ja.last, en.last)+1)})
	}
	return dropNumbering(out, windows), moved
}

// match pairs a Japanese-only run with an English-only run.
type match struct {
	a, b  int // indexes into runs: a Japanese, b English
	score float64
}

// matchRuns scores the pairs of a Japanese-only and an English-only run
// that share facts, Japanese runs in order and, for each, English runs in
// order. An index from fact to English runs finds the pairs that share
// any, so that a document with many one-sided lines (of one edition, or
// with nothing in common) costs no comparison of every pair.
func matchRuns(runs []run) []match {
	byKey := map[string][]int{}
	for b := range runs {
		if !runs[b].ja {
			for k := range runs[b].keys {
				byKey[k] = append(byKey[k], b)
			}
		}
	}
	var ms []match
	for a := range runs {
		if !runs[a].ja {
			continue
		}
		shared := map[int]int{}
		for k := range runs[a].keys {
			for _, b := range byKey[k] {
				shared[b]++
			}
		}
		cands := make([]int, 0, len(shared))
		for b, n := range shared {
			if n >= minSharedKeys && !adjacent(runs[a], runs[b]) {
				cands = append(cands, b)
			}
		}
		slices.Sort(cands)
		for _, b := range cands {
			if s := runScore(runs[a], runs[b], shared[b]); s > 0 {
				ms = append(ms, match{a, b, s})
			}
		}
	}
	return ms
}

// nextLabelled returns the first unit from i on whose text starts with a
// label in either edition (or the last unit): the sequence finding there
// is the move's echo too.
func nextLabelled(r *release.Release, i int) int {
	for ; i < len(r.Units); i++ {
		if _, ok := numbering.Parse(r.Units[i].JA); ok {
			return i
		}
		if _, ok := numbering.Parse(r.Units[i].EN); ok {
			return i
		}
	}
	return len(r.Units) - 1
}

// dropNumbering leaves out the numbering findings inside the windows of
// moved sections: labels that moved with their sections break the
// sequence, which is the same defect.
func dropNumbering(fs []Finding, windows [][2]int) []Finding {
	if len(windows) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		inside := false
		for _, w := range windows {
			inside = inside || f.Unit >= w[0] && f.Unit <= w[1]
		}
		if inside && f.Check != OrderMismatch && f.Message != "FindingDoubledLabel" {
			continue
		}
		out = append(out, f)
	}
	return out
}

// adjacent reports runs with no paired unit between them: the aligner left
// two neighbours apart, which is no move.
func adjacent(a, b run) bool { return a.last+1 >= b.first && b.last+1 >= a.first }

// runScore is above 0 when two runs share enough facts (shared of them)
// and have lengths that a translation could have.
func runScore(ja, en run, shared int) float64 {
	least := min(len(ja.keys), len(en.keys))
	if shared < minSharedKeys || 2*shared < least {
		return 0
	}
	ratio := float64(en.runes) / float64(max(ja.runes, 1))
	if ratio < 0.8 || ratio > 6 {
		return 0
	}
	return float64(shared) / float64(least)
}

// oneSidedRuns collects the runs of one-sided units (furniture aside).
func oneSidedRuns(r *release.Release, year int) []run {
	var runs []run
	for i := range r.Units {
		u := &r.Units[i]
		ja, en := !blank(u.JA), !blank(u.EN)
		if u.Kind == release.Furniture || ja == en {
			continue
		}
		text := u.JA
		if en {
			text = u.EN
		}
		if n := len(runs); n > 0 && runs[n-1].last == i-1 && runs[n-1].ja == ja {
			runs[n-1].last = i
			runs[n-1].runes += addKeys(runs[n-1].keys, text, ja, year)
			continue
		}
		x := run{first: i, last: i, ja: ja, keys: map[string]bool{}}
		x.runes = addKeys(x.keys, text, ja, year)
		runs = append(runs, x)
	}
	return runs
}

// addKeys adds the facts of text (without its label) to keys: numbers in
// digits, dates, URLs, and Latin words (G7, OECD), and returns the text's
// length in characters.
func addKeys(keys map[string]bool, text string, ja bool, year int) int {
	body := numbering.Body(text)
	lang := textfacts.EN
	if ja {
		lang = textfacts.JA
	}
	f := textfacts.Extract(body, lang, textfacts.Context{Year: year})
	for _, n := range f.Numbers {
		if !n.Word {
			keys[fmt.Sprintf("n%g", n.Value)] = true
		}
	}
	for _, d := range f.Dates {
		keys[fmt.Sprintf("d%d-%d-%d", d.Year, d.Month, d.Day)] = true
	}
	for _, u := range f.URLs {
		keys["u"+u] = true
	}
	for _, w := range latinWords(body) {
		keys["w"+w] = true
	}
	return utf8.RuneCountInString(body)
}

// latinWords returns the capitalised or digit-bearing Latin words of s
// (OECD, G7, Open, RAN), lower-cased: the names both editions write alike.
func latinWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if len(w) >= 2 && strings.ToUpper(w) == w && strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}
