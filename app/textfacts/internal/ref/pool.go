package ref

import "sync"

// Scanners are reused: the facts of a text grow one append at a time, and
// growing fresh slices for every text cost more allocations than the rest
// of the scan. A pooled scanner keeps its buffers; Extract hands out exact
// copies, so the Facts it returns share nothing with the pool.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// getScanner returns an empty scanner for text, which it normalises.
func getScanner(text string, lang Lang, ctx Context) *scanner {
	sc := scanners.Get().(*scanner)
	s := normalize(text, &sc.runs)
	sc.full, sc.s, sc.ctx, sc.ja, sc.letters, sc.used, sc.numAt = s, s, ctx, lang == JA, false, 0, -1
	return sc
}

// release returns the facts found, copied out of the scanner's buffers,
// and puts the scanner back into the pool.
func (sc *scanner) release() Facts {
	f := Facts{
		Numbers: sc.out.numbers.copyOf(sc.f.Numbers),
		Dates:   sc.out.dates.copyOf(sc.f.Dates),
		URLs:    sc.out.strings.copyOf(sc.f.URLs),
		Latin:   sc.out.strings.copyOf(sc.f.Latin),
		Times:   sc.out.times.copyOf(sc.f.Times),
	}
	// Clearing drops the pool's references to the text, which may be long.
	sc.f.Numbers = clearSlice(sc.f.Numbers)
	sc.f.Dates = clearSlice(sc.f.Dates)
	sc.f.URLs = clearSlice(sc.f.URLs)
	sc.f.Latin = clearSlice(sc.f.Latin)
	sc.f.Times = clearSlice(sc.f.Times)
	sc.links, sc.amounts, sc.masks = sc.links[:0], sc.amounts[:0], sc.masks[:0]
	sc.full, sc.s = "", ""
	scanners.Put(sc)
	return f
}

// exactCopy copies s into a new slice of its length; nil when empty, as
// when nothing was ever appended.
func exactCopy[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

func clearSlice[T any](s []T) []T {
	clear(s)
	return s[:0]
}

// slabs hold the blocks a scanner copies its facts into.
type slabs struct {
	numbers slab[Number]
	dates   slab[Date]
	strings slab[string]
	times   slab[Time]
}

// slabLen is the number of facts of one kind a block holds: those of
// some twenty texts. Most texts have two or three numbers and a date, and
// one allocation for each of their slices cost more than finding them.
const slabLen = 64

// slab hands out copies of slices from a shared block, each capped at its
// length, so that appending to one never writes into another. A block is
// freed when none of the Facts cut from it is in use any more.
type slab[T any] struct{ free []T }

// copyOf returns a copy of s, nil when s is empty.
func (b *slab[T]) copyOf(s []T) []T {
	if len(s) == 0 {
		return nil
	}
	if len(s) > cap(b.free)-len(b.free) {
		if len(s) > slabLen/4 {
			return exactCopy(s) // a long list would waste the block's rest
		}
		b.free = make([]T, 0, slabLen)
	}
	k := len(b.free)
	b.free = append(b.free, s...)
	return b.free[k:len(b.free):len(b.free)]
}
