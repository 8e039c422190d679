// Package glossary reads the TOML glossaries of Japanese terms and their
// accepted English renderings, and finds them in a pair of texts.
package glossary

import (
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"taiyaku/app/internal/swar"
	"taiyaku/app/problem"
	"taiyaku/app/textfacts"
	"taiyaku/assets"
)

// Term is one glossary entry: a Japanese term and the English renderings
// any one of which the English edition must use.
type Term struct {
	JA string
	EN []string
}

// Glossary is a list of terms, longest Japanese first so that a longer
// term (経済産業省) is preferred over a shorter one it contains.
type Glossary struct {
	Terms []Term

	once   sync.Once
	byRune map[rune][]int         // first rune of a Japanese term → terms
	byWord map[string][]rendering // first word of a rendering (letters and digits) → renderings
	other  []rendering            // renderings that start with neither
	long   []rendering            // renderings whose first word is maxWordLen bytes or more
	// wordLens has bit n set at byte c when a first word in byWord starts
	// with c and is n bytes long: most words of a text need no look-up.
	wordLens [256]uint64
	lowEN    [][]string      // each term's renderings, normalised and lower-cased
	starts   [1 << 10]uint64 // bit set of the first runes of terms in the BMP
	// firstBytes marks the first bytes of terms.
	firstBytes [256]bool
	sample     sampler // the terms' windows, for a glossary of long terms
}

// Parse reads a TOML glossary: a [terms] table mapping each
// Japanese term to an array of English renderings.
//
//	[terms]
//	"経済産業省" = ["Ministry of Economy, Trade and Industry", "METI"]
func Parse(data []byte) (*Glossary, error) {
	var doc struct {
		Terms map[string][]string `toml:"terms"`
	}
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		line := 0
		if pe, ok := err.(toml.ParseError); ok {
			line = pe.Position.Line
		}
		return nil, problem.Wrap(err, "ErrGlossary", "Line", line)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, problem.New("ErrGlossaryKey", "Key", und[0].String())
	}
	g := &Glossary{}
	for ja, en := range doc.Terms {
		if ja != "" && len(en) > 0 {
			g.Terms = append(g.Terms, Term{JA: ja, EN: en})
		}
	}
	sort.Slice(g.Terms, func(a, b int) bool {
		x, y := g.Terms[a].JA, g.Terms[b].JA
		if len(x) != len(y) {
			return len(x) > len(y)
		}
		return x < y
	})
	return g, nil
}

// Load reads a glossary file; errors name the file.
func Load(path string) (*Glossary, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	g, err := Parse(data)
	if p, ok := err.(*problem.Error); ok {
		p.Data["File"] = path
	}
	return g, err
}

// Default returns the starter glossary of ministries and agencies.
func Default() *Glossary {
	g, err := Parse(assets.Glossary)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return g
}

// Found returns the terms of ja and, for each, whether en has one of its
// renderings. A term inside a longer term found at the same place is not
// counted again (経済産業 inside 経済産業省), nor a term that a longer
// compound noun continues (内閣官房 in 内閣官房参与, a post).
func (g *Glossary) Found(ja, en string) (terms []Term, ok []bool) {
	return g.found(ja, func() string { return strings.ToLower(textfacts.Normalize(en)) })
}

// found is Found with the lower-cased English made by lower, on demand.
func (g *Glossary) found(ja string, lower func() string) (terms []Term, ok []bool) {
	var low string
	g.EachTerm(ja, func(k int) {
		if low == "" {
			low = lower()
		}
		terms = append(terms, g.Terms[k])
		ok = append(ok, g.renderedIn(low, k))
	})
	return terms, ok
}

// EachTerm calls f with the index in Terms of every term Found finds in
// ja, in order (a term found twice comes twice). The aligner needs only
// which terms a line has, without building lists.
func (g *Glossary) EachTerm(ja string, f func(k int)) {
	g.index()
	if g.sample.stride > 0 {
		g.eachSampled(ja, f)
		return
	}
	g.eachStep(ja, f)
}

