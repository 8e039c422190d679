package importtext

import (
	"cmp"
	"strings"

	"taiyaku/app/align"
	"taiyaku/app/glossary"
	"taiyaku/app/parallel"
	"taiyaku/app/release"
	"taiyaku/app/textfacts"
)

// Summary tells a user what an import produced before they accept it.
type Summary struct {
	Units, Paired, OnlyJA, OnlyEN int
}

// Import splits, classifies and aligns two editions into a new release.
// Blocks that one edition lacks become one-sided units; blocks that the
// aligner pairs two to one stay as separate lines of one unit's text.
// The glossary, if any, helps pair lines by the terms they render where
// the editions disagree: lines that agree one to one (label path, hard
// facts, length) are paired without reading terms or acronyms
// (align.AlignSparse), which are found only for the lines around a break.
func Import(jaText, enText string, g *glossary.Glossary) (*release.Release, Summary) {
	r, sum, _ := importTexts(jaText, enText, g, false)
	return r, sum
}

// ImportHanded is Import that also hands over the facts it read of each
// unit's texts, for the checker that reads the same texts next (see
// textfacts.Handoff).
func ImportHanded(jaText, enText string, g *glossary.Glossary) (*release.Release, Summary, *textfacts.Handoff) {
	return importTexts(jaText, enText, g, true)
}

// ImportFiles is Import (ImportHanded when keep is set) of two files
// read by ReadFile. Each edition is split as soon as it is read: the
// shorter English one no longer waits for the Japanese to be read and
// decoded. The Japanese file's error comes first, as when the files were
// read one after the other.
func ImportFiles(jaPath, enPath string, g *glossary.Glossary, keep bool) (*release.Release, Summary, *textfacts.Handoff, error) {
	var jaErr, enErr error
	ja, en := readBoth(fromFile(jaPath, &jaErr), fromFile(enPath, &enErr), keep)
	if err := cmp.Or(jaErr, enErr); err != nil {
		return nil, Summary{}, nil, err
	}
	r, sum, h := alignEditions(ja, en, g, keep)
	return r, sum, h, nil
}

// fromFile is the text of path for readBoth; on an error, none (an empty
// edition splits at once), and the error in err.
func fromFile(path string, err *error) func() source {
	return func() source {
		src, e := readSource(path)
		*err = e
		return src
	}
}

// given is a text already read, for readBoth: not checked by decode.
func given(text string) func() source { return func() source { return source{text: text} } }

// importTexts is Import, handing over the facts it read when keep is set
// (else the Handoff is nil).
func importTexts(jaText, enText string, g *glossary.Glossary, keep bool) (*release.Release, Summary, *textfacts.Handoff) {
	ja, en := readBoth(given(jaText), given(enText), keep)
	return alignEditions(ja, en, g, keep)
}

// alignEditions aligns two editions read by readBoth into a release.
func alignEditions(ja, en edition, g *glossary.Glossary, keep bool) (*release.Release, Summary, *textfacts.Handoff) {
	pairs := align.AlignSparse(ja.keys, en.keys, func(jaSpans, enSpans []align.Span) {
		parallel.Both(func() { weakKeys(ja.keys, ja.blocks, jaSpans, textfacts.JA, g) },
			func() { weakKeys(en.keys, en.blocks, enSpans, textfacts.EN, g) })
	})
	var h *textfacts.Handoff
	if keep {
		h = &textfacts.Handoff{JA: make([]*textfacts.Reading, len(pairs)), EN: make([]*textfacts.Reading, len(pairs))}
	}
	r := &release.Release{}
	r.AppendMany(len(pairs), func(k int) (release.Kind, string, string) {
		p := pairs[k]
		if h != nil { // the unit's readings, by its index: its own to write
			h.JA[k], h.EN[k] = ja.reading(p.JA), en.reading(p.EN)
		}
		return unitKind(ja.blocks, en.blocks, p), joinTexts(ja.blocks, p.JA), joinTexts(en.blocks, p.EN)
	})
	var sum Summary
	for _, p := range pairs {
		switch {
		case len(p.JA) == 0:
			sum.OnlyEN++
		case len(p.EN) == 0:
			sum.OnlyJA++
		default:
			sum.Paired++
		}
	}
	sum.Units = len(r.Units)
	return r, sum, h
}

