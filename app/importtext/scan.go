package importtext

import (
	"encoding/binary"
	"unicode/utf8"

	"taiyaku/app/internal/swar"
)

// scanText reads an edition's bytes once for everything decode asks of
// valid UTF-8: whether it is valid, whether it holds a NUL, and how many
// control bytes it holds (controlBytes). Three passes (utf8.Valid,
// IndexByte and controlBytes) cost about twice as much on Japanese text:
// like runeCount, it steps over eight ASCII bytes or two well-formed
// Japanese characters at a time. When the text is not valid UTF-8 it
// stops there (valid false) and the other answers are not complete.
func scanText(data []byte) (valid bool, ctrl int, nul bool) {
	for i := 0; i < len(data); {
		if i+8 <= len(data) {
			x := binary.LittleEndian.Uint64(data[i:])
			if x&swar.Highs == 0 {
				if hasByteBelow0x20(x) {
					c, z := controlsAndNul(data[i : i+8])
					ctrl, nul = ctrl+c, nul || z
				}
				i += 8
				continue
			}
			if x&twoThreeByteMask == twoThreeByteConts && threeByteLead(byte(x)) && threeByteLead(byte(x>>24)) {
				i += 6 // two Japanese characters
				continue
			}
		}
		c := data[i]
		switch {
		case c < utf8.RuneSelf:
			if c < 0x20 {
				n, z := controlsAndNul(data[i : i+1])
				ctrl, nul = ctrl+n, nul || z
			}
			i++
		case threeByteLead(c) && i+2 < len(data) && data[i+1]&0xC0 == 0x80 && data[i+2]&0xC0 == 0x80:
			i += 3
		default:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return false, ctrl, nul
			}
			i += size
		}
	}
	return true, ctrl, nul
}

// controlsAndNul counts the control bytes of b (controlBytesSlow) and
// tells whether one of them is a NUL.
func controlsAndNul(b []byte) (int, bool) {
	n, nul := 0, false
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			n++
			nul = nul || c == 0
		}
	}
	return n, nul
}
