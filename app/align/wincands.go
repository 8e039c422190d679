package align

import "taiyaku/app/parallel"

// When the editions agree almost everywhere, the windows between runs
// hold a few dozen lines of a release of thousands, and sorting every
// hard key of both editions to find the release-wide anchor candidates
// (the whole of candidates) costs more than the rest of the alignment:
// 3.5 ms of one core for 10,000 pairs, with the other core waiting.
// windowCandidates finds only the candidates the windows can use.

// smallWindows tells whether wins hold few enough lines (an eighth of the
// release) for windowCandidates to beat the whole candidates.
func smallWindows(wins []win, n, m int) bool {
	lines := 0
	for _, w := range wins {
		if w.i0 < w.i1 && w.j0 < w.j1 { // one-sided windows ask for no anchors
			lines += w.i1 - w.i0 + w.j1 - w.j0
		}
	}
	return lines*8 <= n+m
}

// windowCandidates returns the release-wide candidates (hard keys only,
// as candidates(0, len(ja), 0, len(en)) with hardOnly) whose two blocks
// lie in the windows wins: within(windowCandidates(…), w) is within(all
// candidates, w) for every w of wins, which is all a window asks.
func windowCandidates(ja, en []Block, wins []win) []anchor {
	inJA, inEN := windowLines(wins, len(ja), len(en))
	t := newKeyTable(ja, inJA)
	// Each edition counted on its own core, into its own side of the
	// table: the other core would otherwise wait out this serial step
	// between the features and the windows.
	var pj, pe map[pathKey]int
	parallel.Both(func() {
		t.count(ja, 0)
		pj = uniquePaths(ja, 0, len(ja))
	}, func() {
		t.count(en, 1)
		pe = uniquePaths(en, 0, len(en))
	})
	var cands []anchor
	for h, s := range t.slots {
		if s.used && t.sides[0][h].n == 1 && t.sides[1][h].n == 1 && inJA[t.sides[0][h].at] && inEN[t.sides[1][h].at] {
			cands = append(cands, anchor{i: t.sides[0][h].at, j: t.sides[1][h].at, weight: factWeight})
		}
	}
	for k, i := range pj {
		if j, ok := pe[k]; ok && i >= 0 && j >= 0 && inJA[i] && inEN[j] {
			cands = append(cands, anchor{i: i, j: j, weight: pathWeight})
		}
	}
	return mergeSame(cands)
}

// windowLines marks the blocks of each edition that lie in a two-sided
// window.
func windowLines(wins []win, n, m int) (inJA, inEN []bool) {
	inJA, inEN = make([]bool, n), make([]bool, m)
	for _, w := range wins {
		if w.i0 < w.i1 && w.j0 < w.j1 {
			for i := w.i0; i < w.i1; i++ {
				inJA[i] = true
			}
			for j := w.j0; j < w.j1; j++ {
				inEN[j] = true
			}
		}
	}
	return inJA, inEN
}

// keyTable counts, in each edition, the occurrences of the hard keys of
// the Japanese window blocks, and remembers the block of the last one:
// an open-addressing table, since it is asked once for every hard key of
// the release. Each edition's counts are kept apart (sides), slot by
// slot, so that the two are counted at once without sharing memory.
type keyTable struct {
	slots []keySlot
	sides [2][]keyCount // the Japanese and the English edition's
	mask  uint32
}

type keySlot struct {
	used bool
	key  uint32
}

type keyCount struct {
	n  int // occurrences in the edition
	at int // the block of the last occurrence
}

// newKeyTable holds the keys of the non-furniture blocks of ja marked in.
func newKeyTable(ja []Block, in []bool) *keyTable {
	n := 0
	for i := range ja {
		if in[i] && !ja[i].Furniture {
			n += len(ja[i].Keys)
		}
	}
	size := uint32(16)
	for size < uint32(8*n) { // sparse: a key asked is rarely there, and an empty slot tells it at once
		size *= 2
	}
	t := &keyTable{slots: make([]keySlot, size), mask: size - 1}
	t.sides[0], t.sides[1] = make([]keyCount, size), make([]keyCount, size)
	for i := range ja {
		if in[i] && !ja[i].Furniture {
			for _, k := range ja[i].Keys {
				t.slot(k, true)
			}
		}
	}
	return t
}

// slot finds key's slot; a missing key gets one when add is set, else -1.
func (t *keyTable) slot(key uint32, add bool) int {
	for h := (key * 0x9E3779B1) & t.mask; ; h = (h + 1) & t.mask {
		s := &t.slots[h]
		switch {
		case s.used && s.key == key:
			return int(h)
		case !s.used && add:
			s.used, s.key = true, key
			return int(h)
		case !s.used:
			return -1
		}
	}
}

// count counts the occurrences of the table's keys in the non-furniture
// blocks of one edition (side 0: Japanese, 1: English), as the whole
// candidates' occurrences do. It reads the slots and writes only its side.
func (t *keyTable) count(blocks []Block, side int) {
	counts := t.sides[side]
	for i := range blocks {
		if blocks[i].Furniture {
			continue
		}
		for _, k := range blocks[i].Keys {
			if h := t.slot(k, false); h >= 0 {
				counts[h].n++
				counts[h].at = i
			}
		}
	}
}
