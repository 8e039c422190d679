package textfacts

import "taiyaku/app/internal/swar"

// plainRuns lists the runs of plain characters of a normalised text: whole
// three-byte characters that neither Normalize changes nor the scanner
// reacts to (reacts3), such as most kanji and kana. Normalize walks every
// character anyway; noting the runs there lets the main scan and the Latin
// pass step over them at once instead of walking them twice more.
//
// The list is a hint: a run must hold nothing but plain characters, but a
// plain character need not be in a run (short runs are not noted).
type plainRuns struct {
	spans []span // in text order, in the places of the normalised text
	at    int    // the first span that may still matter to the main scan
	// wide is false when the text is ASCII only, where the matchers that
	// look for 年, 月 or 日 after digits cannot match.
	wide bool
	// tabs is set when the text has a tab, which ends a stable run: the
	// ASCII of a text without one is passed by asciiOnlyEnd.
	tabs bool
	// buf holds the normalised text when quickFold changed it, and
	// borrowed says so: the text is then only good until the next one.
	buf      []byte
	borrowed bool
}

// minRun is the shortest run worth noting, in bytes: four characters.
// Shorter ones are walked faster than looked up.
const minRun = 12

func (p *plainRuns) reset() {
	if p != nil {
		p.spans, p.at, p.wide, p.borrowed = p.spans[:0], 0, false, false
	}
}

// unknown drops the runs of a text that Normalize changed by the full NFKC:
// their places are those of the text before.
func (p *plainRuns) unknown() {
	if p != nil {
		p.reset()
		p.wide = true
	}
}

// stableEnd is the function stableEnd, also noting the plain runs it
// passes, shifted by off (where the result puts s[i] minus i). A nil p
// notes nothing.
func (p *plainRuns) stableEnd(s string, i, off int) int {
	if p == nil {
		return stableEnd(s, i)
	}
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if c == '\t' {
				return i
			}
			if p.tabs {
				i = asciiEnd(s, i+1)
			} else {
				i = asciiOnlyEnd(s, i+1)
			}
			continue
		}
		p.wide = true
		if j := plainEnd(s, i); j > i {
			// A whole run, noted at once: what follows is not plain, so
			// it goes to the look below without another plainEnd.
			p.note(i, j, off)
			if i = j; i == len(s) || s[i] < 0x80 {
				continue
			}
			c = s[i]
		}
		if i+2 >= len(s) {
			break
		}
		t := s[i : i+3] // one bounds check for the three bytes
		b1, b2 := t[1], t[2]
		whole := c&0xF0 == 0xE0 && b1&0xC0 == 0x80 && b2&0xC0 == 0x80
		if !whole || !(c-0xE4 <= 0xE9-0xE4 || c == 0xE3 && e3Stable[b1&0x3F][b2&0x3F]) {
			break // not stable: the caller deals with it
		}
		i += 3 // a stable rune the scanner reacts to
	}
	return i
}

// plainEnd returns the end of the plain characters (plain3) from i on, in
// a loop of its own: most of a Japanese text is such runs, and this loop
// tests a character with one comparison and one look-up.
func plainEnd(s string, i int) int {
	// The rest of the text shrinks as the loop goes: its length proves
	// every index, so the loop has no bounds checks. Two characters a
	// round, in one load of eight bytes.
	t := s[i:]
	for len(t) >= 8 {
		x := swar.Load8(t, 0)
		// Two whole three-byte sequences: 1110xxxx 10xxxxxx 10xxxxxx.
		if x&0xC0C0F0C0C0F0 != 0x8080E08080E0 {
			// The second is not (ASCII follows, most often): the run
			// ends after the first or at it, decided here, not by the
			// loop below looking at the first again.
			if x&0xC0C0F0 == 0x8080E0 && plainChar(uint32(x)) {
				return len(s) - len(t) + 3
			}
			return len(s) - len(t)
		}
		// Both characters' indices into plainBits at once: the first's
		// in bits 0-9, the second's in bits 24-33.
		z := x>>4&(0x3F0<<24|0x3F0) | x&(0xF<<24|0xF)
		if plainBits[z&0x3FF]>>(x>>16&0x3F)&1 == 0 {
			return len(s) - len(t)
		}
		if plainBits[z>>24&0x3FF]>>(x>>40&0x3F)&1 == 0 {
			return len(s) - len(t) + 3
		}
		t = t[6:]
	}
	for ; len(t) >= 3; t = t[3:] {
		x := uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16
		if x&0xC0C0F0 != 0x8080E0 || !plainChar(x) {
			break
		}
	}
	return len(s) - len(t)
}

// plainChar reports whether the three bytes of x (the first in the low
// byte), a whole sequence, are a plain character (plain3).
func plainChar(x uint32) bool {
	return plainBits[x>>4&0x3F0|x&0x0F]>>(x>>16&0x3F)&1 != 0
}

// note adds the run [start, end) of s, if long enough, at its place in
// the result.
func (p *plainRuns) note(start, end, off int) {
	if end-start >= minRun {
		p.spans = append(p.spans, span{start + off, end + off})
	}
}

// end returns the end of the run that i is in, or i when it is in none.
// The main scan asks in text order, so the search goes on from the last
// answer.
func (p *plainRuns) end(i int) int {
	k := p.at
	for k < len(p.spans) && p.spans[k].end <= i {
		k++
	}
	p.at = k
	if k < len(p.spans) && p.spans[k].start <= i {
		return p.spans[k].end
	}
	return i
}

// plain3 marks the plain characters, stable and not reacted to, as reacts3
// marks those the scanner reacts to: bit b2&0x3F of plain3[c&0x0F][b1&0x3F]
// for the character c b1 b2 (c = E0..EF). One look-up a character decides
// both what Normalize and what the scanner need to know.
// It is a variable's initialiser, not an init function, so that it runs
// after those of e3Stable and reacts3, which it reads.
var plain3 = func() (t [16][64]uint64) {
	for c := 3; c <= 9; c++ { // U+3000..U+9FFF
		for b1 := range 64 {
			stable := ^uint64(0) // CJK ideographs, U+4000..U+9FFF
			if c == 3 {
				stable = 0
				for b2 := range 64 {
					if e3Stable[b1][b2] {
						stable |= 1 << b2
					}
				}
			}
			t[c][b1] = stable &^ reacts3[c][b1]
		}
	}
	return t
}()

// plainBits is plain3 indexed by the two first bytes as they lie in the
// low bits of a load: (b1&0x3F)<<4 | c&0x0F, in 8 KB. The sixteen
// entries of one b1 are neighbours, so the characters of U+3000..U+9FFF
// (c = 3..9) use two cache lines for each b1, spread over every set of
// the cache. (Indexing by x&0x3F0F, one operation fewer, put the entries
// of one c 2 KB apart: all of them fell into four sets of the L1 cache,
// which then missed on most characters of a Japanese text.)
var plainBits [1 << 10]uint64

func init() {
	for c := range 16 {
		for b1 := range 64 {
			plainBits[c|b1<<4] = plain3[c][b1]
		}
	}
}
