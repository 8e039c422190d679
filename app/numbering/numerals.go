package numbering

import "strings"

// maxDigits bounds a digit label. Lists never reach 1000 items, while years
// and amounts that begin a sentence ("2024年", "2025 marks") have 4+ digits.
const maxDigits = 3

// readDigits reads a run of half- or full-width digits starting at byte i.
// count is the number of digits and full reports whether all were full-width.
func readDigits(s string, i int) (value, end, count int, full bool) {
	full = true
	for end = i; ; count++ {
		r, size := runeAt(s, end)
		d := narrow(r)
		if d < '0' || d > '9' {
			break
		}
		full = full && isFullWidth(r)
		if count < maxDigits+1 { // keep reading to find the run's end, but stop growing value
			value = value*10 + int(d-'0')
		}
		end += size
	}
	return value, end, count, full && count > 0
}

// kanjiDigits maps the kanji numerals to their values; 十 and 百 are
// multipliers, handled in readKanji.
var kanjiDigits = map[rune]int{
	'〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

// readKanji reads a kanji numeral (一, 十二, 二十一, 百五) starting at byte i.
// value is 0 when there is none.
func readKanji(s string, i int) (value, end int) {
	total, cur := 0, 0
	for end = i; ; {
		r, size := runeAt(s, end)
		if d, ok := kanjiDigits[r]; ok {
			cur = cur*10 + d // positional forms such as 二〇 also occur
		} else if m := kanjiMultiplier(r); m > 0 {
			total += max(cur, 1) * m
			cur = 0
		} else {
			break
		}
		end += size
		if end-i > 4*len("十") { // longer runs are prose (一一, 三三五五), not labels
			return 0, i
		}
	}
	return total + cur, end
}

func kanjiMultiplier(r rune) int {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	}
	return 0
}

// readNumber reads the number after 第: digits of either width or kanji.
func readNumber(s string, i int) (value, end int) {
	if v, e, count, _ := readDigits(s, i); count > 0 {
		if count > maxDigits {
			return 0, i
		}
		return v, e
	}
	return readKanji(s, i)
}

var romanSymbols = []struct {
	value         int
	symbol, lower string
}{
	{1000, "M", "m"}, {900, "CM", "cm"}, {500, "D", "d"}, {400, "CD", "cd"}, {100, "C", "c"}, {90, "XC", "xc"},
	{50, "L", "l"}, {40, "XL", "xl"}, {10, "X", "x"}, {9, "IX", "ix"}, {5, "V", "v"}, {4, "IV", "iv"}, {1, "I", "i"},
}

// romanValue reads an upper-case roman numeral. Only the canonical spelling
// is accepted (IIII, VX and IC are not numerals), which keeps ordinary words
// made of the letters I V X L C D M out.
func romanValue(word string) (int, bool) {
	return romanValueFold(word, false)
}

// romanValueFold is romanValue of strings.ToUpper(word) for a word all of
// one case (lower tells which), without the copy: it runs on the first
// word of every English paragraph. A word with a letter that no numeral
// has is rejected before any reading.
func romanValueFold(word string, lower bool) (int, bool) {
	if word == "" || !romanLetters(word) {
		return 0, false
	}
	v, rest := 0, word
	for _, rs := range romanSymbols {
		sym := rs.symbol
		if lower {
			sym = rs.lower
		}
		for strings.HasPrefix(rest, sym) {
			v += rs.value
			rest = rest[len(sym):]
		}
	}
	if rest != "" || v == 0 || v >= 4000 || !spellsRoman(v, word, lower) {
		return 0, false
	}
	return v, true
}

// romanLetters tells whether word holds only letters that numerals have
// (I V X L C D M, either case): strings.Trim with them as its cutset
// built the set anew on each of the many words read.
func romanLetters(word string) bool {
	for i := 0; i < len(word); i++ {
		switch word[i] | 0x20 {
		case 'i', 'v', 'x', 'l', 'c', 'd', 'm':
		default:
			return false
		}
	}
	return true
}

// spellsRoman tells whether word is toRoman(v) (lower-cased when lower),
// without building it.
func spellsRoman(v int, word string, lower bool) bool {
	for _, rs := range romanSymbols {
		sym := rs.symbol
		if lower {
			sym = rs.lower
		}
		for ; v >= rs.value; v -= rs.value {
			if !strings.HasPrefix(word, sym) {
				return false
			}
			word = word[len(sym):]
		}
	}
	return word == ""
}

func toRoman(v int) string {
	var b strings.Builder
	for _, rs := range romanSymbols {
		for ; v >= rs.value; v -= rs.value {
			b.WriteString(rs.symbol)
		}
	}
	return b.String()
}
