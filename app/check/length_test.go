package check

import "testing"

// FuzzCuts checks the cut ratios against lengthFits for every ratio.
func FuzzCuts(f *testing.F) {
	f.Add(1.0, 0.3, 2.6, 1.5, 1.37)
	f.Fuzz(func(t *testing.T, a, b, c, d, norm float64) {
		var rs ratios
		for _, x := range []float64{a, b, c, d} {
			if x > 0 && x < 1e300 {
				rs.add(x)
			}
		}
		if !(norm >= 0 && norm < 1e300) {
			return
		}
		lo, hi := rs.cuts(norm)
		for _, x := range rs {
			if cut := x <= lo || x >= hi; cut == lengthFits(x, norm) {
				t.Errorf("ratio %g, norm %g: cut %v, lengthFits %v", x, norm, cut, lengthFits(x, norm))
			}
		}
	})
}
