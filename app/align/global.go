package align

import "slices"

// globalCandidates is candidates over the whole release, hard keys only:
// the anchors AlignSparse's windows choose from. It is on the import's
// critical path (the windows wait for it), so each edition's keys are
// gathered and sorted on a core of their own and the two sorted lists
// merged, instead of one list of both sorted on one core.
func globalCandidates(ja, en []Block) []anchor {
	var occJA, occEN []uint64
	var pj, pe map[pathKey]int
	both(func() {
		occJA, pj = sortedKeys(ja, 0), uniquePaths(ja, 0, len(ja))
	}, func() {
		occEN, pe = sortedKeys(en, englishBit), uniquePaths(en, 0, len(en))
	})
	cands := make([]anchor, 0, eachUniqueMerged(occJA, occEN, func(x, y uint64) {})+min(len(pj), len(pe)))
	eachUniqueMerged(occJA, occEN, func(x, y uint64) {
		cands = append(cands, anchor{i: int(x & blockMask), j: int(y & blockMask), weight: factWeight})
	})
	for k, i := range pj {
		if j, ok := pe[k]; ok && i >= 0 && j >= 0 {
			cands = append(cands, anchor{i: i, j: j, weight: pathWeight})
		}
	}
	return mergeSame(cands)
}

// both runs f and g at once, g on another goroutine.
func both(f, g func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		g()
	}()
	f()
	<-done
}

// sortedKeys returns the hard keys of blocks but furniture, each with its
// block and edition, sorted by key.
func sortedKeys(blocks []Block, edition uint64) []uint64 {
	occ := occurrences(make([]uint64, 0, countKeys(blocks, 0, len(blocks), true)), blocks, 0, len(blocks), edition, true)
	sortByKey(occ, nil)
	return occ
}

// eachUniqueMerged is eachUniquePair over the Japanese and the English
// occurrences sorted apart: it calls f for every key that occurs exactly
// once in each, and returns how many there are.
func eachUniqueMerged(ja, en []uint64, f func(x, y uint64)) int {
	n := 0
	for a, b := 0, 0; a < len(ja) && b < len(en); {
		ka, kb := ja[a]>>32, en[b]>>32
		switch {
		case ka < kb:
			a = nextKey(ja, a)
		case kb < ka:
			b = nextKey(en, b)
		default:
			na, nb := nextKey(ja, a), nextKey(en, b)
			if na-a == 1 && nb-b == 1 {
				f(ja[a], en[b])
				n++
			}
			a, b = na, nb
		}
	}
	return n
}

// nextKey is the index of the first occurrence after occ[i] with another key.
func nextKey(occ []uint64, i int) int {
	k := occ[i] >> 32
	for i++; i < len(occ) && occ[i]>>32 == k; i++ {
	}
	return i
}

// mergeSame orders candidates by i then j and makes one of each pair of
// blocks, weighing all they share (weights are integers: the sums do not
// depend on the order).
func mergeSame(cands []anchor) []anchor {
	slices.SortFunc(cands, func(x, y anchor) int {
		if x.i != y.i {
			return x.i - y.i
		}
		return x.j - y.j
	})
	out := cands[:0]
	for _, c := range cands {
		if n := len(out); n > 0 && out[n-1].i == c.i && out[n-1].j == c.j {
			out[n-1].weight += c.weight
			continue
		}
		out = append(out, c)
	}
	return out
}