// eachStep is EachTerm character by character: for a glossary with short
// terms (see sampler).
func (g *Glossary) eachStep(ja string, f func(k int)) {
	for i := 0; i < len(ja); {
		if i = g.skip(ja, i); i == len(ja) {
			break
		}
		// A byte that starts no term is skipped without decoding: terms
		// are valid UTF-8, so their first byte never continues a character.
		if !g.firstBytes[ja[i]] {
			i++
			continue
		}
		if r, ok := threeByteRune(ja, i); ok && !g.mayStart(r) {
			i += 3 // most kanji and kana start no term: no decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(ja[i:])
		k := g.termAt(ja[i:], r)
		if k < 0 {
			i += size
			continue
		}
		if !insideCompound(g.Terms[k].JA, ja[i+len(g.Terms[k].JA):]) {
			f(k)
		}
		i += len(g.Terms[k].JA)
	}
}

// skip returns the first index from i where EachTerm must look closely:
// it steps over ASCII bytes that start no term and well-formed
// three-byte characters that start none (most kanji and kana) in one
// tight loop. The last two bytes are left to EachTerm.
func (g *Glossary) skip(ja string, i int) int {
	for i+2 < len(ja) {
		t := ja[i : i+3]
		switch skipClass[t[0]] {
		case skipASCII:
			if g.firstBytes[t[0]] {
				return i
			}
			i++
			continue
		case skipLead:
			// Both continuation bytes 10xxxxxx in one test; then the
			// character's bit in starts, indexed by its top ten bits.
			if (uint(t[1])|uint(t[2])<<8)&0xC0C0 != 0x8080 ||
				g.starts[uint(t[0]&0x0F)<<6|uint(t[1]&0x3F)]&(1<<(t[2]&63)) != 0 {
				return i
			}
			i += 3
			continue
		}
		return i // as threeByteRune: E0 and ED have narrower second bytes
	}
	return i
}

// skipClass sorts the bytes for skip: ASCII, the lead bytes of the
// three-byte characters threeByteRune reads (E1–EF but ED), and the rest.
var skipClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c < utf8.RuneSelf:
			t[c] = skipASCII
		case c >= 0xE1 && c <= 0xEF && c != 0xED:
			t[c] = skipLead
		}
	}
	return t
}()

const (
	skipOther = iota
	skipASCII
	skipLead
)

// renderedIn tells whether the lower-cased English has a rendering of
// term k as whole words.
func (g *Glossary) renderedIn(low string, k int) bool {
	for _, e := range g.lowEN[k] {
		for from := 0; ; {
			at := strings.Index(low[from:], e)
			if at < 0 {
				break
			}
			at += from
			if wordAt(low, at, at+len(e)) {
				return true
			}
			from = at + 1
		}
	}
	return false
}

// Rendered returns the terms one of whose renderings en contains, in the
// glossary's order.
func (g *Glossary) Rendered(en string) []Term {
	var found []int
	g.EachRendered(en, func(k int) { found = append(found, k) })
	sort.Ints(found)
	var out []Term
	for _, k := range found {
		out = append(out, g.Terms[k])
	}
	return out
}

// Missing returns the terms found in ja for which en has none of the
// renderings.
func (g *Glossary) Missing(ja, en string) []Term {
	return g.MissingLower(ja, func() string { return strings.ToLower(textfacts.Normalize(en)) })
}

// MissingLower is Missing for a caller that keeps the English normalised
// and lower-cased (lower makes it, and is called only if a term is found).
func (g *Glossary) MissingLower(ja string, lower func() string) []Term {
	terms, ok := g.found(ja, lower)
	var out []Term
	for i, t := range terms {
		if !ok[i] {
			out = append(out, t)
		}
	}
	return out
}

