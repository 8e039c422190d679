package textfacts

import (
	"reflect"
	"slices"
	"testing"
)

// TestSlabCopiesAreSeparate checks that copies cut from one block neither
// see each other's appends nor the scanner's later texts.
func TestSlabCopiesAreSeparate(t *testing.T) {
	var b slab[int]
	x := b.copyOf([]int{1, 2})
	y := b.copyOf([]int{3})
	_ = append(x, 99) // must not write into y
	if !slices.Equal(y, []int{3}) || cap(x) != 2 {
		t.Fatalf("y = %v, cap(x) = %d", y, cap(x))
	}
	if b.copyOf(nil) != nil {
		t.Fatal("an empty list must stay nil")
	}
	long := make([]int, slabLen/4+1)
	if z := b.copyOf(long); len(z) != len(long) || cap(z) != len(long) {
		t.Fatalf("long copy: len %d cap %d", len(z), cap(z))
	}
	for range slabLen { // fills the block and starts another
		b.copyOf([]int{7, 7})
	}
	if !slices.Equal(x, []int{1, 2}) || !slices.Equal(y, []int{3}) {
		t.Fatalf("earlier copies changed: %v %v", x, y)
	}
}

// TestExtractResultsIndependent extracts many texts in a row and checks
// that earlier results keep their facts.
func TestExtractResultsIndependent(t *testing.T) {
	ja, en := syntheticUnits(t)
	ctx := Context{Year: 2026, Month: 9, Day: 14}
	var got []Facts
	for k := range 200 {
		got = append(got, Extract(ja[k], JA, ctx), Extract(en[k], EN, ctx))
	}
	for k := range 200 {
		sameFacts(t, got[2*k], Extract(ja[k], JA, ctx))
		sameFacts(t, got[2*k+1], Extract(en[k], EN, ctx))
	}
}

func sameFacts(t *testing.T, got, want Facts) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("facts changed after later extractions:\n got %+v\nwant %+v", got, want)
	}
}
