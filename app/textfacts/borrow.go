package textfacts

import "unsafe"

// own copies the strings of f that lie in the scanner's normalisation
// buffer (the normalised text, when Normalize changed it) into one new
// block, since the next text overwrites the buffer. The pieces facts keep
// (6,000年, 令和8年9月14日, DFFT) are a fraction of the text, so the
// block is small where a copy of the whole text was not.
func (sc *scanner) own(f *Facts) {
	buf := sc.runs.buf
	if len(buf) == 0 {
		return
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	hi := lo + uintptr(len(buf))
	n := 0
	eachString(f, func(s *string) {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(*s))); len(*s) > 0 && p >= lo && p < hi {
			n += len(*s)
		}
	})
	if n == 0 {
		return
	}
	block, at := make([]byte, n), 0
	eachString(f, func(s *string) {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(*s))); len(*s) > 0 && p >= lo && p < hi {
			k := copy(block[at:], *s)
			// block is written once, here, before any string sees it.
			*s = unsafe.String(&block[at], k)
			at += k
		}
	})
}

// eachString calls fn with every string field of f, in one fixed order.
func eachString(f *Facts, fn func(*string)) {
	for k := range f.Numbers {
		n := &f.Numbers[k]
		fn(&n.Raw)
		fn(&n.Unit)
		fn(&n.Token)
		fn(&n.Currency)
	}
	for k := range f.Dates {
		fn(&f.Dates[k].Raw)
	}
	for k := range f.Times {
		fn(&f.Times[k].Raw)
	}
	for k := range f.URLs {
		fn(&f.URLs[k])
	}
	for k := range f.Latin {
		fn(&f.Latin[k])
	}
}
