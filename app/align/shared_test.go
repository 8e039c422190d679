package align

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// candidatesByMaps is the reference for candidates: maps from what each
// range holds to the one block that holds it.
func candidatesByMaps(a *aligner, i0, i1, j0, j1 int) []anchor {
	type key struct {
		path pathKey
		fact uint32
	}
	where := func(blocks []Block, lo, hi int) map[key]int {
		m := map[key]int{}
		add := func(k key, i int) {
			if _, seen := m[k]; seen {
				m[k] = -1
			} else {
				m[k] = i
			}
		}
		for i := lo; i < hi; i++ {
			if blocks[i].Furniture {
				continue
			}
			if blocks[i].Path != "" {
				add(key{path: pathKey{blocks[i].Path, blocks[i].Family}}, i)
			}
			for _, f := range blocks[i].Keys {
				add(key{fact: f}, i)
			}
			for _, f := range blocks[i].Weak {
				add(key{fact: f}, i)
			}
		}
		return m
	}
	mj, me := where(a.ja, i0, i1), where(a.en, j0, j1)
	weights := map[[2]int]int{}
	for k, i := range mj {
		if j, ok := me[k]; ok && i >= 0 && j >= 0 {
			weights[[2]int{i, j}] += map[bool]int{true: pathWeight, false: factWeight}[k.path.path != ""]
		}
	}
	var out []anchor
	for p, w := range weights {
		out = append(out, anchor{i: p[0], j: p[1], weight: w})
	}
	slices.SortFunc(out, func(x, y anchor) int {
		if x.i != y.i {
			return x.i - y.i
		}
		return x.j - y.j
	})
	return out
}

// randomBlocks draws blocks whose keys repeat often enough to make
// duplicates, within a block too (Keys and Weak may share a key).
func randomBlocks(r *rand.Rand, n int) []Block {
	out := make([]Block, n)
	for i := range out {
		b := &out[i]
		for range r.IntN(6) {
			b.Keys = append(b.Keys, uint32(r.IntN(3*n)))
		}
		for range r.IntN(3) {
			b.Weak = append(b.Weak, uint32(r.IntN(3*n))|uint32(r.IntN(2))<<31)
		}
		b.Keys, b.Weak = SortKeys(b.Keys), SortKeys(b.Weak)
		if r.IntN(10) == 0 {
			b.Path, b.Family = string(rune('1'+r.IntN(9))), "n"
		}
		b.Furniture = r.IntN(50) == 0
	}
	return out
}

func TestCandidatesAsByMaps(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 5, 40, 300, 3000} {
		a := &aligner{ja: randomBlocks(r, n), en: randomBlocks(r, n+n/10)}
		for _, rg := range [][4]int{{0, len(a.ja), 0, len(a.en)}, {n / 3, n / 2, n / 4, n / 2}} {
			got, want := a.candidates(rg[0], rg[1], rg[2], rg[3]), candidatesByMaps(a, rg[0], rg[1], rg[2], rg[3])
			if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
				t.Errorf("n=%d range %v: %d candidates, want %d", n, rg, len(got), len(want))
			}
		}
	}
}

func TestSortByKey(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, radixMin - 1, radixMin, 5000} {
		x := make([]uint64, n)
		for i := range x {
			x[i] = r.Uint64()
		}
		sortByKey(x, nil)
		if !slices.IsSortedFunc(x, func(a, b uint64) int { return int(a>>32) - int(b>>32) }) {
			t.Errorf("n=%d: not sorted by key", n)
		}
	}
}

// TestChunksAsOne: aligning the stretches in several chunks gives the
// pairs that one chunk gives.
func TestChunksAsOne(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	ja := randomBlocks(r, 3000)
	var en []Block
	for i, b := range ja {
		b.Runes = 20 + r.IntN(200)
		ja[i].Runes = b.Runes / 2
		if r.IntN(100) > 0 { // 1 % of the English lacks its line
			en = append(en, b)
		}
	}
	a := &aligner{ja: ja, en: en, norm: lengthNorm(ja, en)}
	anchors := a.anchors()
	whole := (&aligner{ja: ja, en: en, norm: a.norm}).chunk(anchors, 0, len(anchors))
	var parts []Pair
	cuts := []int{0, len(anchors) / 3, len(anchors) / 2, len(anchors)}
	for c := range len(cuts) - 1 {
		parts = append(parts, (&aligner{ja: ja, en: en, norm: a.norm}).chunk(anchors, cuts[c], cuts[c+1])...)
	}
	if len(anchors) < 10 || !reflect.DeepEqual(whole, parts) {
		t.Errorf("%d anchors; chunks give %d pairs, one chunk %d", len(anchors), len(parts), len(whole))
	}
}

// TestSingleAsProgramme: the one-by-one shortcut gives what the grid gives.
func TestSingleAsProgramme(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	ja, en := randomBlocks(r, 400), randomBlocks(r, 400)
	for i := range ja {
		ja[i].Runes, en[i].Runes = 1+r.IntN(100), 1+r.IntN(300)
		ja[i].Caption, en[i].Sentence = r.IntN(8) == 0, r.IntN(2) == 0
	}
	a := &aligner{ja: ja, en: en, norm: 2}
	apart := 0
	for i := range ja {
		if len(a.single(i, i)) == 2 {
			apart++
		}
		g := newGrid(1, 1)
		g.set(0, 0, 0, 0)
		for _, c := range [][2]int{{0, 1}, {1, 0}, {1, 1}} {
			a.relax(g, i, i, c[0], c[1])
		}
		if got, want := a.single(i, i), a.trace(g, i, i); !reflect.DeepEqual(got, want) {
			t.Errorf("block %d: %v, programme %v (score %.2f)", i, got, want, a.pairScore(i, 1, i, 1))
		}
	}
	if apart == 0 || apart == len(ja) {
		t.Errorf("%d of %d blocks apart: both outcomes must be tried", apart, len(ja))
	}
}
