package importtext

import (
	"strings"

	"taiyaku/app/align"
	"taiyaku/app/glossary"
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
	return ImportWith(jaText, enText, g, nil)
}

// ImportWith is Import keeping the facts it reads in facts (nil: none), for
// the checker that reads the same texts next.
func ImportWith(jaText, enText string, g *glossary.Glossary, facts *textfacts.Cache) (*release.Release, Summary) {
	ja, en, jaBlocks, enBlocks := readBoth(jaText, enText, facts)
	pairs := align.AlignSparse(jaBlocks, enBlocks, func(jaSpans, enSpans []align.Span) {
		both(func() { weakKeys(jaBlocks, ja, jaSpans, textfacts.JA, g) },
			func() { weakKeys(enBlocks, en, enSpans, textfacts.EN, g) })
	})
	r := &release.Release{Units: make([]release.Unit, 0, len(pairs))}
	var sum Summary
	for _, p := range pairs {
		kind := unitKind(ja, en, p)
		r.Append(kind, joinTexts(ja, p.JA), joinTexts(en, p.EN))
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
	return r, sum
}

// readBoth splits and classifies both editions and reads what the aligner
// compares of their lines, with the release's year (releaseYear: the
// Japanese edition's, else the English one's). The English edition is
// shorter to split, so its features start on the year it reads itself
// while the Japanese is still being split, and are read again in the rare
// release whose editions disagree on the year (the facts cache keeps what
// did not depend on it).
func readBoth(jaText, enText string, facts *textfacts.Cache) (ja, en []Block, jaBlocks, enBlocks []align.Block) {
	var year, enYear int
	enYearC := make(chan int, 1)
	both(func() {
		ja = Split(jaText)
		Classify(ja)
		if year = releaseYear(ja); year == 0 {
			year = <-enYearC
		}
		jaBlocks = alignBlocks(ja, textfacts.JA, year, facts)
	}, func() {
		en = Split(enText)
		Classify(en)
		enYear = releaseYear(en)
		enYearC <- enYear
		enBlocks = alignBlocks(en, textfacts.EN, enYear, facts)
	})
	if enYear != year {
		enBlocks = alignBlocks(en, textfacts.EN, year, facts)
	}
	return ja, en, jaBlocks, enBlocks
}

// both runs the work of the two editions at once, on two cores.
func both(jaWork, enWork func()) {
	done := make(chan struct{})
	go func() {
		enWork()
		close(done)
	}()
	jaWork()
	<-done
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
