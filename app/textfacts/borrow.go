package textfacts

import "unsafe"

// own copies the strings of f that lie in the scanner's normalisation
// buffer (the normalised text, when Normalize changed it) into a piece of
// a shared block, since the next text overwrites the buffer. The pieces
// facts keep (6,000年, 令和8年9月14日, DFFT) are a fraction of the text,
// where a string of its own for every changed text held all of it.
func (sc *scanner) own(f *Facts) {
	buf := sc.runs.buf
	if len(buf) == 0 {
		return
	}
	b := borrowed{lo: uintptr(unsafe.Pointer(unsafe.SliceData(buf))), to: &sc.out.bytes}
	b.hi = b.lo + uintptr(len(buf))
	b.each(f)
}

// borrowed copies the strings that lie in [lo, hi) into pieces cut from to.
type borrowed struct {
	lo, hi uintptr
	to     *byteSlab
}

func (b *borrowed) each(f *Facts) {
	for k := range f.Numbers {
		n := &f.Numbers[k]
		b.fix(&n.Raw)
		b.fix(&n.Token)
	}
	for k := range f.Dates {
		b.fix(&f.Dates[k].Raw)
	}
	for k := range f.Times {
		b.fix(&f.Times[k].Raw)
	}
	for k := range f.URLs {
		b.fix(&f.URLs[k])
	}
	for k := range f.Latin {
		b.fix(&f.Latin[k])
	}
}

func (b *borrowed) fix(s *string) {
	p := uintptr(unsafe.Pointer(unsafe.StringData(*s)))
	if len(*s) == 0 || p < b.lo || p >= b.hi {
		return
	}
	piece := b.to.cut(len(*s))
	copy(piece, *s)
	// piece is written once, here, before any string sees its bytes.
	*s = unsafe.String(&piece[0], len(piece))
}

// byteSlab hands out pieces of shared blocks of bytes, each written once
// by own before any string sees it: one allocation for the kept strings
// of a hundred texts, not one a text.
type byteSlab struct{ free []byte }

// byteBlock is the size of a block of kept strings.
const byteBlock = 4096

// cut returns the next n bytes of the block (a new block when they do not
// fit; a long piece gets one of its own).
func (b *byteSlab) cut(n int) []byte {
	if n > byteBlock/4 {
		return make([]byte, n)
	}
	if len(b.free) < n {
		b.free = make([]byte, byteBlock)
	}
	p := b.free[:n:n]
	b.free = b.free[n:]
	return p
}
