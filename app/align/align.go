// Package align pairs the blocks of two editions of a release.
//
// It first fixes anchors, pairs that are certain because they share
// something unique in both editions (a numbering path, a rare number, date or
// URL), keeps the heaviest chain of them that runs in order, and then aligns
// each stretch between two anchors by dynamic programming over block length
// and shared facts, allowing 1–1, 1–0, 0–1, 1–2, 2–1, 1–3 and 3–1 pairs.
// A local repair then joins a one-sided line to the unit that holds its
// counterpart (repair.go). A block without counterpart becomes a one-sided
// pair; nothing is dropped. AlignSparse does the same for a release
// whose editions mostly agree at a fraction of the cost: it pairs runs of
// agreeing lines along the diagonal and aligns only the windows between
// them so (diagonal.go).
package align

import (
	"runtime"
	"slices"
	"strings"

	"taiyaku/app/parallel"
)

// Block is what the aligner knows of one block of one edition.
type Block struct {
	Runes   int      // length in characters
	Keys    []uint32 // sorted hashes of hard facts: numbers, dates, URLs
	Weak    []uint32 // sorted hashes of soft facts: acronyms, glossary terms
	Path    string   // numbering path such as "2.4"; "" without label
	Family  string   // the kind of label (numbers, bracketed numbers, letters…), to compare across editions
	Caption bool     // a photo or figure caption
	// Sentence is set for prose that ends as a sentence does (。 or .);
	// a heading rarely translates a sentence.
	Sentence bool
	// DateLine is a line that is only a date, such as the release date: it
	// translates a date line, not a title or a heading.
	DateLine bool
	// Furniture is page material (a back link, a translator's note): it
	// pairs only with furniture of the other edition, never with text.
	Furniture bool
}

// Pair is one aligned unit: indexes into the Japanese and English blocks,
// in order. One side is empty for a one-sided unit.
type Pair struct {
	JA, EN []int
}

// Align pairs the two block sequences. Every block appears in exactly one
// pair, and pairs are in document order on both sides.
func Align(ja, en []Block) []Pair {
	pairs, _ := AlignCells(ja, en)
	return pairs
}

// AlignCells is Align also returning how many cells its dynamic programmes
// filled, which tests hold to linear growth.
func AlignCells(ja, en []Block) ([]Pair, int) {
	a := &aligner{ja: ja, en: en, norm: lengthNorm(ja, en)}
	anchors := a.anchors()
	// The stretches between two anchors are independent: they are refined
	// and aligned in chunks on all cores, and the chunks joined in order.
	cuts := chunkCuts(anchors, len(ja)+len(en))
	parts := make([][]Pair, len(cuts)-1)
	cells := make([]int, len(parts))
	parallel.Each(len(parts), func(c int) {
		b := &aligner{ja: ja, en: en, norm: a.norm}
		parts[c] = b.chunk(anchors, cuts[c], cuts[c+1])
		cells[c] = b.cells
	})
	out := make([]Pair, 0, max(len(ja), len(en)))
	for c := range parts {
		out = append(out, parts[c]...)
		a.cells += cells[c]
	}
	return a.repair(out), a.cells
}

// minChunkBlocks is the fewest blocks worth a chunk of their own.
const minChunkBlocks = 2000

// chunkCuts divides anchors into chunks of about equal numbers of blocks,
// one per core: chunk c is anchors[cuts[c]:cuts[c+1]] with the stretch
// before each of them.
func chunkCuts(anchors []anchor, blocks int) []int {
	n := min(runtime.GOMAXPROCS(0), blocks/minChunkBlocks, len(anchors))
	cuts := []int{0}
	for c := 1; c < n; c++ {
		cuts = append(cuts, c*len(anchors)/n)
	}
	return append(cuts, len(anchors))
}

