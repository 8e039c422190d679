package check

import (
	"strings"
)

// checkSpelling reports misspelt words (Goverment, Minstry, assistence)
// in the English edition and in the Latin text inside the Japanese: one
// finding per edition, naming each word with its likely correction.
// Besides the dictionary it accepts the release's own vocabulary (see
// vocabulary), the glossary's English and the user's dictionary.
func checkSpelling(in *unitInput, out []Finding) []Finding {
	for _, t := range [...]struct {
		s     Side
		text  string
		flags textFlags
	}{{EN, in.enBody, in.enFlags}, {JA, in.jaBody, in.jaFlags}} {
		if t.flags&fLower == 0 {
			continue // no lower-case letter, no word to look up (most Japanese)
		}
		misses := in.spell.Check(t.text, func(w string) bool { return in.vocab.knows(w) })
		if len(misses) == 0 {
			continue
		}
		list := make([]string, len(misses))
		for i, m := range misses {
			list[i] = m.Word + " → " + m.Suggestion
		}
		out = append(out, newFinding(Spelling, in.index, t.s, "FindingSpelling",
			"Word", misses[0].Word, "Suggestion", misses[0].Suggestion, "Words", strings.Join(list, ", ")))
	}
	return out
}
