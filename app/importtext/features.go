package importtext

import (
	"fmt"
	"hash/fnv"
	"strings"
	"unicode/utf8"

	"taiyaku/app/align"
	"taiyaku/app/glossary"
	"taiyaku/app/numbering"
	"taiyaku/app/parallel"
	"taiyaku/app/release"
	"taiyaku/app/textfacts"
)

// isDateLine recognises a line that is only a date, such as the release
// date under the title ("令和7年1月22日", "January 22, 2025").
func isDateLine(s string) bool {
	if utf8.RuneCountInString(s) > 40 || strings.ContainsAny(s, "。") {
		return false
	}
	return len(textfacts.Extract(s, langOf(s), textfacts.Context{}).Dates) > 0
}

func langOf(s string) textfacts.Lang {
	if isLatin(s) {
		return textfacts.EN
	}
	return textfacts.JA
}

// alignBlocks turns classified blocks into what the aligner compares.
func alignBlocks(blocks []Block, lang textfacts.Lang, year int, g *glossary.Glossary, facts *textfacts.Cache) []align.Block {
	out := make([]align.Block, len(blocks))
	parallel.For(len(blocks), func(i int) {
		b := &blocks[i]
		body := numbering.Body(b.Text)
		f := facts.Extract(body, lang, textfacts.Context{Year: year})
		out[i] = align.Block{
			Runes:    utf8.RuneCountInString(body),
			Keys:     align.SortKeys(factKeys(f, body)),
			Weak:     align.SortKeys(softKeys(body, lang, g)),
			Caption:  b.Kind == release.Caption,
			Sentence: sentenceEnd(body),
			DateLine: b.Kind == release.Date,
			// furniture pairs only with furniture
			Furniture: b.Kind == release.Furniture,
		}
		if b.Info.Label != nil {
			out[i].Path = pathString(b.Info.Path)
			out[i].Family = numbering.Family(b.Info.Label.Style)
		}
	})
	return out
}

// factKeys hashes the hard facts both editions must share: numbers
// written in digits, dates and URLs.
func factKeys(f textfacts.Facts, body string) []uint32 {
	keys := clockKeys(body)
	for _, n := range f.Numbers {
		if !n.Word {
			keys = append(keys, hash(fmt.Sprintf("n%g", n.Value)))
		}
	}
	for _, d := range f.Dates {
		keys = append(keys, hash(fmt.Sprintf("d%d-%d-%d-%t", d.Year, d.Month, d.Day, d.Fiscal)))
	}
	for _, u := range f.URLs {
		keys = append(keys, hash("u"+u))
	}
	return keys
}

// softKeys hashes what a translation usually keeps: acronym-like Latin
// words (DFFT, G7, IoT, 5G) and glossary terms, found in the Japanese by
// the term and in the English by any of its renderings.
func softKeys(text string, lang textfacts.Lang, g *glossary.Glossary) []uint32 {
	var keys []uint32
	for _, w := range Acronyms(text) {
		keys = append(keys, hash("a"+w))
	}
	if g == nil {
		return keys
	}
	if lang == textfacts.JA {
		terms, _ := g.Found(text, "")
		for _, t := range terms {
			keys = append(keys, hash("g"+t.JA))
		}
		return keys
	}
	for _, t := range g.Rendered(text) {
		keys = append(keys, hash("g"+t.JA))
	}
	return keys
}

// Acronyms returns the Latin words that a translation keeps as they are:
// two capitals or more (DFFT, RAN), letters with digits (G7, 5G) or inner
// capitals (IoT). Lower-cased, in order.
func Acronyms(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !(r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9'))
	}) {
		if isAcronym(w) {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

func isAcronym(w string) bool {
	upper, lower, digit := 0, 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		default:
			digit++
		}
	}
	letters := upper + lower
	return upper >= 2 || (digit > 0 && letters > 0) || (upper == 1 && lower > 0 && w[0] >= 'a' && w[0] <= 'z')
}

func pathString(p []int) string {
	var b strings.Builder
	for i, n := range p {
		if i > 0 {
			b.WriteByte('.')
		}
		fmt.Fprint(&b, n)
	}
	return b.String()
}

func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}
