package align

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// translated returns n Japanese blocks with their English translations,
// each English block twice as long with the same facts, and soft keys on
// some of them, as an import makes them.
func translated(r *rand.Rand, n int) (ja, en []Block) {
	ja = make([]Block, n)
	for i := range ja {
		ja[i].Runes = 20 + r.IntN(200)
		for range r.IntN(3) {
			ja[i].Keys = append(ja[i].Keys, r.Uint32N(1000))
		}
		ja[i].Keys = SortKeys(ja[i].Keys)
		if r.IntN(3) == 0 {
			ja[i].Weak = []uint32{r.Uint32N(30)}
		}
		ja[i].Sentence = r.IntN(4) > 0
	}
	return ja, english(ja)
}

// withoutWeak copies blocks without their soft keys, and fill returns the
// FillWeak that puts them back, recording the spans asked for.
func withoutWeak(blocks []Block) []Block {
	out := slices.Clone(blocks)
	for i := range out {
		out[i].Weak = nil
	}
	return out
}

type filler struct {
	ja, en     []Block // what to fill from
	toJA, toEN []Block // what to fill
	asked      int     // blocks filled
}

func (f *filler) fill(ja, en []Span) {
	for _, s := range ja {
		for i := s.Lo; i < s.Hi; i++ {
			if f.toJA[i].Weak != nil {
				panic("a block filled twice")
			}
			f.toJA[i].Weak = f.ja[i].Weak
			f.asked++
		}
	}
	for _, s := range en {
		for j := s.Lo; j < s.Hi; j++ {
			f.toEN[j].Weak = f.en[j].Weak
			f.asked++
		}
	}
}

// TestAlignSparseAgreeing: editions that agree line by line pair one to
// one, and only the lines at both ends need their soft keys.
func TestAlignSparseAgreeing(t *testing.T) {
	ja, en := translated(rand.New(rand.NewPCG(1, 1)), 500)
	for i := range ja {
		if len(ja[i].Keys) == 0 { // a fact on every line: no line agrees by length alone
			ja[i].Keys, en[i].Keys = []uint32{uint32(5000 + i)}, []uint32{uint32(5000 + i)}
		}
	}
	f := &filler{ja: ja, en: en, toJA: withoutWeak(ja), toEN: withoutWeak(en)}
	got := AlignSparse(f.toJA, f.toEN, f.fill)
	if want := oneToOne(len(ja)); !reflect.DeepEqual(got, want) {
		t.Errorf("AlignSparse is not one to one: %d pairs", len(got))
	}
	if f.asked > 4*(diagonalMargin+1) {
		t.Errorf("%d blocks' soft keys asked for, want the ends only", f.asked)
	}
}

// TestAlignSparseAsAlign: with lines missing on either side, a line
// doubled and facts changed, AlignSparse pairs as Align does, and reads
// soft keys only where it asked for them (filling every block first gives
// the same pairs).
func TestAlignSparseAsAlign(t *testing.T) {
	for seed := range uint64(20) {
		r := rand.New(rand.NewPCG(seed, 7))
		ja, en := translated(r, 600)
		for range 6 {
			switch k := r.IntN(len(en) - 1); r.IntN(4) {
			case 0:
				en = slices.Delete(en, k, k+1)
			case 1:
				ja = slices.Delete(ja, k, k+1)
			case 2:
				en = slices.Insert(en, k, en[k])
			default:
				en[k].Keys = []uint32{r.Uint32N(1000) + 5000}
			}
		}
		want := Align(ja, en)
		f := &filler{ja: ja, en: en, toJA: withoutWeak(ja), toEN: withoutWeak(en)}
		got := AlignSparse(f.toJA, f.toEN, f.fill)
		checkPairs(t, got, len(ja), len(en))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: AlignSparse differs from Align", seed)
		}
		full := AlignSparse(ja, en, func(_, _ []Span) {})
		if !reflect.DeepEqual(got, full) {
			t.Errorf("seed %d: AlignSparse read soft keys it did not ask for", seed)
		}
	}
}

// TestAlignSparseRandomInvariant: on random editions, which agree nowhere,
// the contract of Align holds.
func TestAlignSparseRandomInvariant(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 100 {
		ja, _ := translated(r, r.IntN(60))
		en, _ := translated(r, r.IntN(60))
		checkPairs(t, AlignSparse(ja, en, func(_, _ []Span) {}), len(ja), len(en))
	}
}

// TestSortKeysAnyLength: short lists (smallSort) and long ones sort
// and lose their duplicates alike.
func TestSortKeysAnyLength(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for n := range 40 {
		k := make([]uint32, n)
		for i := range k {
			k[i] = r.Uint32N(20)
		}
		want := slices.Compact(slices.Sorted(slices.Values(k)))
		if got := SortKeys(slices.Clone(k)); !slices.Equal(got, want) {
			t.Errorf("SortKeys(%v) = %v, want %v", k, got, want)
		}
	}
}

