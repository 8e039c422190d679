package align

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// checkPairs asserts Align's contract: every Japanese index 0..n-1 and
// every English index 0..m-1 appears in exactly one pair, in order on both
// sides; no pair is empty, and none holds more than maxSide blocks of one
// edition (local repair joins up to three).
func checkPairs(t testing.TB, pairs []Pair, n, m int) {
	t.Helper()
	var ja, en []int
	for k, p := range pairs {
		ja = append(ja, p.JA...)
		en = append(en, p.EN...)
		if len(p.JA)+len(p.EN) == 0 || len(p.JA) > maxSide || len(p.EN) > maxSide {
			t.Errorf("pair %d = %v is no allowed unit", k, p)
		}
	}
	if !isRange(ja, n) {
		t.Errorf("Japanese indexes %v, want 0..%d each once in order", ja, n-1)
	}
	if !isRange(en, m) {
		t.Errorf("English indexes %v, want 0..%d each once in order", en, m-1)
	}
}

func isRange(x []int, n int) bool {
	if len(x) != n {
		return false
	}
	for i, v := range x {
		if v != i {
			return false
		}
	}
	return true
}

// blk is a block of the given length with hard fact keys.
func blk(runes int, keys ...uint32) Block {
	return Block{Runes: runes, Keys: SortKeys(keys)}
}

// head is a numbered heading.
func head(runes int, path string) Block { return Block{Runes: runes, Path: path} }

// english returns the translation of ja: twice as long, same facts.
func english(ja []Block) []Block {
	en := make([]Block, len(ja))
	for i, b := range ja {
		en[i] = b
		en[i].Runes = 2 * b.Runes
	}
	return en
}

// doc is a Japanese edition: paragraphs with facts of their own, a
// heading, a caption.
func doc() []Block {
	return []Block{
		{Runes: 30},                       // 0 title
		blk(9, 20250122),                  // 1 date
		blk(120, 1, 2, 3),                 // 2
		head(4, "1"),                      // 3
		blk(80, 4, 5),                     // 4
		blk(150, 6),                       // 5
		{Runes: 3, Caption: true},         // 6 写真1
		head(6, "2"),                      // 7
		blk(60, 7, 8, 9),                  // 8
		blk(200, 10, 11),                  // 9
		head(2, ""),                       // 10 担当
		{Runes: 11},                       // 11 division
		blk(25, 35011511, 35011512, 9000), // 12 phone
	}
}

func oneToOne(n int) []Pair {
	out := make([]Pair, n)
	for i := range out {
		out[i] = Pair{JA: []int{i}, EN: []int{i}}
	}
	return out
}

func TestAlignIdentical(t *testing.T) {
	ja := doc()
	for _, en := range [][]Block{english(ja), ja} {
		got := Align(ja, en)
		checkPairs(t, got, len(ja), len(en))
		if want := oneToOne(len(ja)); !reflect.DeepEqual(got, want) {
			t.Errorf("Align =\n%v\nwant\n%v", got, want)
		}
	}
}

func TestAlignIdenticalWithoutFacts(t *testing.T) {
	// Lengths alone: no keys, no paths, no anchors.
	lens := []int{40, 12, 90, 7, 130, 55, 20, 300, 16, 64}
	var ja []Block
	for _, l := range lens {
		ja = append(ja, Block{Runes: l})
	}
	en := english(ja)
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	if want := oneToOne(len(ja)); !reflect.DeepEqual(got, want) {
		t.Errorf("Align =\n%v\nwant\n%v", got, want)
	}
}

