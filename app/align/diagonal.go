package align

import (
	"slices"

	"taiyaku/app/parallel"
)

// Alignment that costs next to nothing where the editions agree. Most of a
// release is a run of lines that translate each other one to one: the
// same numbering path, the same hard facts, lengths in proportion. Such a
// run is paired along its diagonal without anchors or a programme, and
// without the soft facts (acronyms, glossary terms), which only the
// programme and the anchors read. Between two runs, and at both ends of
// the release, lies a window where the editions disagree: it is aligned
// as Align aligns a whole release (anchors unique within it, refined
// stretches, programme, repair), after the caller has filled in the soft
// facts of its blocks only. Each run gives diagonalMargin pairs at either
// end to the windows beside it, so that the programme and the repair see
// the lines around a break as Align would.

// Span is a range of block indexes, Lo included, Hi excluded.
type Span struct{ Lo, Hi int }

// FillWeak sets Block.Weak for the Japanese blocks of ja and the English
// blocks of en. The spans of one call never overlap each other.
type FillWeak func(ja, en []Span)

const (
	// diagonalMargin is how many pairs of a run at either end are left to
	// the window beside it: more than the repair reaches (repairReach).
	diagonalMargin = repairReach + 1
	// minRun is the shortest run of agreeing lines taken as a run: its
	// margins leave at least two pairs that no window aligns.
	minRun = 2*diagonalMargin + 2
	// maxDrift bounds how far, in lines of one edition, a run may be
	// sought off the diagonal of the run before it: the lines one
	// edition adds or lacks at one break.
	maxDrift = 24
	// minAgreeLength is the least length score (pairScore's term) of
	// two agreeing lines with nothing else in common: the longer edition
	// at most about one and a half times what the document's own ratio
	// expects. Shared facts allow about twice (minKeysLength), a shared
	// label path whatever a heading's translation takes (minPathLength):
	// short headings vary most.
	minAgreeLength = 1.0
	minKeysLength  = 0.5
	minPathLength  = 0.0
	// maxBlind is the most lines in a row that a run holds that agree by
	// their lengths alone; fewer than diagonalMargin.
	maxBlind = diagonalMargin - 1
)

// AlignSparse is Align for blocks whose Weak keys are not set yet: it
// calls fill once with the blocks that the windows between runs of
// agreeing lines read, and reads no other block's Weak.
func AlignSparse(ja, en []Block, fill FillWeak) []Pair {
	a := &aligner{ja: ja, en: en, norm: lengthNorm(ja, en)}
	// A window's anchors are what is unique in the whole release, as
	// Align's are: a fact unique only within a window (a year, a count
	// that recurs elsewhere) would pair lines Align leaves apart. Weak keys
	// are not known outside the windows, so only hard ones count here.
	// They are gathered on another core while the windows' soft keys are
	// read.
	// When the windows are few and small (editions that agree almost
	// everywhere), only their own candidates are gathered.
	runs := a.runs()
	wins := windows(runs, len(ja), len(en))
	var global []anchor
	if smallWindows(wins, len(ja), len(en)) {
		global = windowCandidates(ja, en, wins)
		fillWindows(wins, len(ja), len(en), fill)
	} else {
		done := make(chan struct{})
		go func() {
			g := &aligner{ja: ja, en: en, norm: a.norm, hardOnly: true}
			global = g.candidates(0, len(ja), 0, len(en))
			close(done)
		}()
		fillWindows(wins, len(ja), len(en), fill)
		<-done
	}
	parts := make([][]Pair, len(wins))
	sj, se := slices.IndexFunc(ja, isSentence), slices.IndexFunc(en, isSentence)
	parallel.Chunks(len(wins), func(lo, hi int) {
		b := &aligner{ja: ja, en: en, norm: a.norm, global: global} // per chunk: its slabs and grid are reused
		for k := lo; k < hi; k++ {
			// a sentence before the window: the release's header lies before it
			b.inBody = sj >= 0 && sj < wins[k].i0 || se >= 0 && se < wins[k].j0
			parts[k] = b.window(wins[k])
		}
	})
	return joinRuns(parts, runs, max(len(ja), len(en)))
}

