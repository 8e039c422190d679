package ref

// firstChars is a filter of the first characters of a list of words, so
// that a look for any of them at a place of the text usually ends after
// one test of the character there instead of one comparison for each word.
// ASCII characters are kept exactly; a character of three UTF-8 bytes by
// its last two bytes' low bits, so another character may pass too (the
// word loop then decides). may never answers false for a word's start.
type firstChars struct {
	ascii [2]uint64
	wide  [64]uint64 // bit b2&0x3F of wide[b1&0x3F] for the character c b1 b2
}

func newFirstChars(words ...string) *firstChars {
	f := new(firstChars)
	for _, w := range words {
		switch c := w[0]; {
		case c < 0x80:
			f.ascii[c>>6] |= 1 << (c & 63)
		case c&0xF0 == 0xE0 && len(w) >= 3:
			f.wide[w[1]&0x3F] |= 1 << (w[2] & 0x3F)
		default:
			panic("firstChars: a word starts with a character of two or four bytes: " + w)
		}
	}
	return f
}

// may reports whether a word of the list may start at s[k] (k < len(s)).
func (f *firstChars) may(s string, k int) bool {
	c := s[k]
	if c < 0x80 {
		return f.ascii[c>>6]>>(c&63)&1 != 0
	}
	if c&0xF0 != 0xE0 || k+2 >= len(s) {
		return false // no word starts with a character of two or four bytes
	}
	return f.wide[s[k+1]&0x3F]>>(s[k+2]&0x3F)&1 != 0
}
