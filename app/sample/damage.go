package sample

import "strings"

// Damaged returns generated pairs with the defects translators make: lines
// missing on either side, a digit changed in either edition, a line
// doubled in English, misspelt words, doubled spaces, lost brackets,
// Japanese left in the English, broken characters. Tests check damaged
// releases with it (the golden test pins their findings: it must not
// change).
func Damaged(pairs []Pair, seed int64) []Pair {
	pairs, _ = DropEN(pairs, 0.01, seed)
	var out []Pair
	for i, p := range pairs {
		switch {
		case i%89 == 5:
			p.JA = ""
		case i%53 == 7:
			p.EN = bumpDigit(p.EN)
		case i%61 == 3:
			p.JA = bumpDigit(p.JA)
		case i%101 == 9:
			p.EN = misspell(p.EN)
		case i%103 == 11:
			p.EN = strings.Replace(p.EN, " ", "  ", 1)
		case i%107 == 13:
			p.EN = strings.Replace(p.EN, ")", "", 1)
		case i%109 == 15:
			p.EN += "（注）"
		case i%113 == 19:
			p.JA += "\uFFFD"
		case i%127 == 21:
			p.EN = strings.Replace(p.EN, "Japan", "Jpaan", 1)
		}
		out = append(out, p)
		if i%211 == 17 && p.EN != "" {
			out = append(out, Pair{Kind: p.Kind, EN: p.EN})
		}
	}
	return out
}

// misspell swaps two letters inside the first word of seven letters or
// more.
func misspell(s string) string {
	for _, w := range strings.Fields(s) {
		if len(w) >= 7 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			i := strings.Index(s, w)
			return s[:i+2] + string(w[3]) + string(w[2]) + s[i+4:]
		}
	}
	return s
}

// bumpDigit changes the first ASCII or full-width digit of s.
func bumpDigit(s string) string {
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			return s[:i] + string('0'+(r-'0'+1)%10) + s[i+1:]
		case r >= '０' && r <= '９':
			return s[:i] + string('０'+(r-'０'+1)%10) + s[i+len(string(r)):]
		}
	}
	return s
}
