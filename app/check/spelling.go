package check

import (
	"strings"
	"sync"

	"taiyaku/app/release"
	"taiyaku/app/spelling"
)

// checkSpelling reports misspelt words (Goverment, Minstry, assistence)
// in the English edition and in the Latin text inside the Japanese: one
// finding per edition, naming each word with its likely correction.
// Besides the dictionary it accepts the release's own vocabulary (see
// vocabulary), the glossary's English and the user's dictionary.
func checkSpelling(in *unitInput, out []Finding) []Finding {
	for _, t := range []struct {
		s    Side
		text string
	}{{EN, in.enBody}, {JA, in.jaBody}} {
		misses := spelling.Check(t.text, func(w string) bool { return in.vocab.knows(w) })
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

// vocabulary is what a release itself teaches the spelling check: the
// Latin words of each edition (a word the other edition also writes is a
// name, not a slip), the capitalised words seen in two units or more
// (names recur: Elbegdorj, Rapidus), the glossary's English and the
// user's dictionary. It is read from the texts on first need, since most
// units have no unknown word at all.
type vocabulary struct {
	r     *release.Release
	opt   Options
	once  sync.Once
	words map[string]seen // lower-cased word → where it was seen
	gloss map[string]bool
	built bool // set by build; read by Update, never during a parallel check
}

// seen records the first unit a word is in and whether others have it.
type seen struct {
	first  int
	multi  bool
	capsIn bool // written with a capital at least once
}

func newVocabulary(r *release.Release, opt Options) *vocabulary {
	return &vocabulary{r: r, opt: opt}
}

// knows reports whether the lower-cased word w is the release's own.
func (v *vocabulary) knows(w string) bool {
	if v == nil {
		return false
	}
	if v.opt.Words.Has(w) {
		return true
	}
	v.once.Do(v.build)
	if v.gloss[w] {
		return true
	}
	s, ok := v.words[w]
	return ok && s.multi && s.capsIn
}

func (v *vocabulary) build() {
	v.built = true
	v.words = map[string]seen{}
	v.gloss = map[string]bool{}
	if g := v.opt.Glossary; g != nil {
		for _, t := range g.Terms {
			for _, en := range t.EN {
				for _, tok := range spelling.Words(en) {
					v.gloss[strings.ToLower(tok.Word)] = true
				}
			}
		}
	}
	for i := range v.r.Units {
		v.add(i)
	}
}

// add records the words of unit i. A word written in both editions of
// the release counts as seen twice. After an edit the unit's new words
// are added without taking the old ones out: a name that was typed and
// removed stays known until the next full check.
func (v *vocabulary) add(i int) {
	u := &v.r.Units[i]
	if u.Kind == release.Furniture {
		return
	}
	for side, text := range []string{u.JA, u.EN} {
		for _, tok := range spelling.Words(text) {
			low := strings.ToLower(tok.Word)
			s, ok := v.words[low]
			key := i*2 + side
			switch {
			case !ok:
				s.first = key
			case s.first != key:
				s.multi = true
			}
			if startsUpperASCII(tok.Word) || side == 0 {
				s.capsIn = true
			}
			v.words[low] = s
		}
	}
}

// update takes in unit i's words after an edit, if the vocabulary was
// read already (else it will be read from the current texts).
func (v *vocabulary) update(i int) {
	if v.built {
		v.add(i)
	}
}

// startsUpperASCII reports whether w starts with a capital A to Z.
func startsUpperASCII(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
