package spelling

import "strings"

// Romaji reports whether the lower-case ASCII word w reads as Japanese in
// Hepburn romanisation (Tsukuba, machi, Kishida, Seko, Karuizawa, shimbun,
// Saitoh): such words are Japanese names and places, never misspelt
// English, in the English edition of a Japanese release.
func Romaji(w string) bool {
	if len(w) < 2 || !isASCIILetters(w) {
		return false
	}
	ok := make([]bool, len(w)+1) // ok[i]: w[:i] splits into syllables
	ok[0] = true
	for i := 0; i < len(w); i++ {
		if !ok[i] {
			continue
		}
		for _, n := range syllablesAt(w, i) {
			ok[i+n] = true
		}
	}
	return ok[len(w)]
}

// onsets are the consonants and digraphs that start a Hepburn syllable.
var onsets = []string{"", "k", "s", "t", "n", "h", "m", "y", "r", "w", "g", "z", "d", "b", "p", "f", "j",
	"sh", "ch", "ts", "ky", "gy", "ny", "hy", "my", "ry", "by", "py", "dz"}

const vowels = "aiueo"

// syllablesAt lists the lengths of the syllables that can start at w[i].
func syllablesAt(w string, i int) []int {
	var out []int
	rest := w[i:]
	for _, on := range onsets {
		if strings.HasPrefix(rest, on) && len(rest) > len(on) && strings.IndexByte(vowels, rest[len(on)]) >= 0 {
			out = append(out, len(on)+1)
		}
	}
	c := rest[0]
	next := byte(0)
	if len(rest) > 1 {
		next = rest[1]
	}
	prev := byte(0)
	if i > 0 {
		prev = w[i-1]
	}
	switch {
	case c == 'n' && (next == 0 || strings.IndexByte(vowels, next) < 0 || next == '\''):
		out = append(out, 1) // syllabic n
	case c == 'm' && (next == 'b' || next == 'p' || next == 'm') && i > 0:
		out = append(out, 1) // Hepburn m before b, p, m (shimbun)
	case next == c && strings.IndexByte("kstpgdbzfj", c) >= 0 && i > 0:
		out = append(out, 1) // doubled consonant (small tsu): Hokkaido, Sapporo
	case c == 't' && next == 'c' && i > 0:
		out = append(out, 1) // tch (matcha)
	case c == 'h' && prev == 'o' && (next == 0 || strings.IndexByte(vowels, next) < 0):
		out = append(out, 1) // long o written oh (Ohno, Saitoh)
	}
	return out
}