func TestAlignEmpty(t *testing.T) {
	if got := Align(nil, nil); len(got) != 0 {
		t.Errorf("Align(nil, nil) = %v", got)
	}
	ja := doc()
	got := Align(ja, nil)
	checkPairs(t, got, len(ja), 0)
	for _, p := range got {
		if len(p.EN) != 0 {
			t.Errorf("pair %v has English", p)
		}
	}
	got = Align(nil, ja)
	checkPairs(t, got, 0, len(ja))
	for _, p := range got {
		if len(p.JA) != 0 {
			t.Errorf("pair %v has Japanese", p)
		}
	}
	got = Align([]Block{{Runes: 5}}, []Block{{Runes: 10}})
	checkPairs(t, got, 1, 1)
	if want := oneToOne(1); !reflect.DeepEqual(got, want) {
		t.Errorf("single blocks: %v", got)
	}
	// Zero-length blocks must not divide by zero.
	got = Align([]Block{{}, {}}, []Block{{}})
	checkPairs(t, got, 2, 1)
}

// without returns bs minus index k.
func without(bs []Block, k int) []Block {
	return slices.Concat(bs[:k:k], bs[k+1:])
}

// expectMissing is the alignment of doc against itself with block k
// missing on one side.
func expectMissing(n, k int, missingEN bool) []Pair {
	var out []Pair
	for i := range n {
		j := i
		if i > k {
			j = i - 1
		}
		switch {
		case i == k && missingEN:
			out = append(out, Pair{JA: []int{i}})
		case i == k:
			out = append(out, Pair{EN: []int{i}})
		case missingEN:
			out = append(out, Pair{JA: []int{i}, EN: []int{j}})
		default:
			out = append(out, Pair{JA: []int{j}, EN: []int{i}})
		}
	}
	return out
}

func TestAlignMissingBlock(t *testing.T) {
	ja := doc()
	en := english(ja)
	// Every paragraph in turn: the blocks with facts or length of their
	// own must come out one-sided, in place.
	for _, k := range []int{2, 4, 5, 8, 9} {
		t.Run(fmt.Sprintf("EN lacks %d", k), func(t *testing.T) {
			e := without(en, k)
			got := Align(ja, e)
			checkPairs(t, got, len(ja), len(e))
			if want := expectMissing(len(ja), k, true); !reflect.DeepEqual(got, want) {
				t.Errorf("Align =\n%v\nwant\n%v", got, want)
			}
		})
		t.Run(fmt.Sprintf("JA lacks %d", k), func(t *testing.T) {
			j := without(ja, k)
			got := Align(j, en)
			checkPairs(t, got, len(j), len(en))
			if want := expectMissing(len(en), k, false); !reflect.DeepEqual(got, want) {
				t.Errorf("Align =\n%v\nwant\n%v", got, want)
			}
		})
	}
}

func TestAlignMissingHeading(t *testing.T) {
	ja := doc()
	en := english(ja)
	e := without(en, 7) // heading "2"
	got := Align(ja, e)
	checkPairs(t, got, len(ja), len(e))
	if want := expectMissing(len(ja), 7, true); !reflect.DeepEqual(got, want) {
		t.Errorf("Align =\n%v\nwant\n%v", got, want)
	}
}

func TestAlignSplitAndMerge(t *testing.T) {
	// One Japanese paragraph (100 runes) is two English paragraphs (110
	// and 90 runes); the facts 40 and 41 are in the Japanese and one in
	// each English half, but also in block 0 of both editions, so they are
	// no anchors and the dynamic programme decides.
	ja := []Block{blk(50, 1, 40, 41), blk(100, 40, 41), blk(70, 2), blk(60, 3)}
	en := []Block{blk(100, 1, 40, 41), blk(110, 40), blk(90, 41), blk(140, 2), blk(120, 3)}
	checkSplit(t, ja, en)
}

func checkSplit(t *testing.T, ja, en []Block) {
	t.Helper()
	want := []Pair{{JA: []int{0}, EN: []int{0}}, {JA: []int{1}, EN: []int{1, 2}}, {JA: []int{2}, EN: []int{3}}, {JA: []int{3}, EN: []int{4}}}
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("1–2: Align =\n%v\nwant\n%v", got, want)
	}
	// The mirror: two Japanese paragraphs are one English paragraph.
	got = Align(en, ja)
	checkPairs(t, got, len(en), len(ja))
	for i := range want {
		want[i].JA, want[i].EN = want[i].EN, want[i].JA
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("2–1: Align =\n%v\nwant\n%v", got, want)
	}
}

