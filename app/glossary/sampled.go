package glossary

import "unicode/utf8"

// The sampled search: every term is at least minLen bytes long, so a
// term found anywhere holds, at some offset below stride, the four bytes
// at a multiple of stride from where the search starts. EachTerm looks
// at one four-byte window every stride bytes (six for the starter
// glossary, whose shortest terms are three kanji), and reads the text
// closely only where a window's hash is one of the terms' windows: most
// of a Japanese line is read at two windows a character less.

// window is the number of bytes hashed at each sample.
const window = 4

// minSampledLen is the shortest term the sampled search takes: shorter
// terms would leave too short a stride to gain over the step by step
// search (skip).
const minSampledLen = 8

// sampleBits is log2 of the number of bits in the windows' set.
const sampleBits = 14

// sampler is the set of the terms' windows, built by index, and the set
// of the terms' first six bytes, which settles most candidate starts
// without decoding a character or looking a map up.
type sampler struct {
	stride int // 0: the glossary is searched step by step
	minLen int
	set    [1 << sampleBits / 64]uint64
	heads  [1 << sampleBits / 64]uint64
}

// headMask keeps the first six bytes of an eight-byte load.
const headMask = 1<<48 - 1

// headHash is the index in heads of the first six bytes of w.
func headHash(w uint64) uint64 { return (w & headMask) * 0x9E3779B97F4A7C15 >> (64 - sampleBits) }

// load8 reads s[i:i+8] little-endian (the compiler makes it one load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load4 reads s[i:i+4] little-endian (the compiler makes it one load).
func load4(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// windowHash is the index in the set of the window w.
func windowHash(w uint32) uint32 { return w * 0x9E3779B1 >> (32 - sampleBits) }

// build fills the set with every term's windows at the offsets below the
// stride, when every term is valid UTF-8 and minSampledLen bytes or more
// (a term starting with a continuation byte would be found inside a
// character, where the step by step search never looks).
func (sm *sampler) build(terms []Term) {
	minLen := -1
	for _, t := range terms {
		if !utf8.ValidString(t.JA) {
			return
		}
		if minLen < 0 || len(t.JA) < minLen {
			minLen = len(t.JA)
		}
	}
	if minLen < minSampledLen {
		return
	}
	sm.stride, sm.minLen = minLen-window+1, minLen
	for _, t := range terms {
		h := headHash(load8(t.JA, 0))
		sm.heads[h/64] |= 1 << (h % 64)
		for off := range sm.stride {
			h := windowHash(load4(t.JA, off))
			sm.set[h/64] |= 1 << (h % 64)
		}
	}
}

// next is the first index from i where a term starts and that term (the
// longest there), or -1 and -1. Windows are sampled at i, i+stride, …:
// the candidates of a window at q are the starts q-stride+1 … q (not
// before i), tried in order, so the first term found is the leftmost.
// A term that starts at p with p+minLen ≤ len(ja) has one sample in
// p … p+stride-1, and that sample's window lies inside the term.
func (g *Glossary) next(ja string, i int) (int, int) {
	sm := &g.sample
	for q := i; q+window <= len(ja); q += sm.stride {
		h := windowHash(load4(ja, q))
		if sm.set[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for p := max(i, q-sm.stride+1); p <= q; p++ {
			if k := g.startAt(ja, p); k >= 0 {
				return p, k
			}
		}
	}
	return -1, -1
}

// startAt is the longest term that starts at ja[p], or -1. A term is
// minLen bytes or more, so the text has eight bytes from p when one
// starts there.
func (g *Glossary) startAt(ja string, p int) int {
	if p+g.sample.minLen > len(ja) {
		return -1
	}
	if h := headHash(load8(ja, p)); g.sample.heads[h/64]&(1<<(h%64)) == 0 {
		return -1 // no term starts with these six bytes
	}
	if r, ok := threeByteRune(ja, p); ok {
		return g.termAt(ja[p:], r)
	}
	r, _ := utf8.DecodeRuneInString(ja[p:])
	return g.termAt(ja[p:], r)
}

// eachSampled is EachTerm by the sampled search.
func (g *Glossary) eachSampled(ja string, f func(k int)) {
	for i := 0; ; {
		p, k := g.next(ja, i)
		if p < 0 {
			return
		}
		if !insideCompound(g.Terms[k].JA, ja[p+len(g.Terms[k].JA):]) {
			f(k)
		}
		i = p + len(g.Terms[k].JA)
	}
}