// joinRuns puts the windows' pairs and the runs' inner pairs in order.
func joinRuns(parts [][]Pair, runs []run, size int) []Pair {
	inner := 0
	for _, r := range runs {
		inner += r.n - 2*diagonalMargin
	}
	idx := make([]int, 0, 2*inner) // the runs' index lists, cut from one array
	out := make([]Pair, 0, size)
	for k := range parts {
		out = append(out, parts[k]...)
		if k == len(runs) {
			break
		}
		r := runs[k]
		for d := diagonalMargin; d < r.n-diagonalMargin; d++ {
			idx = append(idx, r.i+d, r.j+d)
			n := len(idx)
			out = append(out, Pair{JA: idx[n-2 : n-1 : n-1], EN: idx[n-1 : n : n]})
		}
	}
	return out
}

// run is n lines from ja[i] and en[j] that agree pair by pair.
type run struct{ i, j, n int }

// win is the window ja[i0:i1] × en[j0:j1].
type win struct{ i0, i1, j0, j1 int }

// windows are the stretches before, between and after runs, each widened
// by the runs' margins: len(runs)+1 of them.
func windows(runs []run, n, m int) []win {
	out := make([]win, 0, len(runs)+1)
	pi, pj := 0, 0
	for _, r := range runs {
		out = append(out, win{pi, r.i + diagonalMargin, pj, r.j + diagonalMargin})
		pi, pj = r.i+r.n-diagonalMargin, r.j+r.n-diagonalMargin
	}
	return append(out, win{pi, n, pj, m})
}

// fillWindows asks for the Weak keys of every window's blocks and of the
// block on either side of it, which an anchor's neighbours can reach.
func fillWindows(wins []win, n, m int, fill FillWeak) {
	ja := make([]Span, 0, len(wins))
	en := make([]Span, 0, len(wins))
	for _, w := range wins {
		ja = appendSpan(ja, max(w.i0-1, 0), min(w.i1+1, n))
		en = appendSpan(en, max(w.j0-1, 0), min(w.j1+1, m))
	}
	fill(ja, en)
}

// appendSpan appends [lo, hi), merged with the last span if they touch.
func appendSpan(s []Span, lo, hi int) []Span {
	if lo >= hi {
		return s
	}
	if k := len(s) - 1; k >= 0 && lo <= s[k].Hi {
		s[k].Hi = max(s[k].Hi, hi)
		return s
	}
	return append(s, Span{lo, hi})
}

// window aligns ja[i0:i1] with en[j0:j1] as AlignCells aligns a release.
func (a *aligner) window(w win) []Pair {
	if w.i0 == w.i1 || w.j0 == w.j1 {
		return a.segment(w.i0, w.i1, w.j0, w.j1)
	}
	out := make([]Pair, 0, max(w.i1-w.i0, w.j1-w.j0)+8)
	pi, pj := w.i0, w.j0
	top := a.choose(within(a.global, w))
	for _, an := range a.refine(top, w.i0, w.i1, w.j0, w.j1) {
		out = append(out, a.segment(pi, an.i, pj, an.j)...)
		out = append(out, Pair{JA: a.ints(an.i), EN: a.ints(an.j)})
		pi, pj = an.i+1, an.j+1
	}
	return a.repair(append(out, a.segment(pi, w.i1, pj, w.j1)...))
}

func isSentence(b Block) bool { return b.Sentence }

// within returns the candidates inside w (cands in order of i then j).
func within(cands []anchor, w win) []anchor {
	lo, _ := slices.BinarySearchFunc(cands, w.i0, func(c anchor, i int) int { return c.i - i })
	var out []anchor
	for _, c := range cands[lo:] {
		if c.i >= w.i1 {
			break
		}
		if c.j >= w.j0 && c.j < w.j1 {
			out = append(out, c)
		}
	}
	return out
}