// TestAlignSplitWithUniqueFacts: the usual split, where each English half
// carries a fact that occurs nowhere else. pairScore rates the 1–2 at 2.5
// against 1.3 for either 1–1, but the anchor stage has already fixed
// JA 1 – EN 2 (fact 41, unique in both editions) as a 1–1 pair, so the
// 1–2 is never considered and EN 1 comes out one-sided. The same happens
// with unique soft keys (acronyms) and when only one half has a fact. In
// an import, a Japanese paragraph with two figures translated as two
// English paragraphs leaves the second one-sided.
func TestAlignSplitWithUniqueFacts(t *testing.T) {
	ja := []Block{blk(50, 1), blk(100, 40, 41), blk(70, 2), blk(60, 3)}
	en := []Block{blk(100, 1), blk(110, 40), blk(90, 41), blk(140, 2), blk(120, 3)}
	checkSplit(t, ja, en)
}

// TestAlignSplitByLength: with no facts at all, length alone makes a 1–2.
func TestAlignSplitByLength(t *testing.T) {
	ja := []Block{{Runes: 50}, {Runes: 200}, {Runes: 70}}
	en := []Block{{Runes: 100}, {Runes: 190}, {Runes: 210}, {Runes: 140}}
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	want := []Pair{{JA: []int{0}, EN: []int{0}}, {JA: []int{1}, EN: []int{1, 2}}, {JA: []int{2}, EN: []int{3}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Align =\n%v\nwant\n%v", got, want)
	}
}

// TestAlignNoMergeOfHeadings: headings and captions are never joined with
// a neighbour, even when the lengths would add up.
func TestAlignNoMergeOfHeadings(t *testing.T) {
	ja := []Block{blk(80, 1), head(10, "1"), {Runes: 10, Caption: true}, blk(80, 2)}
	en := []Block{blk(160, 1), {Runes: 40}, blk(160, 2)}
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	for _, p := range got {
		if len(p.JA) == 2 || len(p.EN) == 2 {
			t.Errorf("heading or caption merged: %v", got)
		}
	}
}

// TestAlignAnchorsByPath: headings with equal numbering paths pair even
// when the paragraphs between them do not, and the damage stays inside
// its section.
func TestAlignAnchorsByPath(t *testing.T) {
	// Paragraphs of the same length and no facts: only the paths tell the
	// sections apart. The English lacks a paragraph in section 1 and has
	// one more in section 2.
	ja := []Block{
		head(5, "1"), {Runes: 100}, {Runes: 100}, {Runes: 100},
		head(5, "2"), {Runes: 100},
		head(5, "3"), {Runes: 100},
	}
	en := []Block{
		head(10, "1"), {Runes: 200}, {Runes: 200},
		head(10, "2"), {Runes: 200}, {Runes: 200},
		head(10, "3"), {Runes: 200},
	}
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	pairOf := map[int][]int{}
	for _, p := range got {
		for _, i := range p.JA {
			pairOf[i] = p.EN
		}
	}
	for i, j := range map[int]int{0: 0, 4: 3, 6: 6, 7: 7} {
		if !slices.Equal(pairOf[i], []int{j}) {
			t.Errorf("JA %d (path %q) paired with EN %v, want [%d]: %v", i, ja[i].Path, pairOf[i], j, got)
		}
	}
	// Section 1: three Japanese paragraphs against two English ones; one
	// is one-sided, none crosses into section 2.
	for i := 1; i <= 3; i++ {
		for _, j := range pairOf[i] {
			if j < 1 || j > 2 {
				t.Errorf("JA %d of section 1 paired with EN %d outside it", i, j)
			}
		}
	}
	// Section 2: one Japanese paragraph against two English ones.
	if p := pairOf[5]; len(p) == 0 || p[0] < 4 || p[len(p)-1] > 5 {
		t.Errorf("JA 5 of section 2 paired with %v", p)
	}
}

// TestAlignAnchorsFromFarAway: without anchors the dynamic programme may
// not reach far; a unique fact shared far along still pairs its blocks.
func TestAlignAnchorsFromFarAway(t *testing.T) {
	var ja, en []Block
	for i := range 60 {
		ja = append(ja, Block{Runes: 50 + i%7})
		en = append(en, Block{Runes: 100 + 2*(i%7)})
	}
	// The English lacks 10 blocks at the start; JA 40 and EN 30 share a
	// unique fact, and so do JA 55 and EN 45.
	en = en[10:]
	ja[40].Keys, en[30].Keys = []uint32{777}, []uint32{777}
	ja[55].Keys, en[45].Keys = []uint32{888}, []uint32{888}
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	for _, want := range []Pair{{JA: []int{40}, EN: []int{30}}, {JA: []int{55}, EN: []int{45}}} {
		if !slices.ContainsFunc(got, func(p Pair) bool { return reflect.DeepEqual(p, want) }) {
			t.Errorf("anchor %v missing from %v", want, got)
		}
	}
}

// TestAlignCrossingCandidates: when facts cross (a block moved), the
// anchors keep the heaviest chain in order; a path used twice in an
// edition is no anchor.
func TestAlignCrossingCandidates(t *testing.T) {
	ja := []Block{blk(50, 1), blk(50, 2), blk(50, 3), blk(50, 4), blk(50, 5), blk(50, 6), head(5, "1"), head(5, "1")}
	// 2 and 5 swap places in the English: the chain 1, 3, 4, 6 wins.
	en := []Block{blk(100, 1), blk(100, 5), blk(100, 3), blk(100, 4), blk(100, 2), blk(100, 6), head(10, "1"), head(10, "1")}
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	for _, want := range []Pair{{JA: []int{0}, EN: []int{0}}, {JA: []int{2}, EN: []int{2}}, {JA: []int{3}, EN: []int{3}}, {JA: []int{5}, EN: []int{5}}} {
		if !slices.ContainsFunc(got, func(p Pair) bool { return reflect.DeepEqual(p, want) }) {
			t.Errorf("pair %v missing from %v", want, got)
		}
	}
	a := &aligner{ja: ja, en: en, norm: lengthNorm(ja, en)}
	for _, c := range a.anchors() {
		if c.i >= 6 || c.j >= 6 {
			t.Errorf("duplicate path became anchor %+v", c)
		}
	}
}

// TestAlignCaptionPenalty: a caption pairs with the caption, not with the
// paragraph of the same length next to it.
func TestAlignCaptionPenalty(t *testing.T) {
	ja := []Block{blk(100, 1), {Runes: 8, Caption: true}, {Runes: 8}, blk(100, 2)}
	en := []Block{blk(200, 1), {Runes: 16}, blk(200, 2)}
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	want := []Pair{{JA: []int{0}, EN: []int{0}}, {JA: []int{1}}, {JA: []int{2}, EN: []int{1}}, {JA: []int{3}, EN: []int{2}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Align =\n%v\nwant\n%v", got, want)
	}
}

// TestAlignOneSidedIsNotFree: two consecutive blocks that each pair
// plausibly (pairScore > 0, "better than leaving both one-sided") must
// pair 1–1. The aligner instead leaves the first Japanese and the last
// English one-sided and pairs the other two, because 1–0 and 0–1 moves cost
// nothing and the shifted pair fits the document's length ratio better.
// This is 担当 / Division in Charge followed by 産業技術環境局 国際標準課 /
// International Standardization Division, Industrial Science and
// Technology Policy and Environment Bureau in a release whose English is
// 2.3 times as long as its Japanese, and short list items (①–⑤ against
// (i)–(v)) in the synthetic benchmark.
func TestAlignOneSidedIsNotFree(t *testing.T) {
	ja := []Block{blk(1000, 7), {Runes: 2}, {Runes: 12}}
	en := []Block{blk(2300, 7), {Runes: 18}, {Runes: 103}}
	a := &aligner{ja: ja, en: en, norm: lengthNorm(ja, en)}
	for k := 1; k <= 2; k++ {
		if s := a.pairScore(k, 1, k, 1); s <= 0 {
			t.Fatalf("pairScore(%d, %d) = %.2f, the case needs it positive", k, k, s)
		}
	}
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	if want := oneToOne(3); !reflect.DeepEqual(got, want) {
		t.Errorf("Align = %v, want %v", got, want)
	}
}

// TestAlignRandomInvariant: on random editions of every size, including
// stretches large enough for the banded programme, the contract holds.
func TestAlignRandomInvariant(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	randomBlocks := func(n int) []Block {
		bs := make([]Block, n)
		for i := range bs {
			bs[i].Runes = r.IntN(300)
			for range r.IntN(3) {
				bs[i].Keys = append(bs[i].Keys, uint32(r.IntN(50)))
			}
			bs[i].Keys = SortKeys(bs[i].Keys)
			if r.IntN(4) == 0 {
				bs[i].Weak = SortKeys([]uint32{uint32(r.IntN(20))})
			}
			if r.IntN(5) == 0 {
				bs[i].Path = fmt.Sprint(r.IntN(6))
			}
			bs[i].Caption = r.IntN(10) == 0
		}
		return bs
	}
	for range 200 {
		n, m := r.IntN(40), r.IntN(40)
		ja, en := randomBlocks(n), randomBlocks(m)
		checkPairs(t, Align(ja, en), n, m)
	}
	// Stretches past 4,000,000 cells use the banded programme.
	for _, nm := range [][2]int{{2100, 2000}, {2000, 2101}, {3, 2000}} {
		ja, en := randomBlocks(nm[0]), randomBlocks(nm[1])
		for i := range ja {
			ja[i].Keys, ja[i].Weak, ja[i].Path = nil, nil, "" // no anchors: one big stretch
		}
		checkPairs(t, Align(ja, en), nm[0], nm[1])
	}
}

// TestAlignBandedIdentical: a stretch too large for the full grid (no
// anchors, more than 4,000,000 cells) still aligns a clean pair 1–1.
func TestAlignBandedIdentical(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	ja := make([]Block, 2100)
	for i := range ja {
		ja[i].Runes = 10 + r.IntN(200)
	}
	en := english(ja)
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	if want := oneToOne(len(ja)); !reflect.DeepEqual(got, want) {
		bad := 0
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				bad++
			}
		}
		t.Errorf("%d of %d pairs not 1–1 (%d pairs)", bad, len(ja), len(got))
	}
}

