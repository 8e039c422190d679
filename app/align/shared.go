package align

import (
	"slices"

	"taiyaku/app/internal/prefault"
)

// Facts shared uniquely by the two editions, found by sorting rather than
// by maps: every key of every block is one occurrence, packed into a
// uint64 as key (high 32 bits), edition (bit 31, set for English) and
// block index (low 31 bits). After sorting by key, a key that occurs once
// in each edition is a group of exactly two occurrences, one per edition.

const (
	englishBit = 1 << 31
	blockMask  = englishBit - 1
)

// uniqueFactPairs returns the pairs (i, j) of ja[i0:i1] × en[j0:j1] whose
// blocks share a fact key that occurs exactly once in each range (a key
// twice in one block occurs twice), once per key they share, with room
// for extra more pairs after them (the caller's shared paths).
func (a *aligner) uniqueFactPairs(i0, i1, j0, j1, extra int) []anchor {
	n := countKeys(a.ja, i0, i1, a.hardOnly) + countKeys(a.en, j0, j1, a.hardOnly)
	if cap(a.occ) < n {
		a.occ = make([]uint64, 0, n)
		prefault.Slice(a.occ) // written once through: its pages mapped at once
	}
	occ := occurrences(a.occ[:0], a.ja, i0, i1, 0, a.hardOnly)
	occ = occurrences(occ, a.en, j0, j1, englishBit, a.hardOnly)
	a.occ = occ // kept for the next stretch: refining asks for many
	a.tmp = sortByKey(occ, a.tmp)
	// Counted first, so that the pairs (tens of thousands in a release)
	// take one array rather than a chain of doubling ones.
	out := make([]anchor, 0, eachUniquePair(occ, func(x, y uint64) {})+extra)
	eachUniquePair(occ, func(x, y uint64) {
		out = append(out, anchor{i: int(x & blockMask), j: int(y & blockMask), weight: factWeight})
	})
	return out
}

// eachUniquePair calls f with the Japanese and the English occurrence of
// every key that occurs exactly once in each edition, in occ sorted by
// key, and returns how many there are.
func eachUniquePair(occ []uint64, f func(x, y uint64)) int {
	n := 0
	for g := 0; g < len(occ); {
		h := g + 1
		for h < len(occ) && occ[h]>>32 == occ[g]>>32 {
			h++
		}
		if h-g == 2 && occ[g]&englishBit != occ[g+1]&englishBit {
			x, y := occ[g], occ[g+1]
			if x&englishBit != 0 {
				x, y = y, x
			}
			f(x, y)
			n++
		}
		g = h
	}
	return n
}

// countKeys counts the keys of blocks[lo:hi], without their Weak keys
// when hardOnly (which another goroutine may be filling in then).
func countKeys(blocks []Block, lo, hi int, hardOnly bool) int {
	n := 0
	for i := lo; i < hi; i++ {
		n += len(blocks[i].Keys)
		if !hardOnly {
			n += len(blocks[i].Weak)
		}
	}
	return n
}

// occurrences appends the keys of blocks[lo:hi] but furniture.
func occurrences(occ []uint64, blocks []Block, lo, hi int, edition uint64, hardOnly bool) []uint64 {
	for i := lo; i < hi; i++ {
		b := &blocks[i]
		if b.Furniture {
			continue
		}
		for _, f := range b.Keys {
			occ = append(occ, uint64(f)<<32|edition|uint64(i))
		}
		if hardOnly {
			continue
		}
		for _, f := range b.Weak {
			occ = append(occ, uint64(f)<<32|edition|uint64(i))
		}
	}
	return occ
}

// radixMin is the number of occurrences from which a radix sort beats a
// comparison sort.
const radixMin = 512

// sortByKey orders occurrences by their key (the order within one key
// does not matter): four byte-wide counting passes over the high 32 bits,
// linear in the number of occurrences. tmp is scratch space, returned for
// reuse (grown if too small).
func sortByKey(occ, tmp []uint64) []uint64 {
	if len(occ) < radixMin {
		slices.Sort(occ)
		return tmp
	}
	if cap(tmp) < len(occ) {
		tmp = make([]uint64, len(occ))
		prefault.Slice(tmp)
	}
	tmp = tmp[:len(occ)]
	src, dst := occ, tmp
	for shift := 32; shift < 64; shift += 8 {
		var count [257]int
		for _, x := range src {
			count[(x>>shift)&0xFF+1]++
		}
		for b := 1; b < 257; b++ {
			count[b] += count[b-1]
		}
		for _, x := range src {
			b := (x >> shift) & 0xFF
			dst[count[b]] = x
			count[b]++
		}
		src, dst = dst, src
	}
	return tmp // four passes: the sorted occurrences are back in occ
}
