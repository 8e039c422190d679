package textfacts

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"

	"taiyaku/app/internal/swar"
)

// Normalize folds width and compatibility forms (NFKC: ２０２５ → 2025, （ → (,
// ＠ → @, U+00A0/U+3000/thin spaces → space, ～ → ~), then maps what NFKC
// leaves alone: the remaining Unicode spaces and tabs become ASCII space,
// the wave dash 〜 and similar tildes become '~', hyphens and range dashes
// (‐ ‒ – — ― −) become '-', and zero-width spaces and BOMs are dropped.
// Line breaks are kept. Normalize is idempotent and returns s itself (no
// allocation) when nothing changes, which is the common case for English.
func Normalize(s string) string {
	return normalize(s, nil)
}

// normalize is Normalize, also noting in runs (when not nil) where the
// result has runs of plain Japanese characters, which the scanner then
// passes over without looking at them again.
func normalize(s string, runs *plainRuns) string {
	runs.reset()
	if runs != nil {
		// One look for a tab (32 bytes a round) spares the ASCII runs
		// their tab test (asciiOnlyEnd): most texts have none.
		runs.tabs = strings.IndexByte(s, '\t') >= 0
	}
	for i := runs.stableEnd(s, 0, 0); i < len(s); i = runs.stableEnd(s, i, 0) {
		if s[i] == '\t' {
			return quickFold(s, i, runs)
		}
		r, size := decodeRune(s, i)
		switch _, k := quickClass(r); k {
		case qMapped, qCircled:
			return quickFold(s, i, runs)
		case qOther:
			runs.unknown()
			return slowNormalize(s)
		}
		i += size
	}
	return s
}

// stableEnd returns the end of the run of s from i on that Normalize
// surely leaves alone, judged by bytes without decoding runes: ASCII but
// the tab, CJK ideographs (U+4000..U+9FFF, which NFKC leaves alone) and the
// runes of U+3000..U+3FFF that quickClass calls stable (kana, 、。「」).
// It stops at anything else, such as a Latin-1 letter, which the caller
// then sorts with quickClass.
func stableEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\t' {
				return i
			}
			i = asciiEnd(s, i+1)
			continue
		}
		if i+2 >= len(s) {
			return i
		}
		t := s[i : i+3] // one bounds check for the three bytes
		b1, b2 := t[1], t[2]
		if c-0xE4 <= 0xE9-0xE4 && b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			i += 3 // a CJK ideograph, U+4000..U+9FFF
			continue
		}
		if c != 0xE3 || b1&0xC0 != 0x80 || b2&0xC0 != 0x80 || !e3Stable[b1&0x3F][b2&0x3F] {
			return i
		}
		i += 3 // kana or CJK punctuation
	}
	return i
}