// TestAlignSparseBlindLines: where lines share nothing but their lengths,
// one line missing leaves the next ones agreeing one line off; no run
// goes on through more than maxBlind of them, so the line missing is
// found where Align finds it.
func TestAlignSparseBlindLines(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 2))
	ja := make([]Block, 300)
	for i := range ja {
		ja[i].Runes = 100 + r.IntN(10) // lengths alike: one line off still agrees
		if i%20 == 0 {
			ja[i].Keys = []uint32{uint32(i)}
		}
	}
	en := english(ja)
	en = slices.Delete(en, 145, 146) // fifteen lines agree one line off after it
	got := AlignSparse(ja, en, func(_, _ []Span) {})
	if want := Align(ja, en); !reflect.DeepEqual(got, want) {
		t.Errorf("AlignSparse differs from Align")
	}
	for _, p := range got {
		if len(p.EN) == 0 && p.JA[0] != 145 {
			t.Errorf("ja[%d] left one-sided, want ja[145]", p.JA[0])
		}
	}
}

// blocksOf reads blocks from fuzz bytes, three bytes a block: length,
// a fact key (0: none) and a label path (0: none). Few distinct values,
// so that lines agree often, one line off too.
func blocksOf(data []byte) []Block {
	var out []Block
	for k := 0; k+3 <= len(data); k += 3 {
		b := Block{Runes: 10 + int(data[k]%8), Sentence: data[k]&8 != 0}
		if key := data[k+1] % 6; key > 0 {
			b.Keys = []uint32{uint32(key)}
		}
		if p := data[k+2] % 5; p > 0 {
			b.Path = string(rune('0' + p))
		}
		out = append(out, b)
	}
	return out
}

// FuzzAlignSparse: whatever the blocks, every one is in exactly one pair,
// in order, and fill is asked for no block twice.
func FuzzAlignSparse(f *testing.F) {
	f.Add([]byte("abcdefghijklmnopqrstuvwxyz0123456789"), []byte("abcdefghijklmnopqrstuvwxyz0123456789"))
	f.Add([]byte("abcdefghijklmnopqrstuvwxyz0123456789"), []byte("abcghijklmnopqrstuvwxyz0123456789"))
	f.Add([]byte{}, []byte("abc"))
	f.Fuzz(func(t *testing.T, x, y []byte) {
		ja, en := blocksOf(x), blocksOf(y)
		en = append(en, english(ja)...) // a stretch that agrees
		ja = append(ja, ja...)
		seenJA, seenEN := make([]bool, len(ja)), make([]bool, len(en))
		fill := func(js, es []Span) {
			for _, s := range js {
				for i := s.Lo; i < s.Hi; i++ {
					if seenJA[i] {
						t.Fatalf("ja[%d] asked for twice", i)
					}
					seenJA[i] = true
				}
			}
			for _, s := range es {
				for j := s.Lo; j < s.Hi; j++ {
					if seenEN[j] {
						t.Fatalf("en[%d] asked for twice", j)
					}
					seenEN[j] = true
				}
			}
		}
		checkPairs(t, AlignSparse(ja, en, fill), len(ja), len(en))
	})
}

// FuzzSortKeys: SortKeys sorts and deduplicates as the general sort does,
// at every length (smallSort up to twelve keys).
func FuzzSortKeys(f *testing.F) {
	f.Add([]byte{3, 1, 2, 3, 0, 255, 7})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		k := make([]uint32, len(b)/2)
		for i := range k {
			k[i] = uint32(b[2*i])<<24 | uint32(b[2*i+1]) // high bits too, and duplicates
		}
		want := slices.Compact(slices.Sorted(slices.Values(k)))
		if got := SortKeys(slices.Clone(k)); !slices.Equal(got, want) {
			t.Fatalf("SortKeys(%v) = %v, want %v", k, got, want)
		}
	})
}

// BenchmarkSortKeys sorts the few keys of 10,000 blocks, one to eight
// random hashes each, as hardKeys does.
func BenchmarkSortKeys(b *testing.B) {
	r := rand.New(rand.NewPCG(4, 4))
	lists := make([][]uint32, 10_000)
	for i := range lists {
		lists[i] = make([]uint32, 1+r.IntN(8))
		for j := range lists[i] {
			lists[i][j] = r.Uint32()
		}
	}
	work := make([]uint32, 8)
	for b.Loop() {
		for _, l := range lists {
			SortKeys(work[:copy(work, l)])
		}
	}
}
