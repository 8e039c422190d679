package importtext

import (
	"math/bits"

	"taiyaku/app/internal/swar"
)

// countCommon counts the characters of s eight bytes a round, without a
// branch on their kind, when s is well-formed text of the common
// characters only: ASCII, two-byte ones (C2–DF), and three-byte ones led
// by E1–EC or EE–EF (kana, kanji, punctuation), which take any
// continuation bytes. Then every continuation byte stands exactly where a
// lead byte asks for one, and the count is the bytes that continue none.
// ok is false for anything else (E0, ED and four-byte leads, stray or
// missing continuation bytes), which runeCount counts one by one.
func countCommon(s string) (n int, ok bool) {
	var want uint64 // the continuation bytes the last word's leads ask of this one
	conts, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load8(s, i)
		if x&swar.Highs == 0 && want == 0 {
			continue // eight ASCII bytes, none of them asked to continue a character
		}
		// commonWord written out: it does not inline, and a call a word
		// costs a fifth of the count
		c := x &^ (x << 1) & swar.Highs
		two := swar.Between(x^swar.Ones*0xC0, 1, 0x20)
		y := x ^ swar.Ones*0xE0
		three := swar.Between(y, 0, 0x10) &^ swar.Between(y, 0x0C, 0x0E)
		leads := two | three
		if x&swar.Highs != c|leads || want|leads<<8|three<<16 != c {
			return 0, false
		}
		conts, want = conts+bits.OnesCount64(c), leads>>56|three>>48
	}
	if i < len(s) {
		x := uint64(0) // the tail, padded with NULs: ASCII, which continues nothing
		for k := len(s) - 1; k >= i; k-- {
			x = x<<8 | uint64(s[k])
		}
		c, next, ok := commonWord(x, want)
		if !ok {
			return 0, false
		}
		conts, want = conts+c, next
	}
	return len(s) - conts, want == 0 // a character cut off at the end is no common one
}

// commonWord counts the continuation bytes of x (10xxxxxx) and marks
// those its lead bytes ask of the next word; ok when x holds no byte
// outside the common kinds and its continuation bytes stand exactly where
// asked, by the last word (want) and by its own leads. The loop of
// countCommon repeats it inline.
func commonWord(x, want uint64) (conts int, next uint64, ok bool) {
	c := x &^ (x << 1) & swar.Highs
	two := swar.Between(x^swar.Ones*0xC0, 1, 0x20) // C2–DF become 02–1F; Between looks only below 0x80
	y := x ^ swar.Ones*0xE0                        // E0–EF become 00–0F
	three := swar.Between(y, 0, 0x10) &^ swar.Between(y, 0x0C, 0x0E)
	leads := two | three
	ok = x&swar.Highs == c|leads && want|leads<<8|three<<16 == c
	return bits.OnesCount64(c), leads>>56 | three>>48, ok
}

// continuations counts the continuation bytes of s (10xxxxxx), as
// swar.Continuations does, without a population count a word: each word's
// marks, shifted down to one bit a byte, are added into eight byte-wide
// counters, summed every 63 rounds of four words (before any counter can
// overflow) and at the end. Four words a round share one bounds check and
// one copy of the mask (one word a round took eighteen instructions).
func continuations(s string) int {
	n, i := 0, 0
	for i+32 <= len(s) {
		var acc uint64
		for end := min(len(s), i+32*63); i+32 <= end; i += 32 {
			w := s[i : i+32]
			acc += contMarks(swar.Load8(w, 0)) + contMarks(swar.Load8(w, 8)) +
				contMarks(swar.Load8(w, 16)) + contMarks(swar.Load8(w, 24))
		}
		n += byteSum(acc)
	}
	var acc uint64
	for ; i+8 <= len(s); i += 8 {
		acc += contMarks(swar.Load8(s, i))
	}
	n += byteSum(acc)
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n++
		}
	}
	return n
}

// contMarks is 1 in each byte of x that is a continuation byte, else 0.
func contMarks(x uint64) uint64 { return (x &^ (x << 1) & swar.Highs) >> 7 }

// byteSum adds the eight bytes of x: pairs into 16-bit lanes first, whose
// sums (at most 510) the multiply then adds into the top lane.
func byteSum(x uint64) int {
	const lanes = 0x00FF_00FF_00FF_00FF
	x = x&lanes + x>>8&lanes
	return int(x * 0x0001_0001_0001_0001 >> 48)
}
