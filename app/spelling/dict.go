// Package spelling tells misspelt English words from known ones, offline.
//
// The dictionary is SCOWL's large American and British lists (as packaged
// by Debian in wamerican-large and wbritish-large; licence in
// SCOWL-LICENSE.txt), merged, lower-cased and gzipped into the binary,
// plus supplement.txt: words of today's government releases that SCOWL
// (2020) lacks. Both spellings are known because ministries write either.
package spelling

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed" // the word lists
	"strings"
	"sync"
)

//go:embed words.txt.gz
var wordsGz []byte

//go:embed supplement.txt
var supplement string

var (
	loadOnce sync.Once
	words    map[string]struct{}
)

// dict returns the word set, read on first use (about 135,000 words).
func dict() map[string]struct{} {
	loadOnce.Do(func() {
		words = make(map[string]struct{}, 140_000)
		zr, err := gzip.NewReader(bytes.NewReader(wordsGz))
		if err != nil {
			panic("spelling: embedded word list: " + err.Error())
		}
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			words[sc.Text()] = struct{}{}
		}
		if err := sc.Err(); err != nil {
			panic("spelling: embedded word list: " + err.Error())
		}
		for _, w := range strings.Fields(supplement) {
			if !strings.HasPrefix(w, "#") {
				words[strings.ToLower(w)] = struct{}{}
			}
		}
	})
	return words
}

// Preload reads the dictionary now, so that the first check does not pay
// for it (the window calls it while it starts).
func Preload() { dict() }

// inDict reports whether the lower-cased word w is in the dictionary.
func inDict(w string) bool {
	_, ok := dict()[w]
	return ok
}

// Known reports whether word is an English word: in the dictionary in any
// letter case, or an inflection or derivation of one (trilaterally,
// oblasts). A map look-up, without allocating for ASCII words of up to
// 64 letters.
func Known(word string) bool {
	var buf [64]byte
	if b, ok := lowerASCII(word, buf[:0]); ok {
		if _, hit := dict()[string(b)]; hit {
			return true
		}
		return derived(string(b))
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
	if derivedSuffix(w) {
		return true
	}
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 4 && (inDict(rest) || derivedSuffix(rest)) {
			return true
		}
	}
	return false
}

func derivedSuffix(w string) bool {
	for _, s := range suffixes {
		if stem, ok := strings.CutSuffix(w, s.add); ok && len(stem) >= 3 && inDict(stem+s.restore) {
			return true
		}
	}
	return false
}