// chunk aligns anchors[lo:hi], the stretch before each of them and, for
// the last chunk, the stretch after the last anchor.
func (a *aligner) chunk(anchors []anchor, lo, hi int) []Pair {
	i0, j0 := 0, 0
	if lo > 0 {
		i0, j0 = anchors[lo-1].i+1, anchors[lo-1].j+1
	}
	i1, j1 := len(a.ja), len(a.en)
	if hi < len(anchors) {
		i1, j1 = anchors[hi-1].i+1, anchors[hi-1].j+1 // the next chunk aligns what follows
	}
	out := make([]Pair, 0, max(i1-i0, j1-j0)+8)
	pi, pj := i0, j0
	for _, an := range a.refine(anchors[lo:hi], i0, i1, j0, j1) {
		out = append(out, a.segment(pi, an.i, pj, an.j)...)
		out = append(out, Pair{JA: a.ints(an.i), EN: a.ints(an.j)})
		pi, pj = an.i+1, an.j+1
	}
	return append(out, a.segment(pi, i1, pj, j1)...)
}

// skipCost is what leaving one block without a counterpart costs, so
// that two fair pairs are not traded for one better pair and two
// one-sided blocks.
const skipCost = 0.4

type aligner struct {
	ja, en []Block
	norm   float64  // expected English runes per Japanese rune in this document
	cells  int      // cells filled by the dynamic programmes
	slab   []int    // what ints hands out next
	grid   grid     // the programme's cells, reused from stretch to stretch
	occ    []uint64 // key occurrences (shared.go), reused likewise
	tmp    []uint64 // scratch space of their sort
	// inBody is set when a block before those aligned ends as a sentence:
	// the release's header lies before them (AlignSparse's windows).
	inBody bool
	// hardOnly leaves Weak keys out of the candidates (AlignSparse's
	// release-wide ones), global holds those candidates.
	hardOnly bool
	global   []anchor
}

// ints returns the index list [x].
func (a *aligner) ints(x int) []int { return a.run(x, 1) }

// run returns the index list first, first+1, … (n of them; nil for none),
// cut from one shared array: a release has about as many pairs as lines,
// and an allocation for each would cost more than aligning them. The
// list's capacity is its length, so that appending to it copies.
func (a *aligner) run(first, n int) []int {
	if n == 0 {
		return nil
	}
	if len(a.slab) < n {
		a.slab = make([]int, max(n, 4096))
	}
	s := a.slab[:n:n]
	a.slab = a.slab[n:]
	for k := range s {
		s[k] = first + k
	}
	return s
}

// lengthNorm is the document's own English/Japanese length ratio, so that
// the length score adapts to how this ministry's translators write.
func lengthNorm(ja, en []Block) float64 {
	var a, b int
	for _, x := range ja {
		if !x.Furniture { // page links and notes say nothing of how translators write
			a += x.Runes
		}
	}
	for _, x := range en {
		if !x.Furniture {
			b += x.Runes
		}
	}
	if a == 0 || b == 0 {
		return 2
	}
	return float64(b) / float64(a)
}

// pairScore rates ja[i..i+ni) against en[j..j+nj); above 0 means pairing
// them is better than leaving both one-sided.
func (a *aligner) pairScore(i, ni, j, nj int) float64 {
	if s, ok := a.furnitureScore(i, ni, j, nj); ok {
		return s
	}
	lj, le := 0, 0
	for k := i; k < i+ni; k++ {
		lj += a.ja[k].Runes
	}
	for k := j; k < j+nj; k++ {
		le += a.en[k].Runes
	}
	// Short lines vary most in length (担当 / Division in Charge), so a
	// constant is added to both sides before taking the ratio.
	s := a.lengthScore(lj, le)
	if ni == 1 && nj == 1 {
		s += labelScore(&a.ja[i], &a.en[j])
		if a.ja[i].Caption != a.en[j].Caption {
			s -= 0.8
		}
		if a.ja[i].Sentence != a.en[j].Sentence {
			s -= 0.5
		}
		if a.ja[i].DateLine != a.en[j].DateLine {
			s -= 2
		}
	} else {
		s -= 0.6 + mergePenalty(a.ja[i:i+ni]) + mergePenalty(a.en[j:j+nj])
		if ni+nj > 3 {
			s -= 0.4 // three lines into one: only when the lengths say so clearly
		}
	}
	return s + factScore(a.ja[i:i+ni], a.en[j:j+nj])
}

