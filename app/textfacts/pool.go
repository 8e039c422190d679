package textfacts

import "sync"

// Scanners are reused: the facts of a text grow one append at a time, and
// growing fresh slices for every text cost more allocations than the rest
// of the scan. A pooled scanner keeps its blocks; the Facts it returns are
// capped at their lengths and share nothing with later texts.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// getScanner returns an empty scanner for text, which it normalises, with
// its lists of facts open.
func getScanner(text string, lang Lang, ctx Context) *scanner {
	sc := scanners.Get().(*scanner)
	s := normalize(text, &sc.runs)
	sc.full, sc.s, sc.ctx, sc.ja, sc.letters, sc.used, sc.numAt = s, s, ctx, lang == JA, false, 0, -1
	sc.open(len(s))
	return sc
}

// longText is the length in bytes from which a text's facts are gathered
// in the scanner's own lists and copied out exactly: a whole document may
// hold thousands of facts, more than a block.
const longText = 1024

// maxBuf is the largest normalisation buffer a pooled scanner keeps.
const maxBuf = 64 << 10

// open points the scanner's lists of numbers and dates at the free ends
// of its blocks, so that the facts of a short text are written once,
// where the caller gets them, and release only caps them. A long text's
// go to the scanner's own lists, which keep their arrays from text to
// text. The lists of URLs, Latin tokens and times, which most texts do
// not have, stay nil until their first fact (openList).
func (sc *scanner) open(n int) {
	// Field by field: a Facts literal is built aside and copied, which
	// stalls on store forwarding.
	if n >= longText {
		sc.f.Numbers, sc.f.Dates = sc.scratch.Numbers, sc.scratch.Dates
		sc.long = true
		return
	}
	// Room for the facts of most texts of n bytes; a text with more
	// grows its list out of the block (take copes).
	want := 2 + n/64
	sc.f.Numbers = sc.out.numbers.tail(want)
	sc.f.Dates = sc.out.dates.tail(want)
	sc.long = false
}

// openList is open for a list that stays nil until its first fact: the
// scanner's own list for a long text, else the free end of its block.
func openList[T any](sc *scanner, b *slab[T], scratch []T, want int) []T {
	if sc.long {
		return scratch
	}
	return b.tail(want)
}

// release writes the facts found into f and puts the scanner back into
// the pool.
func (sc *scanner) release(f *Facts) {
	if sc.long {
		f.Numbers = exactCopy(sc.f.Numbers)
		f.Dates = exactCopy(sc.f.Dates)
		f.URLs = exactCopy(sc.f.URLs)
		f.Latin = exactCopy(sc.f.Latin)
		f.Times = exactCopy(sc.f.Times)
		// Clearing drops the pool's references to the text, which may be long.
		sc.scratch.Numbers = clearSlice(sc.f.Numbers)
		sc.scratch.Dates = clearSlice(sc.f.Dates)
		// The lists opened only at a first fact keep their arrays when
		// this text had none.
		if sc.f.URLs != nil {
			sc.scratch.URLs = clearSlice(sc.f.URLs)
		}
		if sc.f.Latin != nil {
			sc.scratch.Latin = clearSlice(sc.f.Latin)
		}
		if sc.f.Times != nil {
			sc.scratch.Times = clearSlice(sc.f.Times)
		}
	} else {
		f.Numbers = sc.out.numbers.take(sc.f.Numbers)
		f.Dates = sc.out.dates.take(sc.f.Dates)
		f.URLs = sc.out.urls.take(sc.f.URLs)
		f.Latin = sc.out.latin.take(sc.f.Latin)
		f.Times = sc.out.times.take(sc.f.Times)
	}
	if sc.runs.borrowed {
		sc.own(f)
	}
	if cap(sc.runs.buf) > maxBuf {
		sc.runs.buf = nil // a whole document's: not worth keeping
	}
	sc.f.Numbers, sc.f.Dates, sc.f.URLs, sc.f.Latin, sc.f.Times = nil, nil, nil, nil, nil
	sc.links, sc.amounts, sc.masks = sc.links[:0], sc.amounts[:0], sc.masks[:0]
	sc.full, sc.s = "", ""
	scanners.Put(sc)
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

// slabs hold the blocks the facts of short texts are written into.
type slabs struct {
	numbers slab[Number]
	dates   slab[Date]
	urls    slab[string]
	latin   slab[string]
	times   slab[Time]
	bytes   byteSlab // the strings own copies out of the normalisation buffer
}

// slabLen is the number of facts of one kind a block holds: those of
// some hundred texts. Most texts have two or three numbers and a date, and
// one allocation for each of their slices cost more than finding them.
const slabLen = 256

// slab hands out slices of a shared block, each capped at its length, so
// that appending to one never writes into another. A block is freed when
// none of the Facts cut from it is in use any more.
type slab[T any] struct{ free []T }

// tail returns an empty slice at the free end of the block, with room for
// at least want elements (a new block when the old one has less).
func (b *slab[T]) tail(want int) []T {
	if cap(b.free)-len(b.free) < want {
		b.free = make([]T, 0, max(slabLen, want))
	}
	return b.free[len(b.free):len(b.free)]
}

// take hands out s, which grew from tail: the block's next elements, now
// taken, or an array of its own when appends outgrew the block's room.
// It returns nil when s is empty.
func (b *slab[T]) take(s []T) []T {
	if len(s) == 0 {
		return nil
	}
	if k := len(b.free); cap(b.free) > k && &b.free[k:cap(b.free)][0] == &s[0] {
		b.free = b.free[:k+len(s)]
	}
	return s[:len(s):len(s)]
}