// MissingFold is MissingLower without lower-casing English that is ASCII
// without tabs (which Normalize leaves as it is): each rendering is
// compared with the text byte by byte, lower-casing as it goes, and
// nothing is allocated unless a term is missing. Other English is
// lower-cased by lower, as MissingLower does.
//
// The English is looked at only when the Japanese has a term: most
// texts have none.
func (g *Glossary) MissingFold(ja, en string, lower func() string) []Term {
	var out []Term
	plain, low := 0, "" // plain: 0 not yet known, 1 plain ASCII, 2 lower-cased into low
	g.EachTerm(ja, func(k int) {
		if plain == 0 {
			plain = 1
			if !isPlainASCII(en) {
				plain, low = 2, lower()
			}
		}
		if plain == 1 && !g.renderedFold(en, k) || plain == 2 && !g.renderedIn(low, k) {
			out = append(out, g.Terms[k])
		}
	})
	return out
}

// MissingFoldPlain is MissingFold for a caller that already knows
// whether en is ASCII without tabs (plain): the checker's scan of every
// text tells, so the English is not read again for it.
func (g *Glossary) MissingFoldPlain(ja, en string, plain bool, lower func() string) []Term {
	var out []Term
	low, lowered := "", false
	g.EachTerm(ja, func(k int) {
		if !plain && !lowered {
			low, lowered = lower(), true
		}
		if plain && !g.renderedFold(en, k) || !plain && !g.renderedIn(low, k) {
			out = append(out, g.Terms[k])
		}
	})
	return out
}

// renderedFold is renderedIn for English that is ASCII without tabs, not
// lower-cased: a rendering matches where the text's bytes lower-cased
// equal it, as whole words.
func (g *Glossary) renderedFold(en string, k int) bool {
	for _, e := range g.lowEN[k] {
		first, fold := e[0], byte(0)
		if 'a' <= first && first <= 'z' {
			fold = 0x20 // the letter in either case
		}
		for i := 0; i+len(e) <= len(en); i++ {
			if i = swar.NextFolded(en, i, first, fold); i+len(e) > len(en) {
				break
			}
			if hasLowerPrefix(en[i:], e) && wordAt(en, i, i+len(e)) {
				return true
			}
		}
	}
	return false
}

// index builds, once, the lookup by first character that lets one pass
// over a text find every term: checks run on 10,000-unit releases.
func (g *Glossary) index() {
	g.once.Do(func() {
		g.byRune = map[rune][]int{}
		g.byWord = map[string][]rendering{}
		g.lowEN = make([][]string, len(g.Terms))
		for k, t := range g.Terms { // longest first, as Parse sorted them
			r, _ := utf8.DecodeRuneInString(t.JA)
			g.byRune[r] = append(g.byRune[r], k)
			g.firstBytes[t.JA[0]] = true
			if r < 1<<16 {
				g.starts[r>>6] |= 1 << (r & 63)
			}
			for _, e := range t.EN {
				e = strings.ToLower(textfacts.Normalize(e))
				if e != "" {
					g.addRendering(rendering{text: e, term: k})
					g.lowEN[k] = append(g.lowEN[k], e)
				}
			}
		}
		g.sample.build(g.Terms)
	})
}

// wordAt tells whether s[i:j] stands as whole words: "MIC" is not found
// in "economic", nor "MOD" in "model".
func wordAt(s string, i, j int) bool {
	return (i == 0 || !isAlnum(s[i-1])) && (j == len(s) || !isAlnum(s[j]))
}

func isAlnum(b byte) bool { return alnum[b] }

// alnum marks the ASCII letters and digits.
var alnum = func() (t [256]bool) {
	for b := range 256 {
		t[b] = b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z'
	}
	return t
}()

type rendering struct {
	text string // lower-cased
	term int
}

// threeByteRune reads the well-formed three-byte character at s[i] (all of
// kana and the common kanji) without a call; ok is false for anything else.
func threeByteRune(s string, i int) (rune, bool) {
	c := s[i]
	if c < 0xE1 || c == 0xED || c > 0xEF || i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
		return 0, false // E0 and ED have narrower second bytes
	}
	return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), true
}