// edition is one edition as the import read it.
type edition struct {
	blocks []Block
	keys   []align.Block       // what the aligner compares of each block
	facts  []textfacts.Reading // the first blocks' facts, when kept for the checker (keepFacts)
}

// reading is the reading a unit made of the blocks idx takes over: the
// block's own when the unit's text is that one block (most units), nil
// when it is none or several joined (the checker reads those itself).
func (e *edition) reading(idx []int) *textfacts.Reading {
	if len(idx) != 1 || idx[0] >= len(e.facts) {
		return nil // several lines, or none kept
	}
	return &e.facts[idx[0]]
}

// readBoth splits and classifies both editions (the texts jaText and
// enText give, each called on the core that splits it) and reads what the
// aligner compares of their lines, with the release's year (releaseYear: the
// Japanese edition's, else the English one's), keeping each line's facts
// when keep is set. The English edition is shorter to split, so its
// features start on the year it reads itself while the Japanese is still
// being split, and are read again in the rare release whose editions
// disagree on the year (the kept facts that did not depend on it are
// reused).
func readBoth(jaText, enText func() source, keep bool) (ja, en edition) {
	var year, enYear int
	enYearC := make(chan int, 1)
	parallel.Both(func() {
		ja.blocks = split(jaText())
		Classify(ja.blocks)
		if year = releaseYear(ja.blocks); year == 0 {
			year = <-enYearC
		}
		ja.facts = keepFacts(len(ja.blocks), keep)
		ja.keys = alignBlocks(ja.blocks, textfacts.JA, year, ja.facts)
	}, func() {
		en.blocks = split(enText())
		Classify(en.blocks)
		enYear = releaseYear(en.blocks)
		enYearC <- enYear
		en.facts = keepFacts(len(en.blocks), keep)
		en.keys = alignBlocks(en.blocks, textfacts.EN, enYear, en.facts)
	})
	if enYear != year {
		en.keys = realignBlocks(en.blocks, textfacts.EN, year, en.facts)
	}
	return ja, en
}

// keptBlocks bounds the blocks of an edition whose facts are kept for the
// checker. The facts of a text take about twice the text's own memory, so
// a release of a million pairs would hold well over a gigabyte of them
// until the check; past the first 125,000 lines of each edition (some
// 175 MB of facts for both) the checker reads the texts again instead.
var keptBlocks = 125_000 // a variable for the tests

// keepFacts is room for the facts of n blocks (at most keptBlocks, the
// first ones) when they are kept, else nil.
func keepFacts(n int, keep bool) []textfacts.Reading {
	if !keep {
		return nil
	}
	return make([]textfacts.Reading, min(n, keptBlocks))
}

// unitKind takes the Japanese block's kind, the source edition's, and the
// English one's for units the Japanese lacks.
func unitKind(ja, en []Block, p align.Pair) release.Kind {
	if len(p.JA) > 0 {
		return ja[p.JA[0]].Kind
	}
	return en[p.EN[0]].Kind
}

func joinTexts(blocks []Block, idx []int) string {
	switch len(idx) {
	case 0:
		return ""
	case 1:
		return blocks[idx[0]].Text
	}
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = blocks[i].Text
	}
	return strings.Join(parts, "\n")
}

// releaseYear is the year of the first date line, which dates written
// without a year (1月22日) take.
func releaseYear(editions ...[]Block) int {
	for _, blocks := range editions {
		for _, b := range blocks {
			if b.Kind == release.Date {
				for _, d := range textfacts.Extract(b.Text, langOf(b.Text), textfacts.Context{}).Dates {
					if d.Year > 0 && !d.Fiscal {
						return d.Year
					}
				}
			}
		}
	}
	return 0
}
