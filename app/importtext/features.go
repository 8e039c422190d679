package importtext

import (
	"strconv"
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
	if !runesAtMost(s, 40) || strings.Contains(s, "。") {
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

// alignBlocks turns classified blocks into what the aligner compares,
// but for the soft keys, which weakKeys adds where the aligner asks. The
// facts of the first len(keep) blocks are kept in keep (fresh) for the
// checker.
func alignBlocks(blocks []Block, lang textfacts.Lang, year int, keep []textfacts.Reading) []align.Block {
	return readBlocks(blocks, lang, year, keep, false)
}

// realignBlocks is alignBlocks again with another year over the readings
// alignBlocks kept: a block whose reading did not use the year is not
// read again.
func realignBlocks(blocks []Block, lang textfacts.Lang, year int, keep []textfacts.Reading) []align.Block {
	return readBlocks(blocks, lang, year, keep, true)
}

// readBlocks is alignBlocks, asking the readings in keep first when reuse
// is set. A fresh keep is only written, never read first: reading a page
// the allocator just mapped maps the shared zero page, and the write that
// follows then costs a copy-on-write fault and a TLB flush on every core.
func readBlocks(blocks []Block, lang textfacts.Lang, year int, keep []textfacts.Reading, reuse bool) []align.Block {
	out := make([]align.Block, len(blocks))
	parallel.Chunks(len(blocks), func(lo, hi int) {
		var slab keySlab // per chunk: chunks run at once
		for i := lo; i < hi; i++ {
			var rd *textfacts.Reading
			if i < len(keep) {
				rd = &keep[i] // written by this chunk only
			}
			out[i] = alignBlock(&blocks[i], lang, year, rd, reuse, &slab)
		}
	})
	return out
}

// alignBlock is what the aligner compares of one block, but for its soft
// keys. Its facts come from rd when reuse is set and rd answers them, else
// are read (and kept in rd, if any).
func alignBlock(b *Block, lang textfacts.Lang, year int, rd *textfacts.Reading, reuse bool, slab *keySlab) align.Block {
	body, bare := blockBody(b)
	f := readFacts(rd, reuse, body, lang, year)
	if bare && rd != nil {
		rd.MarkBare() // the checker then does not parse the line again
	}
	out := align.Block{
		Runes:    bodyRunes(b, body),
		Keys:     hardKeys(f, body, b.Runes == len(b.Text), slab),
		Caption:  b.Kind == release.Caption,
		Sentence: sentenceEnd(body),
		DateLine: b.Kind == release.Date,
		// furniture pairs only with furniture
		Furniture: b.Kind == release.Furniture,
	}
	if b.Info.Label != nil {
		out.Path = pathString(b.Info.Path)
		out.Family = numbering.Family(b.Info.Label.Style)
	}
	return out
}

// blockBody is the text of a block after its label, and whether the body
// is the whole line because the line carries no label at all. Classify
// parsed the labels of the lines that may carry one; the others (most
// prose) are parsed here, once, and the checker is told (bare).
func blockBody(b *Block) (body string, bare bool) {
	if b.Info.Label != nil {
		return numbering.BodyOf(b.Text, b.Info.Label), false
	}
	l, ok := numbering.Parse(b.Text) // the zero Label when none: BodyAt 0
	body = numbering.BodyOf(b.Text, &l)
	return body, !ok && len(body) == len(b.Text)
}

// readFacts returns the facts of a block's body read with the year: rd's
// when reuse is set and it answers, else read anew and kept in rd (nil:
// not kept).
func readFacts(rd *textfacts.Reading, reuse bool, body string, lang textfacts.Lang, year int) textfacts.Facts {
	ctx := textfacts.Context{Year: year}
	if rd == nil {
		return textfacts.Extract(body, lang, ctx)
	}
	if reuse {
		if f, ok := rd.Facts(body, lang, ctx); ok {
			return f
		}
	}
	return rd.Read(body, lang, ctx)
}

// weakKeys sets the soft keys of out[s.Lo:s.Hi] for every span s, from
// their blocks: the aligner reads them only where the editions disagree.
func weakKeys(out []align.Block, blocks []Block, spans []align.Span, lang textfacts.Lang, g *glossary.Glossary) {
	var slab keySlab
	for _, s := range spans {
		for i := s.Lo; i < s.Hi; i++ {
			body := numbering.BodyOf(blocks[i].Text, blocks[i].Info.Label)
			out[i].Weak = softKeys(body, lang, g, &slab)
		}
	}
}

// hardKeys returns a block's sorted hard keys, gathered on the stack and
// copied out once, into slab. ascii tells a body of ASCII bytes only.
func hardKeys(f textfacts.Facts, body string, ascii bool, slab *keySlab) []uint32 {
	var buf [32]uint32
	keys := appendFactKeys(buf[:0], f, body, ascii)
	if len(keys) == 0 {
		return nil
	}
	return align.SortKeys(slab.copy(keys))
}

// softKeys returns a block's sorted soft keys likewise.
func softKeys(body string, lang textfacts.Lang, g *glossary.Glossary, slab *keySlab) []uint32 {
	var buf [32]uint32
	keys := appendSoftKeys(buf[:0], body, lang, g)
	if len(keys) == 0 {
		return nil
	}
	return align.SortKeys(slab.copy(keys))
}

// keySlab hands out copies of key lists cut from shared arrays: one
// allocation for thousands of keys rather than one for every block.
type keySlab struct{ free []uint32 }

func (s *keySlab) copy(keys []uint32) []uint32 {
	if len(keys) > len(s.free) {
		s.free = make([]uint32, max(len(keys), 4096))
	}
	out := s.free[:len(keys):len(keys)]
	s.free = s.free[len(keys):]
	copy(out, keys)
	return out
}

// appendFactKeys hashes the hard facts both editions must share: numbers
// written in digits, dates and URLs, and times of day. ascii tells a body
// of ASCII bytes only (a block whose characters are as many as its bytes:
// an invalid byte counts as one, but 時 and ： as one for three), whose
// times are written with ':' alone: most English lines.
func appendFactKeys(keys []uint32, f textfacts.Facts, body string, ascii bool) []uint32 {
	if ascii {
		keys = appendSepKeys(keys, body, colonByte)
	} else {
		keys = appendClockKeys(keys, body)
	}
	for i := range f.Numbers { // by index: range copied each Number
		if n := &f.Numbers[i]; !n.Word {
			keys = append(keys, numberKey(n.Value))
		}
	}
	for i := range f.Dates {
		keys = append(keys, dateKey(&f.Dates[i]))
	}
	for _, u := range f.URLs {
		keys = append(keys, uint32(newKey('u').str(u)))
	}
	return keys
}

// appendSoftKeys hashes what a translation usually keeps: acronym-like
// Latin words (DFFT, G7, IoT, 5G) and glossary terms, found in the
// Japanese by the term and in the English by any of its renderings.
func appendSoftKeys(keys []uint32, text string, lang textfacts.Lang, g *glossary.Glossary) []uint32 {
	eachAcronym(text, func(w string) {
		keys = append(keys, uint32(newKey('a').lower(w)))
	})
	if g == nil {
		return keys
	}
	term := func(k int) { keys = append(keys, uint32(newKey('g').str(g.Terms[k].JA))) }
	if lang == textfacts.JA {
		g.EachTerm(text, term)
	} else {
		g.EachRendered(text, term)
	}
	return keys
}

// Acronyms returns the Latin words that a translation keeps as they are:
// two capitals or more (DFFT, RAN), letters with digits (G7, 5G) or inner
// capitals (IoT). Lower-cased, in order.
func Acronyms(text string) []string {
	var out []string
	eachAcronym(text, func(w string) { out = append(out, strings.ToLower(w)) })
	return out
}

// eachAcronym calls f with every acronym of text as written, in order: a
// run of ASCII letters and digits is a word, anything else separates.
// Every acronym holds a capital or a digit, so the walk jumps to the next
// of those, backs up to its word's start and counts the word's classes.
func eachAcronym(text string, f func(w string)) {
	for from := 0; from < len(text); {
		at := nextCapitalOrDigit(text, from)
		if at == len(text) {
			return
		}
		i := at
		for i > from && byteClass[text[i-1]] != other {
			i-- // from is where the last word ended, or 0
		}
		var n [4]int // by class
		j := i
		for ; j < len(text) && byteClass[text[j]] != other; j++ {
			n[byteClass[text[j]]]++
		}
		if isAcronymCounts(n[upper], n[lower], n[digit], byteClass[text[i]] == lower) {
			f(text[i:j])
		}
		from = j
	}
}

// The classes of bytes that make words.
const (
	other = iota
	upper
	lower
	digit
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = upper
		case c >= 'a' && c <= 'z':
			t[c] = lower
		case c >= '0' && c <= '9':
			t[c] = digit
		}
	}
	return t
}()

// isAcronymCounts decides from a word's counts: two capitals or more,
// letters with digits, or a capital inside a word that starts small (iPhone).
func isAcronymCounts(upper, lower, digit int, startsLower bool) bool {
	letters := upper + lower
	return upper >= 2 || (digit > 0 && letters > 0) || (upper == 1 && lower > 0 && startsLower)
}

func pathString(p []int) string {
	var buf [32]byte
	b := buf[:0]
	for i, n := range p {
		if i > 0 {
			b = append(b, '.')
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	return string(b)
}

// bodyRunes counts the characters of a block's body from the block's own
// count: the body is the text after the label, so only the label is read.
func bodyRunes(b *Block, body string) int {
	if cut := len(b.Text) - len(body); cut >= 0 && b.Text[cut:] == body {
		return b.Runes - runeCount(b.Text[:cut])
	}
	return utf8.RuneCountInString(body)
}

// runesAtMost reports whether s has at most n characters, counting them
// only when its length in bytes leaves that open.
func runesAtMost(s string, n int) bool {
	switch {
	case len(s) <= n:
		return true
	case len(s) > utf8.UTFMax*n:
		return false
	}
	return utf8.RuneCountInString(s) <= n
}
