package sample

import "strings"

// style is a numbering style of one outline level, in the customary order
// of Japanese official documents (第１ → １ → （１） → ア → ①).
type style int

const (
	stPart    style = iota // 第１ / Part 1
	stNum                  // １． / 1.
	stParen                // （１） / (1)
	stKana                 // ア / (a)
	stCircled              // ① / (i)
)

// Lists under ア and ① stay short: gojūon and circled numbers run out, and
// past (h) an English "(i)" would read as a roman numeral.
const maxListItems = 6

var gojuon = []rune("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ")

// Ways to write a "1." label in Japanese ("１．" or "１　"), chosen once per
// document; "．" is listed twice because it is the commoner.
var numSeps = []string{"．", "　", "．"}

// wideDigits writes n with full-width digits (１２).
func wideDigits(n int) string {
	var b strings.Builder
	for _, c := range itoa(n) {
		b.WriteRune(c - '0' + '０')
	}
	return b.String()
}

// digits writes n in the document's label digits.
func (h *house) digits(n int) string {
	if h.wideLabels {
		return wideDigits(n)
	}
	return itoa(n)
}

// label returns the Japanese and English labels for ordinal n, each with
// the separator that precedes the heading text.
func (h *house) label(s style, n int) tr {
	switch s {
	case stPart:
		return tr{"第" + h.digits(n) + "　", "Part " + itoa(n) + " "}
	case stNum:
		return tr{h.digits(n) + numSeps[h.numSep], itoa(n) + ". "}
	case stParen:
		return tr{"（" + h.digits(n) + "）", "(" + itoa(n) + ") "}
	case stKana:
		return tr{string(gojuon[(n-1)%len(gojuon)]) + "　", "(" + string(rune('a'+(n-1)%26)) + ") "}
	default:
		return tr{circled(n) + "　", "(" + roman(n) + ") "}
	}
}

// circled writes ① … ⑳ and ㉑ … ㉟; later numbers fall back to （n）.
func circled(n int) string {
	switch {
	case n >= 1 && n <= 20:
		return string(rune(0x2460 + n - 1))
	case n >= 21 && n <= 35:
		return string(rune(0x3251 + n - 21))
	}
	return "（" + itoa(n) + "）"
}

// roman writes n in lower-case roman numerals.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range vals {
		for ; n >= v; n -= v {
			b.WriteString(syms[i])
		}
	}
	return b.String()
}