// asciiEnd skips ASCII bytes other than the tab from i on, eight at a time
// where it can: English text is nearly all ASCII.
func asciiEnd(s string, i int) int {
	const high, ones, tabs = 0x8080808080808080, 0x0101010101010101, 0x0909090909090909
	// The lowest byte marked is exact (the borrows of the tab test only
	// ever mark bytes above a tab): the first not ASCII or a tab.
	mark := func(w uint64) uint64 {
		t := w ^ tabs // a zero byte where w has a tab
		return (w | (t-ones)&^t) & high
	}
	for t := s[min(i, len(s)):]; len(t) >= 16; t = t[16:] { // sixteen bytes a round in English text
		if mark(swar.Load8(t, 0))|mark(swar.Load8(t, 8)) != 0 {
			break
		}
		i += 16
	}
	for ; i+8 <= len(s); i += 8 {
		if m := mark(swar.Load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf && s[i] != '\t' {
		i++
	}
	return i
}

// asciiOnlyEnd is asciiEnd for a text without a tab: the end of the ASCII
// bytes from i on, 32 or 16 at a time with one test for the high bits.
func asciiOnlyEnd(s string, i int) int {
	const high = 0x8080808080808080
	// Sixteen bytes first: the short ASCII runs of Japanese text (the
	// digits of a number) end in them, and go to the eight-byte look.
	if t := s[min(i, len(s)):]; len(t) >= 16 && (swar.Load8(t, 0)|swar.Load8(t, 8))&high == 0 {
		for i, t = i+16, t[16:]; len(t) >= 32; t = t[32:] {
			if (swar.Load8(t, 0)|swar.Load8(t, 8)|swar.Load8(t, 16)|swar.Load8(t, 24))&high != 0 {
				break
			}
			i += 32
		}
		for ; len(t) >= 16; t = t[16:] {
			if (swar.Load8(t, 0)|swar.Load8(t, 8))&high != 0 {
				break
			}
			i += 16
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if m := swar.Load8(s, i) & high; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// e3Stable marks the runes U+3000..U+3FFF (UTF-8 E3 xx yy, indexed by the
// low six bits of xx and yy) that quickClass calls stable.
var e3Stable = func() (t [64][64]bool) {
	for hi := range 64 {
		for lo := range 64 {
			_, k := quickClass(rune(0x3000 | hi<<6 | lo))
			t[hi][lo] = k == qStable
		}
	}
	return t
}()

// quickClass sorts a non-ASCII rune for the fast path, which avoids the
// cost of NFKC for the characters of ordinary Japanese and English text.
type quickKind uint8

const (
	qStable  quickKind = iota // NFKC leaves it alone and fold does too
	qMapped                   // quickClass returns its replacement (-1: drop)
	qCircled                  // ① … ⑳: quickClass returns the number, NFKC writes it in digits
	qOther                    // anything else: run the full NFKC
)

func quickClass(r rune) (rune, quickKind) {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII, first: stableEnd has passed most others
		return r - 0xFEE0, qMapped
	case r >= 0x3400 && r <= 0x9FFF, // CJK ideographs (extension A, unified)
		r >= 0x3041 && r <= 0x3096, r == 0x309D, r == 0x309E, // hiragana
		r >= 0x30A1 && r <= 0x30FE, // katakana, ・ ー ヽ ヾ
		r >= 0x3001 && r <= 0x301B, // 、。〃々〆〇〈〉《》「」『』【】〒〓〔〕〖〗〘〙〚〛
		r >= 0x301D && r <= 0x301F,
		r >= 0x00C0 && r <= 0x00FF,              // Latin-1 letters, × ÷
		r >= 0x2018 && r <= 0x2022, r == 0x203B, // quotes, † ‡ •, ※
		r >= 0x25A0 && r <= 0x25FF: // □ ■ ○ ● ◎ △ ▲
		return r, qStable
	case r >= 0x2460 && r <= 0x2473: // ① … ⑳, list markers of Japanese releases
		return r - 0x245F, qCircled
	case r == 0x3000, r == 0x00A0, r >= 0x2000 && r <= 0x200A, r == 0x202F, r == 0x205F:
		return ' ', qMapped
	}
	if m, changed := fold(r); changed {
		return m, qMapped
	}
	return r, qOther
}

// quickFold copies s applying quickClass from byte offset i on; it falls
// back to the full NFKC when it meets a rune outside the quick classes.
//
// With runs, the result is written into runs.buf, which the next text
// overwrites: the scanner copies out the few pieces of it its facts keep
// (runs.borrowed tells it to), where a string of its own for every text
// that changes (most Japanese texts, with their （１） and full-width
// spaces) cost some 200 bytes of garbage a text.
func quickFold(s string, i int, runs *plainRuns) string {
	var b []byte
	if runs != nil && cap(runs.buf) >= len(s) {
		b = runs.buf[:0]
	} else {
		// Every mapping shortens or keeps a character: len(s) is room
		// enough, so the result never moves.
		b = make([]byte, 0, len(s))
	}
	b = append(b, s[:i]...)
	for i < len(s) {
		j := runs.stableEnd(s, i, len(b)-i)
		b = append(b, s[i:j]...) // a run that needs no change, copied at once
		if i = j; i == len(s) {
			break
		}
		if s[i] == '\t' {
			b = append(b, ' ')
			i++
			continue
		}
		if c, ok := foldsToASCII(s, i); ok {
			b = append(b, c) // what quickClass maps these to, without decoding
			i += 3
			continue
		}
		r, size := decodeRune(s, i)
		m, k := quickClass(r)
		switch k {
		case qOther:
			runs.unknown()
			return slowNormalize(s)
		case qMapped:
			if m >= 0 {
				b = utf8.AppendRune(b, m)
			}
		case qCircled:
			b = appendSmall(b, int(m))
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	if len(b) == 0 {
		return ""
	}
	if runs != nil {
		runs.buf, runs.borrowed = b, true
	}
	// b is never written again but through runs.buf, by the next text of
	// the scanner that has copied out what it keeps of this one.
	return unsafe.String(&b[0], len(b))
}

// foldsToASCII recognises by their bytes the runes Japanese text maps most:
// full-width ASCII (U+FF01..U+FF5E, EF BC 81..EF BD 9E: digits, （）, ．) and
// the ideographic space U+3000 (E3 80 80). It returns their ASCII form.
func foldsToASCII(s string, i int) (byte, bool) {
	if i+2 >= len(s) {
		return 0, false
	}
	t := s[i : i+3] // one bounds check for the three bytes
	switch c, b1, b2 := t[0], t[1], t[2]; {
	case c == 0xEF && b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF:
		return b2 - 0x60, true // U+FF01..U+FF3F → 0x21..0x5F
	case c == 0xEF && b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E:
		return b2 - 0x20, true // U+FF40..U+FF5E → 0x60..0x7E
	case c == 0xE3 && b1 == 0x80 && b2 == 0x80:
		return ' ', true
	}
	return 0, false
}

// appendSmall appends n (0..99) in ASCII digits.
func appendSmall(b []byte, n int) []byte {
	if n >= 10 {
		b = append(b, byte('0'+n/10))
	}
	return append(b, byte('0'+n%10))
}

// slowNormalize is the definition of Normalize: NFKC, then fold.
func slowNormalize(s string) string {
	t := norm.NFKC.String(s)
	for j := 0; j < len(t); {
		c := t[j]
		if c < utf8.RuneSelf {
			if c == '\t' {
				return foldFrom(t, j)
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[j:])
		if _, changed := fold(r); changed {
			return foldFrom(t, j)
		}
		j += size
	}
	return t
}

// fold maps one rune that survives NFKC; the replacement -1 means "drop".
func fold(r rune) (rune, bool) {
	switch r {
	case '\t':
		return ' ', true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2E3A', '\u2E3B':
		return '-', true
	case '\u301C', '\u3030', '\u223C', '\u2053':
		return '~', true
	case '\u200B', '\u2060', '\uFEFF':
		return -1, true
	}
	if r >= 0x80 && unicode.Is(unicode.Zs, r) {
		return ' ', true
	}
	return r, false
}

// foldFrom copies t, applying fold from byte offset j on (t[:j] needs none).
// Dropping a zero-width character can bring a base letter and a combining
// mark together, so the result is composed again when anything was dropped.
func foldFrom(t string, j int) string {
	var b strings.Builder
	b.Grow(len(t))
	b.WriteString(t[:j])
	dropped := false
	for j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		if m, changed := fold(r); changed {
			if m >= 0 {
				b.WriteRune(m)
			} else {
				dropped = true
			}
		} else {
			b.WriteString(t[j : j+size]) // keeps invalid bytes as they are
		}
		j += size
	}
	if dropped {
		return norm.NFKC.String(b.String())
	}
	return b.String()
}

// RunesAtMost reports whether s has at most n characters, counting no
// further than needed: length tests on long texts stay cheap.
func RunesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	count := 0
	for range s {
		if count++; count > n {
			return false
		}
	}
	return true
}
