package textfacts

import (
	"math/bits"
	"slices"

	"taiyaku/app/internal/swar"
)

// latin collects the Latin-script tokens of a Japanese text: maximal runs of
// ASCII letters and digits joined by &, -, /, . or spaces ("Open RAN",
// "Beyond 5G/6G", "R&D"). A space joins two pieces only when both contain a
// letter, so "G7 2025年" gives "G7", not "G7 2025". Tokens without a letter
// and tokens inside URLs, e-mail addresses, dates and telephone numbers are
// left out: the English need not repeat them letter for letter.
func (sc *scanner) latin() {
	s := sc.full
	masks := sc.masks
	if len(sc.links) > 0 {
		masks = append(slices.Clip(masks), sc.links...)
		slices.SortFunc(masks, func(a, b span) int { return a.start - b.start })
	}
	from := 0
	sc.runs.at = 0 // the main scan has moved the runs' cursor to the end
	for _, m := range masks {
		sc.latinSegment(from, m.start)
		from = max(from, m.end)
	}
	sc.latinSegment(from, len(s))
}

// latinSegment collects the Latin tokens of s[from:to]. A token holds
// ASCII only and is kept only with a letter, so the search goes from
// letter to letter: the digits of the many numbers of a Japanese text,
// in runs of ASCII without a letter, give no token and are not parsed.
// The parse starts again at the start of the ASCII run that holds the
// letter (after a non-ASCII byte, where no token can be under way), so
// it reads the run as a parse from the segment's start would.
func (sc *scanner) latinSegment(from, to int) {
	s := sc.full
	for i := from; i < to; {
		l := sc.nextLetter(s, i, to)
		if l == to {
			return
		}
		p := l
		for p > i && s[p-1] < 0x80 {
			p--
		}
		i = sc.latinASCII(p, to)
	}
}

// nextLetter returns the first ASCII letter of s[i:to], or to. Runs of
// plain characters hold no ASCII: passed over at once.
func (sc *scanner) nextLetter(s string, i, to int) int {
	if i < to && isLetter(s[i]) {
		return i
	}
	return nextLetter8(s, min(sc.runs.end(i+1), to), to)
}

// latinASCII collects the Latin tokens of the ASCII run from p on, up to
// the first non-ASCII byte or to, and returns where it stopped.
func (sc *scanner) latinASCII(p, to int) int {
	s := sc.full
	i := p
	for i < to && s[i] < 0x80 {
		if !alnumByte[s[i]] {
			i++
			continue
		}
		end := latinRun(s, i, to)
		if hasLetter(s[i:end]) {
			if sc.f.Latin == nil {
				sc.f.Latin = openList(sc, &sc.out.latin, sc.scratch.Latin, 2+len(s)/64)
			}
			sc.f.Latin = append(sc.f.Latin, s[i:end])
		}
		i = end
	}
	return i
}

// latinRun returns the end of the Latin token starting at i, before limit.
func latinRun(s string, i, limit int) int {
	j := pieceEnd(s, i, limit)
	for {
		k := j
		for k < limit && s[k] == ' ' {
			k++
		}
		spaced := k > j
		if k < limit && (s[k] == '&' || s[k] == '-' || s[k] == '/' || s[k] == '.') {
			spaced = false
			k++
			for k < limit && s[k] == ' ' {
				k++
			}
		}
		if k == j || k >= limit || !isAlnum(s[k]) {
			return j
		}
		next := pieceEnd(s, k, limit)
		if spaced && !(hasLetter(s[i:j]) && hasLetter(s[k:next])) {
			return j
		}
		j = next
	}
}

func pieceEnd(s string, i, limit int) int {
	for i < limit && isAlnum(s[i]) {
		i++
	}
	return i
}

func hasLetter(t string) bool {
	for i := 0; i < len(t); i++ {
		if isLetter(t[i]) {
			return true
		}
	}
	return false
}

// alnumByte marks the ASCII letters and digits.
var alnumByte = func() (t [256]bool) {
	for c := range t {
		t[c] = isDigit(byte(c)) || isLetter(byte(c))
	}
	return t
}()

// nextLetter8 returns the first ASCII letter of s[i:to], or to. In
// Japanese text most bytes are not: eight of them are tested at once.
func nextLetter8(s string, i, to int) int {
	s = s[:to]
	for ; i+8 <= len(s); i += 8 {
		if m := letters8(swar.Load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && !isLetter(s[i]) {
		i++
	}
	return i
}

// alnums8 sets the high bit of each byte of w that is an ASCII letter or
// digit. The sums stay within their bytes because the high bits are
// cleared first; a byte with the high bit set is neither.
func alnums8(w uint64) uint64 {
	const high, low7 = 0x8080808080808080, 0x7F7F7F7F7F7F7F7F
	ascii := ^w & high
	y := w & low7
	digits := (y + 0x5050505050505050) &^ (y + 0x4646464646464646) // y >= '0' and not y >= ':'
	return (digits | letters8(w)) & ascii
}

// nonLetters8 sets the high bit of each byte of w that is not an ASCII
// letter: ^letters8(w) & swar.Highs in fewer operations.
func nonLetters8(w uint64) uint64 {
	l := (w | 0x2020202020202020) & 0x7F7F7F7F7F7F7F7F
	return (l + 0x0505050505050505 | w | ^(l + 0x1F1F1F1F1F1F1F1F)) & swar.Highs
}

// letters8 sets the high bit of each byte of w that is an ASCII letter.
func letters8(w uint64) uint64 {
	l := (w | 0x2020202020202020) & 0x7F7F7F7F7F7F7F7F
	letters := (l + 0x1F1F1F1F1F1F1F1F) &^ (l + 0x0505050505050505) // l >= 'a' and not l >= '{'
	return letters &^ w & swar.Highs                                // a byte with the high bit set is none
}
