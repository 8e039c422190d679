package check

import (
	"math"
	"slices"
)

// sortRatios sorts length ratios. A full check sorts one per unit, on one
// core after the units' checks (10,000 of them: 0.6 ms with slices.Sort).
// Ratios are positive, and positive floats order as their bit patterns
// do, so a radix sort on those bits gives the same order in a few passes
// over the slice; anything else (none, in practice) takes slices.Sort.
func sortRatios(xs []float64) {
	if len(xs) < radixMin || !allPositive(xs) {
		slices.Sort(xs)
		return
	}
	keys := make([]uint64, len(xs))
	for i, x := range xs {
		keys[i] = math.Float64bits(x)
	}
	tmp := make([]uint64, len(xs))
	for shift := uint(0); shift < 64; shift += radixBits {
		if radixPass(keys, tmp, shift) {
			keys, tmp = tmp, keys
		}
	}
	for i, k := range keys {
		xs[i] = math.Float64frombits(k)
	}
}

// Below radixMin values a comparison sort is as quick; radixBits is the
// digit of a pass (six passes cover 64 bits, counts fit in L1).
const (
	radixMin  = 256
	radixBits = 11
	radixSize = 1 << radixBits
)

func allPositive(xs []float64) bool {
	for _, x := range xs {
		if !(x > 0) || math.IsInf(x, 1) {
			return false
		}
	}
	return true
}

// radixPass moves keys into tmp in the order of their digit at shift,
// keeping the order of equal digits; it reports false, and moves nothing,
// when every key has the same digit there (the exponent's high bits of
// ratios near one).
func radixPass(keys, tmp []uint64, shift uint) bool {
	var count [radixSize]int
	for _, k := range keys {
		count[k>>shift&(radixSize-1)]++
	}
	if count[keys[0]>>shift&(radixSize-1)] == len(keys) {
		return false
	}
	pos := 0
	for d, n := range count {
		count[d] = pos
		pos += n
	}
	for _, k := range keys {
		d := k >> shift & (radixSize - 1)
		tmp[count[d]] = k
		count[d]++
	}
	return true
}
