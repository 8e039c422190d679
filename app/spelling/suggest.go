package spelling

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

const alphabet = "abcdefghijklmnopqrstuvwxyz"

// suggestions caches Suggest's answers: a misspelt word tends to recur
// in a release, and each keystroke re-checks its unit. Its key is a
// struct, looked up without building a string or boxing a value.
var suggestions struct {
	sync.RWMutex
	m map[suggestKey]string
}

type suggestKey struct {
	low      string
	maxDist  int
	slipOnly bool
}

// Suggest returns the known word closest to word, within maxDist edits
// (1 or 2: deletions, insertions, substitutions, transpositions of
// adjacent letters), in word's letter case; "" when there is none.
// Distance 2 is tried only for words of 8 letters or more, where two
// slips are common and a wrong suggestion unlikely.
func Suggest(word string, maxDist int) string { return suggest(word, maxDist, false) }

// SuggestSlip is Suggest at distance 1 counting only a letter left out or
// two letters swapped (Goverment, Minsitry): the slips of typing. A name
// is often a wrong letter or an extra letter away from a word (Birol,
// Tirol; Rapidus, rapids), so capitalised words get this narrower test.
func SuggestSlip(word string) string { return suggest(word, 1, true) }

func suggest(word string, maxDist int, slipOnly bool) string {
	low := strings.ToLower(word)
	if len(low) > 40 || !isASCIILetters(low) {
		return ""
	}
	key := suggestKey{low, maxDist, slipOnly}
	suggestions.RLock()
	v, ok := suggestions.m[key]
	suggestions.RUnlock()
	if ok {
		return matchCase(v, word)
	}
	best := nearest(low, maxDist, slipOnly)
	suggestions.Lock()
	if suggestions.m == nil {
		suggestions.m = map[suggestKey]string{}
	}
	suggestions.m[key] = best
	suggestions.Unlock()
	return matchCase(best, word)
}

func nearest(low string, maxDist int, slipOnly bool) string {
	if slipOnly {
		return firstSlip(low)
	}
	var first []string
	if w := firstKnown(low, &first); w != "" {
		return w
	}
	if maxDist < 2 || len(low) < 8 {
		return ""
	}
	for _, e := range first {
		if w := firstKnown(e, nil); w != "" {
			return w
		}
	}
	return ""
}

// firstKnown returns the first edit of w that is a word, trying the
// likeliest slips first: a letter left out (Goverment, Minstry), then
// two letters swapped, a wrong letter, a letter too many. Every edit is
// appended to all, when not nil, for the second round.
func firstKnown(w string, all *[]string) string {
	found := ""
	try := func(e string) {
		if found == "" && len(e) > 1 && inDict(e) {
			found = e
		}
		if all != nil {
			*all = append(*all, e)
		}
	}
	for i := 0; i <= len(w); i++ {
		for _, c := range alphabet {
			try(w[:i] + string(c) + w[i:])
		}
	}
	for i := 0; i+1 < len(w); i++ {
		try(w[:i] + string(w[i+1]) + string(w[i]) + w[i+2:])
	}
	for i := 0; i < len(w); i++ {
		for _, c := range alphabet {
			if byte(c) != w[i] {
				try(w[:i] + string(c) + w[i+1:])
			}
		}
	}
	for i := 0; i < len(w); i++ {
		try(w[:i] + w[i+1:])
	}
	return found
}

// firstSlip is firstKnown without wrong or extra letters.
func firstSlip(w string) string {
	for i := 0; i <= len(w); i++ {
		for _, c := range alphabet {
			if e := w[:i] + string(c) + w[i:]; inDict(e) {
				return e
			}
		}
	}
	for i := 0; i+1 < len(w); i++ {
		if e := w[:i] + string(w[i+1]) + string(w[i]) + w[i+2:]; inDict(e) {
			return e
		}
	}
	return ""
}

// matchCase gives s the letter case of model: Capitalised or UPPER.
func matchCase(s, model string) string {
	if s == "" {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(model)
	switch {
	case strings.ToUpper(model) == model && len(model) > 1:
		return strings.ToUpper(s)
	case unicode.IsUpper(first):
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}
