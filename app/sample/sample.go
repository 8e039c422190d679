// Package sample makes synthetic bilingual press releases for trying the
// app and for benchmarks. They read like the real samples: a title, a
// date, numbered sections in the official Japanese hierarchy, paragraphs
// full of numbers, dates, URLs and acronyms that agree between the
// editions, captions, and a closing contact block.
//
// Every pair is clean, so whatever a checker reports on generated text
// (or on text that DropEN has damaged) is its own doing.
package sample

import (
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"taiyaku/app/release"
)

// Pair is one aligned unit of the truth: the same block in both editions.
type Pair struct {
	Kind   release.Kind
	JA, EN string
}

// gen holds one document being generated.
type gen struct {
	r     *rand.Rand
	h     house
	rel   time.Time // release date
	out   []Pair
	photo int // last caption number used

	lastSubj int // index in subjects of the latest sentence's subject
}

// closingLen is the size of the contact block: heading, division, phone.
const closingLen = 3

// Generate returns n aligned pairs, the same for the same n and seed: a
// title, the release date, the body and, when n leaves room, the contact
// block.
func Generate(n int, seed int64) []Pair {
	if n <= 0 {
		return nil
	}
	g := newGen(seed)
	g.out = make([]Pair, 0, n)
	g.emit(release.Title, g.pick(titles))
	g.emit(release.Date, g.h.date(g.rel))
	switch {
	case n >= 2+1+closingLen:
		g.body(n - 2 - closingLen)
		g.closing()
	case n > 2:
		g.body(n - 2)
	}
	return g.out[:n]
}

// newGen draws the document's release date and house style.
func newGen(seed int64) *gen {
	r := rand.New(rand.NewPCG(uint64(seed), 0x7a1a5c0de))
	g := &gen{r: r}
	g.rel = weekday(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(11*365)))
	g.h = house{
		eraDates:    r.IntN(4) != 0,
		longWeekday: r.IntN(2) == 0,
		wideLabels:  r.IntN(3) != 0,
		widePercent: r.IntN(2) == 0,
		numSep:      r.IntN(len(numSeps)),
	}
	return g
}

func (g *gen) emit(k release.Kind, t tr) {
	g.out = append(g.out, Pair{Kind: k, JA: t.ja, EN: t.en})
}

func (g *gen) pick(list []tr) tr { return list[g.r.IntN(len(list))] }

// subject picks who acts in a sentence, never the one of the sentence
// before, which would read as a copy-and-paste slip.
func (g *gen) subject() tr {
	i := g.r.IntN(len(subjects) - 1)
	if i >= g.lastSubj {
		i++
	}
	g.lastSubj = i
	return subjects[i]
}

// pickTwo returns two different entries of list.
func (g *gen) pickTwo(list []tr) (tr, tr) {
	i := g.r.IntN(len(list))
	j := (i + 1 + g.r.IntN(len(list)-1)) % len(list)
	return list[i], list[j]
}

// closing writes the contact block that ends every release.
func (g *gen) closing() {
	ext := itoa(2000 + g.r.IntN(8000))
	g.emit(release.Heading, tr{"担当", "Division in Charge"})
	g.emit(release.Contact, g.pick(divisions))
	g.emit(release.Contact, tr{"電話：03-3501-1511（内線" + ext + "）", "Tel: +81-3-3501-1511 (ext. " + ext + ")"})
}

// Texts joins the pairs into the two editions as plain text: one block a
// line, a blank line between blocks, as text copied from a web page. A
// pair empty on one side (see DropEN) leaves no line in that edition.
func Texts(pairs []Pair) (ja, en string) {
	var j, e strings.Builder
	for _, p := range pairs {
		addBlock(&j, p.JA)
		addBlock(&e, p.EN)
	}
	return j.String(), e.String()
}

func addBlock(b *strings.Builder, s string) {
	if s == "" {
		return
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	b.WriteString(s)
	b.WriteString("\n")
}

// DropEN returns a copy of pairs with the English of round(fraction×n)
// pairs, chosen at random from seed, set to "", and the indexes of those
// pairs in ascending order. It models an English edition with missing
// blocks, to measure how an aligner copes.
func DropEN(pairs []Pair, fraction float64, seed int64) (kept []Pair, dropped []int) {
	kept = append([]Pair(nil), pairs...)
	k := int(min(max(fraction, 0), 1)*float64(len(pairs)) + 0.5)
	r := rand.New(rand.NewPCG(uint64(seed), 0xd409))
	// A partial Fisher-Yates shuffle picks k distinct indexes in O(n).
	idx := make([]int, len(pairs))
	for i := range idx {
		idx[i] = i
	}
	for i := range k {
		j := i + r.IntN(len(idx)-i)
		idx[i], idx[j] = idx[j], idx[i]
	}
	dropped = idx[:k:k]
	slices.Sort(dropped)
	for _, i := range dropped {
		kept[i].EN = ""
	}
	return kept, dropped
}
