package check

import (
	"runtime"
	"strings"
	"sync"

	"taiyaku/app/glossary"
	"taiyaku/app/release"
	"taiyaku/app/spelling"
)

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
	words wordSeen
	gloss map[string]bool
	built bool // set by build; read by Update, never during a parallel check
}

// seen records the first unit a word is in and whether others have it.
type seen struct {
	first  int
	multi  bool
	capsIn bool // written with a capital at least once
}

// wordSeen maps a lower-cased word to where it was seen. The records
// live in a slice, so that a word seen again is updated through the
// index without building its key as a string (a look-up by a byte
// buffer does not allocate; an assignment would).
type wordSeen struct {
	index map[string]int32
	recs  []seen
}

func newWordSeen() wordSeen { return wordSeen{index: map[string]int32{}} }

// minQueryLen is the shortest word the spelling check asks the vocabulary
// about (shorter words are skipped, see spelling.Check): shorter words
// need no record.
const minQueryLen = 5

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
	k, ok := v.words.index[w]
	return ok && v.words.recs[k].multi && v.words.recs[k].capsIn
}

// build reads the words of every unit, on all cores for a large release:
// the first check to need the vocabulary waits for it, and so would the
// others.
func (v *vocabulary) build() {
	v.built = true
	v.gloss = glossWords(v.opt.Glossary)
	n := len(v.r.Units)
	parts := min(runtime.GOMAXPROCS(0), max(1, n/2000))
	maps := make([]wordSeen, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := newWordSeen()
			for i := p * n / parts; i < (p+1)*n/parts; i++ {
				m.addUnit(&v.r.Units[i], i)
			}
			maps[p] = m
		}()
	}
	wg.Wait()
	v.words = maps[0]
	for _, m := range maps[1:] {
		v.words.merge(m) // in unit order, so that first stays the first
	}
}

// glossWords are the words of the glossary's English, lower-cased.
func glossWords(g *glossary.Glossary) map[string]bool {
	out := map[string]bool{}
	if g == nil {
		return out
	}
	for _, t := range g.Terms {
		for _, en := range t.EN {
			spelling.EachWord(en, func(w string, _ int) bool {
				out[strings.ToLower(w)] = true
				return true
			})
		}
	}
	return out
}

// add records the words of unit i after an edit, without taking the old
// ones out: a name that was typed and removed stays known until the next
// full check.
func (v *vocabulary) add(i int) { v.words.addUnit(&v.r.Units[i], i) }

// update takes in unit i's words after an edit, if the vocabulary was
// read already (else it will be read from the current texts).
func (v *vocabulary) update(i int) {
	if v.built {
		v.add(i)
	}
}

// addUnit records the words of unit i. A word written in both editions
// of the release counts as seen twice.
func (ws *wordSeen) addUnit(u *release.Unit, i int) {
	if u.Kind == release.Furniture {
		return
	}
	for side, text := range [2]string{u.JA, u.EN} {
		if !mayHoldQueryWord(text) {
			continue // most Japanese: short Latin tokens (IPA, GX) at most
		}
		key := i*2 + side
		spelling.EachWord(text, func(w string, _ int) bool {
			ws.add(w, key, side == 0 || startsUpperASCII(w))
			return true
		})
	}
}

// mayHoldQueryWord reports whether text may have a word the vocabulary
// records: five ASCII letters or apostrophes in a row, or a character
// that makes a word non-ASCII (an accented letter, ’), which is always
// recorded. A byte scan, cheaper than the word scan it spares.
func mayHoldQueryWord(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '\'':
			if run++; run >= minQueryLen {
				return true
			}
		case c >= 0xC3 && c <= 0xC9, c == 0xE2 && strings.HasPrefix(text[i:], "’"):
			return true
		default:
			run = 0
		}
	}
	return false
}

// add records word w seen at key (unit and side).
func (ws *wordSeen) add(w string, key int, caps bool) {
	var buf [64]byte
	low, ascii := lowerInto(w, buf[:0])
	if ascii && len(low) < minQueryLen {
		return
	}
	var k int32
	var ok bool
	if ascii {
		k, ok = ws.index[string(low)]
	} else {
		k, ok = ws.index[strings.ToLower(w)]
	}
	if !ok {
		k = int32(len(ws.recs))
		ws.recs = append(ws.recs, seen{first: key})
		if ascii {
			ws.index[string(low)] = k
		} else {
			ws.index[strings.ToLower(w)] = k
		}
	}
	s := &ws.recs[k]
	if s.first != key {
		s.multi = true
	}
	s.capsIn = s.capsIn || caps
}

// merge adds the records of o, read from later units than ws's.
func (ws *wordSeen) merge(o wordSeen) {
	for w, k := range o.index {
		x := o.recs[k]
		j, ok := ws.index[w]
		if !ok {
			ws.index[w] = int32(len(ws.recs))
			ws.recs = append(ws.recs, x)
			continue
		}
		s := &ws.recs[j]
		s.multi = true // seen in both parts: two units
		s.capsIn = s.capsIn || x.capsIn
	}
}

// lowerInto lower-cases an ASCII word into buf; false (and buf) for a
// word with other characters or longer than buf.
func lowerInto(w string, buf []byte) ([]byte, bool) {
	if len(w) > cap(buf) {
		return buf, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return buf, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// startsUpperASCII reports whether w starts with a capital A to Z.
func startsUpperASCII(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
