package textfacts

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestSlabCutsAreSeparate checks that slices cut from one block neither
// see each other's appends nor what is written into the block later.
func TestSlabCutsAreSeparate(t *testing.T) {
	var b slab[int]
	x := b.take(append(b.tail(4), 1, 2))
	y := b.take(append(b.tail(4), 3))
	_ = append(x, 99) // must not write into y
	if !slices.Equal(y, []int{3}) || cap(x) != 2 || cap(y) != 1 {
		t.Fatalf("y = %v, cap(x) = %d", y, cap(x))
	}
	if b.take(b.tail(4)) != nil {
		t.Fatal("an empty list must stay nil")
	}
	long := make([]int, slabLen+1) // outgrows the block
	if z := b.take(append(b.tail(4), long...)); len(z) != len(long) || cap(z) != len(long) {
		t.Fatalf("long list: len %d cap %d", len(z), cap(z))
	}
	for range slabLen { // fills the block and starts another
		b.take(append(b.tail(4), 7, 7))
	}
	if !slices.Equal(x, []int{1, 2}) || !slices.Equal(y, []int{3}) {
		t.Fatalf("earlier slices changed: %v %v", x, y)
	}
}

// TestExtractResultsIndependent extracts many texts in a row, short and
// long, normalised in the scanner's buffer or not, and checks that earlier results keep their facts.
func TestExtractResultsIndependent(t *testing.T) {
	ja, en := syntheticUnits(t)
	// Most Japanese texts are changed by Normalize, so their facts are
	// copied out of the scanner's buffer; the long one too (（２）).
	long := strings.Repeat("（２）　"+ja[3]+"\n", longText/len(ja[3])+1)
	ctx := Context{Year: 2026, Month: 9, Day: 14}
	var got []Facts
	for k := range 200 {
		got = append(got, Extract(ja[k], JA, ctx), Extract(en[k], EN, ctx), Extract(long, JA, ctx))
	}
	for k := range 200 {
		sameFacts(t, got[3*k], Extract(ja[k], JA, ctx))
		sameFacts(t, got[3*k+1], Extract(en[k], EN, ctx))
		sameFacts(t, got[3*k+2], Extract(long, JA, ctx))
	}
}

func sameFacts(t *testing.T, got, want Facts) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("facts changed after later extractions:\n got %+v\nwant %+v", got, want)
	}
}

// TestExtractConcurrent extracts from several goroutines at once, so that
// pooled scanners, their blocks and their normalisation buffers pass from
// one goroutine to another, and compares with one goroutine's results
// (run it with -race).
func TestExtractConcurrent(t *testing.T) {
	ja, en := syntheticUnits(t)
	ja, en = ja[:400], en[:400]
	ctx := Context{Year: 2026, Month: 9, Day: 14}
	want := make([]Facts, 0, 2*len(ja))
	for k := range ja {
		want = append(want, Extract(ja[k], JA, ctx), Extract(en[k], EN, ctx))
	}
	got := make([][]Facts, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() {
			for k := range ja {
				got[g] = append(got[g], Extract(ja[k], JA, ctx), Extract(en[k], EN, ctx))
			}
		})
	}
	wg.Wait()
	for g := range got {
		for k := range want {
			sameFacts(t, got[g][k], want[k])
		}
	}
}
