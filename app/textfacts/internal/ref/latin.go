package ref

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

// latinSegment collects the Latin tokens of s[from:to].
func (sc *scanner) latinSegment(from, to int) {
	s := sc.full
	for i := from; i < to; {
		if !alnumByte[s[i]] {
			// Runs of plain characters hold no ASCII: passed over at once.
			i = nextAlnum(s, min(sc.runs.end(i+1), to), to)
			continue
		}
		end := latinRun(s, i, to)
		if hasLetter(s[i:end]) {
			sc.f.Latin = append(sc.f.Latin, s[i:end])
		}
		i = end
	}
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

// nextAlnum returns the first ASCII letter or digit of s[i:to], or to. In
// Japanese text most bytes are not: eight of them are tested at once.
func nextAlnum(s string, i, to int) int {
	s = s[:to]
	for ; i+8 <= len(s); i += 8 {
		if m := alnums8(load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && !alnumByte[s[i]] {
		i++
	}
	return i
}

// load8 reads the eight bytes from i on, the first in the low byte: one
// load after one bounds check (swar.Load8 slices first; `_ = s[i+7]` left
// a check for each byte, since i+7 in range does not prove i+1 in range).
func load8(s string, i int) uint64 { return swar.Load8(s, i) }

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

// high8 is the high bit of each of eight bytes.
const high8 = 0x8080808080808080

// letters8 sets the high bit of each byte of w that is an ASCII letter.
func letters8(w uint64) uint64 {
	l := (w | 0x2020202020202020) & 0x7F7F7F7F7F7F7F7F
	letters := (l + 0x1F1F1F1F1F1F1F1F) &^ (l + 0x0505050505050505) // l >= 'a' and not l >= '{'
	return letters &^ w & high8                                     // a byte with the high bit set is none
}