// furnitureScore decides pairs that involve page furniture: two furniture
// lines pair at a fixed, modest score (which one answers which matters
// little, neither is checked); furniture never pairs with text.
func (a *aligner) furnitureScore(i, ni, j, nj int) (float64, bool) {
	fj, fe := a.ja[i].Furniture, a.en[j].Furniture
	for k := i + 1; k < i+ni; k++ {
		fj = fj || a.ja[k].Furniture
	}
	for k := j + 1; k < j+nj; k++ {
		fe = fe || a.en[k].Furniture
	}
	switch {
	case !fj && !fe:
		return 0, false
	case fj && fe && ni == 1 && nj == 1:
		return 2 * skipCost, true
	}
	return -100, true
}

// mergePenalty keeps headings and captions out of merged pairs: only
// prose is split or joined by translators.
func mergePenalty(blocks []Block) float64 {
	for _, b := range blocks {
		if b.Path != "" || b.Caption {
			return 3
		}
	}
	return 0
}

// labelScore rewards equal numbering paths in the same family of label
// and penalises a labelled block paired with an unlabelled one. A
// different path is only a small penalty, since renumbering mistakes are
// what the checker must find; a different family ("１" against "(1)") is
// a larger one.
func labelScore(x, y *Block) float64 {
	switch {
	case x.Path == "" && y.Path == "":
		return 0
	case x.Path == "" || y.Path == "":
		return -1
	case x.Family != y.Family:
		return -0.4
	case x.Path == y.Path:
		return 1
	case lastStep(x.Path) == lastStep(y.Path):
		return 0.7 // a missing parent heading shifts the whole path
	}
	return -0.1
}

// lastStep is a path's own ordinal: "2.4" → "4".
func lastStep(path string) string {
	return path[strings.LastIndexByte(path, '.')+1:]
}

// factScore rewards facts shared and penalises hard facts on one side
// only. Soft facts on one side cost nothing: English spells out and
// abbreviates more than Japanese does (METI, R&D).
func factScore(ja, en []Block) float64 {
	shared, hard, total := 0, 0, 0
	for _, x := range ja {
		for _, y := range en {
			hard += intersect(x.Keys, y.Keys)
			shared += intersect(x.Weak, y.Weak)
		}
		total += len(x.Keys)
	}
	for _, y := range en {
		total += len(y.Keys)
	}
	only := total - 2*hard
	return 0.8*float64(min(shared+hard, 4)) - 0.3*float64(min(only, 5))
}

// intersect counts common elements of two sorted slices.
func intersect(a, b []uint32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// SortKeys sorts and deduplicates fact hashes in place, as Block.Keys needs.
func SortKeys(k []uint32) []uint32 {
	if len(k) <= 12 {
		smallSort(k) // a block's few keys: no call into the general sort
	} else {
		slices.Sort(k)
	}
	out := k[:0]
	for i, x := range k {
		if i == 0 || x != k[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// smallSort sorts a few keys. Each pass carries the largest key left to
// the end by min and max (conditional moves, the key carried in a
// register): the keys are hashes, in random order, and insertion sort's
// test of each pair was mispredicted half the time.
func smallSort(k []uint32) {
	for n := len(k); n > 1; n-- {
		carry := k[0]
		for j := 1; j < n; j++ {
			b := k[j]
			k[j-1], carry = min(carry, b), max(carry, b)
		}
		k[n-1] = carry
	}
}