func TestSortKeys(t *testing.T) {
	tests := []struct{ in, want []uint32 }{
		{nil, nil},
		{[]uint32{}, []uint32{}},
		{[]uint32{5}, []uint32{5}},
		{[]uint32{3, 1, 2}, []uint32{1, 2, 3}},
		{[]uint32{7, 7, 1, 7, 1, 0, 4294967295}, []uint32{0, 1, 7, 4294967295}},
	}
	for _, tt := range tests {
		in := slices.Clone(tt.in)
		got := SortKeys(in)
		if len(got) != len(tt.want) || (len(got) > 0 && !slices.Equal(got, tt.want)) {
			t.Errorf("SortKeys(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIntersect(t *testing.T) {
	if n := intersect([]uint32{1, 3, 5, 7}, []uint32{0, 3, 4, 7, 9}); n != 2 {
		t.Errorf("intersect = %d, want 2", n)
	}
	if n := intersect(nil, []uint32{1}); n != 0 {
		t.Errorf("intersect(nil) = %d", n)
	}
}

// chkstruct (issue 8): merges of three lines, and local repair.

// TestAlignThreeToOne: three Japanese lines that the English runs into one
// sentence pair as one unit, in either direction.
func TestAlignThreeToOne(t *testing.T) {
	ja := []Block{blk(40, 1), {Runes: 20, Sentence: true}, {Runes: 25, Sentence: true}, {Runes: 22, Sentence: true}, blk(50, 2)}
	en := []Block{blk(80, 1), {Runes: 140, Sentence: true}, blk(100, 2)}
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	want := []Pair{{JA: []int{0}, EN: []int{0}}, {JA: []int{1, 2, 3}, EN: []int{1}}, {JA: []int{4}, EN: []int{2}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Align = %v, want %v", got, want)
	}
	got = Align(en, ja) // the same lengths the other way round
	checkPairs(t, got, len(en), len(ja))
}

// TestAlignRepair: furniture pairs only with furniture; a date line and a
// time line printed in the other order become one unit; a one-sided note
// in the middle leaves the pairs below it in place.
func TestAlignRepair(t *testing.T) {
	date, clock := uint32(20180508), uint32(958)
	ja := []Block{
		{Runes: 15, Keys: []uint32{date}, DateLine: true}, {Runes: 13, Keys: []uint32{clock}},
		{Runes: 80, Sentence: true, Keys: []uint32{7}}, {Runes: 90, Sentence: true, Keys: []uint32{8}},
		{Runes: 60, Sentence: true, Keys: []uint32{9}}, {Runes: 8, Furniture: true},
	}
	en := []Block{
		{Runes: 20, Furniture: true}, {Runes: 17, Keys: []uint32{clock}}, {Runes: 20, Keys: []uint32{date}, DateLine: true},
		{Runes: 200, Sentence: true, Keys: []uint32{7}}, {Runes: 90, Sentence: true},
		{Runes: 220, Sentence: true, Keys: []uint32{8}}, {Runes: 150, Sentence: true, Keys: []uint32{9}},
	}
	got := Align(ja, en)
	checkPairs(t, got, len(ja), len(en))
	want := []Pair{
		{EN: []int{0}},
		{JA: []int{0, 1}, EN: []int{1, 2}},
		{JA: []int{2}, EN: []int{3}},
		{EN: []int{4}},
		{JA: []int{3}, EN: []int{5}},
		{JA: []int{4}, EN: []int{6}},
		{JA: []int{5}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Align =\n%v\nwant\n%v", got, want)
	}
}

// TestAlignRandomRepair: random editions with the flags that drive local
// repair (sentences, date lines, furniture) keep the contract.
func TestAlignRandomRepair(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	random := func(n int) []Block {
		bs := make([]Block, n)
		for i := range bs {
			bs[i] = Block{Runes: r.IntN(80), Sentence: r.IntN(2) == 0, DateLine: r.IntN(8) == 0, Furniture: r.IntN(6) == 0}
			for range r.IntN(3) {
				bs[i].Keys = append(bs[i].Keys, uint32(r.IntN(12)))
			}
			bs[i].Keys = SortKeys(bs[i].Keys)
			if r.IntN(6) == 0 {
				bs[i].Path = fmt.Sprint(r.IntN(4))
			}
		}
		return bs
	}
	for range 500 {
		n, m := r.IntN(30), r.IntN(30)
		ja, en := random(n), random(m)
		got := Align(ja, en)
		checkPairs(t, got, n, m)
		for _, p := range got {
			furniture, text := 0, 0
			for _, i := range p.JA {
				furniture, text = furniture+b2i(ja[i].Furniture), text+b2i(!ja[i].Furniture)
			}
			for _, j := range p.EN {
				furniture, text = furniture+b2i(en[j].Furniture), text+b2i(!en[j].Furniture)
			}
			if furniture > 0 && text > 0 {
				t.Errorf("pair %v joins furniture and text", p)
			}
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
