package align

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// randomWindows cuts ascending, disjoint windows out of n × m, some of
// them one-sided.
func randomWindows(r *rand.Rand, n, m int) []win {
	var out []win
	for i, j := 0, 0; i < n && j >= 0 && j < m; {
		w := win{i0: i, i1: min(n, i+r.IntN(12)), j0: j, j1: min(m, j+r.IntN(12))}
		out = append(out, w)
		gap := r.IntN(40) // next to the diagonal, where a translation's keys are
		i, j = w.i1+gap, w.i1+gap+r.IntN(3)-1
	}
	return out
}

// TestWindowCandidatesAsCandidates: every window finds in
// windowCandidates exactly the release-wide candidates it finds in the
// whole candidates.
func TestWindowCandidatesAsCandidates(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 13))
	for _, n := range []int{0, 1, 5, 40, 300, 3000} {
		for range 4 {
			ja, en := randomBlocks(r, n), randomBlocks(r, n+r.IntN(n/10+1))
			for j := range en { // a translation: mostly the keys of the line across
				if i := j + r.IntN(3) - 1; i >= 0 && i < len(ja) && r.IntN(4) > 0 {
					en[j].Keys, en[j].Path, en[j].Family = ja[i].Keys, ja[i].Path, ja[i].Family
				}
			}
			wins := randomWindows(r, len(ja), len(en))
			all := (&aligner{ja: ja, en: en, hardOnly: true}).candidates(0, len(ja), 0, len(en))
			got := windowCandidates(ja, en, wins)
			found := 0
			for _, w := range wins {
				a, b := within(got, w), within(all, w)
				if !reflect.DeepEqual(a, b) {
					t.Fatalf("n=%d window %+v: %v, want %v", n, w, a, b)
				}
				found += len(a)
			}
			if n >= 300 && found == 0 {
				t.Fatalf("n=%d: no window has a candidate: the test proves nothing", n)
			}
		}
	}
}

func TestSmallWindows(t *testing.T) {
	for _, c := range []struct {
		wins []win
		want bool
	}{
		{[]win{{0, 4, 0, 4}, {996, 1000, 996, 1000}}, true},
		{[]win{{0, 200, 0, 200}}, false},
		{[]win{{0, 0, 0, 900}}, true}, // one-sided: no anchors asked
	} {
		if got := smallWindows(c.wins, 1000, 1000); got != c.want {
			t.Errorf("%v: %v", c.wins, got)
		}
	}
}
