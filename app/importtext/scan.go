package importtext

import (
	"math"
	"unicode/utf8"
	"unsafe"

	"taiyaku/app/internal/swar"
)

// scanText reads an edition's bytes once for everything decode asks of
// valid UTF-8: whether it is valid, whether it holds a NUL, and how many
// control bytes it holds (controlBytes). Three passes (utf8.Valid,
// IndexByte and controlBytes) cost about twice as much on Japanese text.
// When the text is not valid UTF-8 it stops there (valid false) and the
// other answers are not complete.
func scanText(data []byte) (valid bool, ctrl int, nul bool) {
	sc := scanLines(data, false)
	return sc.valid, sc.ctrl, sc.nul
}

// textScan is what scanLines reads of a text: scanText's answers and,
// when asked, where its lines end and how many characters stand before
// each end, which Split would otherwise find by reading the text twice
// more (the line ends, then each line's characters).
type textScan struct {
	valid bool
	ctrl  int  // control bytes (controlBytes)
	nul   bool // a NUL among them
	ends  []lineEnd
	runes int // characters in the whole text, when valid
}

// lineEnd is a byte that ends a line (LF or CR: a CR LF is two) and how
// many characters stand before it in the text: lines are told apart and
// counted from the ends alone (splitScanned).
type lineEnd struct{ at, before int32 }

// scanLines is scanText, noting the line ends too when lines is set and
// the text is below 2 GiB (a lineEnd holds no larger offset). Like
// runeCount, it steps over eight ASCII bytes or two well-formed Japanese
// characters at a time; a line end is a byte below 0x20, which only the
// steps over ASCII meet, and which they hand to controls.
func scanLines(data []byte, lines bool) (sc textScan) {
	if lines = lines && len(data) <= math.MaxInt32; lines {
		sc.ends = make([]lineEnd, 0, len(data)/64+1) // most lines are longer
	}
	s := unsafe.String(unsafe.SliceData(data), len(data)) // only read: one bounds check a load
	// n counts the characters before byte i; the loop over whole words
	// tests no end of the text but its own
	n, i := 0, 0
	for ; i+8 <= len(s); n++ {
		x := swar.Load8(s, i)
		if x&swar.Highs == 0 {
			if hasByteBelow0x20(x) {
				sc.controls(s[i:i+8], i, n, lines)
			}
			i += 8 // eight ASCII characters
			n += 7
			continue
		}
		if x&twoThreeByteMask == twoThreeByteConts && threeByteLead(byte(x)) && threeByteLead(byte(x>>24)) {
			i += 6 // two Japanese characters
			n++
			continue
		}
		switch c := byte(x); {
		case c < utf8.RuneSelf:
			if c < 0x20 {
				sc.controls(s[i:i+1], i, n, lines)
			}
			i++
		case threeByteLead(c) && byte(x>>8)&0xC0 == 0x80 && byte(x>>16)&0xC0 == 0x80:
			i += 3
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return sc
			}
			i += size
		}
	}
	for ; i < len(s); n++ { // the last bytes, fewer than eight
		var ok bool
		if i, ok = sc.char(s, i, n, lines); !ok {
			return sc
		}
	}
	sc.valid, sc.runes = true, n
	return sc
}

// char steps over the character at byte i of s, which stands after n
// characters, for scanLines; ok is false when it is not well-formed.
func (sc *textScan) char(s string, i, n int, lines bool) (next int, ok bool) {
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		if c < 0x20 {
			sc.controls(s[i:i+1], i, n, lines)
		}
		return i + 1, true
	case threeByteLead(c) && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		return i + 3, true
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return i + size, !(r == utf8.RuneError && size == 1)
}

// controls counts the control bytes of b, ASCII bytes that start at byte
// i of the text after n characters, and notes its line ends when lines is
// set.
func (sc *textScan) controls(b string, i, n int, lines bool) {
	for k := 0; k < len(b); k++ {
		c := b[k]
		switch {
		case c == '\n' || c == '\r':
			if lines {
				sc.ends = append(sc.ends, lineEnd{int32(i + k), int32(n + k)})
			}
		case c < 0x20 && c != '\t' && c != '\f':
			sc.ctrl++
			sc.nul = sc.nul || c == 0
		}
	}
}