// mayStart tells whether some term may start with r (a BMP character).
func (g *Glossary) mayStart(r rune) bool { return g.starts[r>>6]&(1<<(r&63)) != 0 }

// termAt returns the longest term that s starts with, or -1.
func (g *Glossary) termAt(s string, first rune) int {
	if first < 1<<16 && g.starts[first>>6]&(1<<(first&63)) == 0 {
		return -1 // most characters start no term: no map look-up
	}
	for _, k := range g.byRune[first] {
		if strings.HasPrefix(s, g.Terms[k].JA) {
			return k
		}
	}
	return -1
}

// addRendering files a rendering under its first word: a rendering stands
// as whole words, so it can only start where a word of the text starts
// and that whole word must equal its own first word.
func (g *Glossary) addRendering(r rendering) {
	w := r.text[:wordEnd(r.text, 0)]
	switch {
	case w == "":
		g.other = append(g.other, r)
		return
	case len(w) >= maxWordLen:
		g.long = append(g.long, r)
		return
	}
	g.byWord[w] = append(g.byWord[w], r)
	g.wordLens[w[0]] |= 1 << len(w)
}

// EachRendered calls f once with the index in Terms of every term one of
// whose renderings en contains as whole words (lower-cased, normalised),
// in no particular order. One pass: a word of en is one map look-up, and
// only when a rendering starts with a word of its first letter and length.
func (g *Glossary) EachRendered(en string, f func(k int)) {
	g.index()
	// ASCII text is lower-cased byte by byte as it is compared, which
	// saves a copy of every line; other text is lower-cased first. ASCII
	// without tabs is what Normalize leaves as it is.
	s := en
	if !isPlainASCII(s) {
		if s = textfacts.Normalize(s); !isPlainASCII(s) {
			s = strings.ToLower(s)
		}
	}
	var seen []int // terms reported; a line holds few
	report := func(r rendering, i int) {
		if hasLowerPrefix(s[i:], r.text) && wordAt(s, i, i+len(r.text)) && !slices.Contains(seen, r.term) {
			seen = append(seen, r.term)
			f(r.term)
		}
	}
	var word [maxWordLen]byte
	for i := 0; i < len(s); {
		if !isAlnum(s[i]) { // not in a word: only renderings that start so may start here
			for _, r := range g.other {
				report(r, i)
			}
			i++
			continue
		}
		end := wordEnd(s, i)
		if n := end - i; n >= maxWordLen {
			for _, r := range g.long {
				report(r, i)
			}
		} else if g.wordLens[lower(s[i])]&(1<<n) != 0 {
			for k := range n {
				word[k] = lower(s[i+k])
			}
			for _, r := range g.byWord[string(word[:n])] {
				report(r, i)
			}
		}
		i = end
	}
}

// maxWordLen bounds the first words of renderings filed in byWord; those
// with a longer first word are tried at every long word.
const maxWordLen = 64

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasLowerPrefix is strings.HasPrefix(lower-cased s, prefix) for a
// lower-case prefix, lower-casing only ASCII letters of s.
func hasLowerPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if lower(s[k]) != prefix[k] {
			return false
		}
	}
	return true
}

// orgSuffixes end the name of a body (外務省, 金融庁, 内閣府, 通商政策局):
// such a name is complete, and kanji after it start the next noun
// (経済産業省商務情報政策局).
const orgSuffixes = "省庁府局部課室院会所署"

// insideCompound reports whether a term is only the head of a longer
// compound noun in the text: it does not end a body's name and kanji or
// katakana continue it (内閣官房参与, 内閣官房長官).
func insideCompound(term, rest string) bool {
	last, _ := utf8.DecodeLastRuneInString(term)
	next, _ := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune(orgSuffixes, last) || next == utf8.RuneError {
		return false
	}
	return unicode.Is(unicode.Han, next) || unicode.Is(unicode.Katakana, next) && next != '・'
}
