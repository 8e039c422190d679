// Package spelling tells misspelt English words from known ones, offline.
//
// The dictionary is SCOWL's large American and British lists (as packaged
// by Debian in wamerican-large and wbritish-large; licence in
// SCOWL-LICENSE.txt), merged, lower-cased and gzipped (words.txt.gz),
// plus supplement.txt: words of today's government releases that SCOWL
// (2020) lacks. Both spellings are known because ministries write either.
package spelling

import (
	_ "embed" // the word table
	"strings"

	"taiyaku/app/spelling/internal/wordtable"
)

// dict.bin is the merged lists as a word table, built by go generate from
// words.txt.gz and supplement.txt (a test checks that it is current): it
// is read where it lies, so no start pays for filling a map.
//
//go:generate go run ./internal/mkdict words.txt.gz supplement.txt dict.bin
//go:embed dict.bin
var dictBin string

// table is the dictionary (about 135,000 words).
var table = mustOpen(dictBin)

func mustOpen(data string) *wordtable.Table {
	t, err := wordtable.Open(data)
	if err != nil {
		panic("spelling: embedded word table: " + err.Error())
	}
	return t
}

// inDict reports whether the lower-cased word w is in the dictionary.
func inDict(w string) bool { return table.Has(w) }

// Known reports whether word is an English word: in the dictionary in any
// letter case, or an inflection or derivation of one (trilaterally,
// oblasts). A map look-up, without allocating for ASCII words of up to
// 64 letters.
func Known(word string) bool {
	var buf [64]byte
	if b, ok := lowerASCII(word, buf[:0]); ok {
		return table.HasBytes(b) || derivedBytes(b)
	}
	w := strings.ToLower(word)
	return inDict(w) || derived(w)
}

// lowerASCII lower-cases an ASCII word into buf; false for other words
// and words too long for buf.
func lowerASCII(w string, buf []byte) ([]byte, bool) {
	if len(w) > cap(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// suffixes a derived word may add to a known stem, with what the stem may
// have lost (trilateral+ly, oblast+s, decarbonize+d, utilise+ing).
var suffixes = []struct{ add, restore string }{
	{"s", ""}, {"es", ""}, {"ies", "y"}, {"ly", ""}, {"ally", ""}, {"ily", "y"},
	{"ed", ""}, {"d", ""}, {"ied", "y"}, {"ing", ""}, {"ing", "e"},
	{"ation", "e"}, {"ation", "ate"}, {"ations", "e"}, {"ness", ""}, {"ment", ""}, {"ments", ""},
	{"er", ""}, {"ers", ""}, {"ity", ""}, {"ities", ""}, {"isation", "ise"}, {"ization", "ize"},
}

// prefixes a derived word may put before a known word.
var prefixes = []string{"non", "un", "re", "pre", "post", "co", "de", "inter", "multi", "anti", "sub",
	"super", "over", "under", "counter", "cross", "trans", "tri", "bi", "semi", "mis", "self", "cyber", "eco", "geo", "micro", "macro", "mega"}

// derived reports whether w is a known word with one common suffix or
// prefix: the lists lack many such forms of policy English.
func derived(w string) bool {
	var buf [64]byte
	if len(w) > len(buf) {
		return derivedBytes([]byte(w))
	}
	return derivedBytes(buf[:copy(buf[:], w)])
}

// derivedBytes is derived for a lower-cased word in a buffer; the
// candidates are built in a buffer too, so that a word the lists lack
// costs look-ups, not allocations.
func derivedBytes(w []byte) bool {
	var scratch [80]byte
	if derivedSuffix(w, &scratch) {
		return true
	}
	for _, p := range prefixes {
		if len(w)-len(p) >= 4 && string(w[:len(p)]) == p {
			if rest := w[len(p):]; table.HasBytes(rest) || derivedSuffix(rest, &scratch) {
				return true
			}
		}
	}
	return false
}

// derivedSuffix reports whether w is a known stem (with what it lost
// restored) and one of the suffixes.
func derivedSuffix(w []byte, scratch *[80]byte) bool {
	for _, s := range suffixes {
		n := len(w) - len(s.add)
		if n < 3 || string(w[n:]) != s.add {
			continue
		}
		if n+len(s.restore) > len(scratch) {
			if table.Has(string(w[:n]) + s.restore) { // a word longer than any English one
				return true
			}
			continue
		}
		k := copy(scratch[:], w[:n])
		k += copy(scratch[k:], s.restore)
		if table.HasBytes(scratch[:k]) {
			return true
		}
	}
	return false
}
