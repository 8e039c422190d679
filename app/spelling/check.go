package spelling

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"taiyaku/app/internal/swar"
)

// Miss is a word taken for a misspelling, with the known word it is
// probably meant to be.
type Miss struct {
	Word       string
	Suggestion string
	At         int // byte offset in the text
}

// Check returns the misspelt words of text, in order. known tells words
// the caller knows besides the dictionary (lower-cased: the release's
// names, the glossary, the user's dictionary); it may be nil.
//
// The aim is no false alarm, so a word is reported only when it is
// almost certainly a slip: not a code (G20), an acronym (IEA) or a word
// with capitals inside (iPhone); not Japanese in romanisation (Kishida,
// Tsukuba-shi); not a name after a title (Dr. Fatih Birol, President
// Elbegdorj) or inside a run of capitalised unknown words; and only when
// a known word lies one slip away (two for long words, lower case).
func Check(text string, known func(lower string) bool) []Miss {
	return (*Memo)(nil).Check(text, known)
}

// Memo remembers the words a goroutine's checks looked up: a release
// repeats its words, and a small map that stays in the processor's cache
// answers faster than the 134,000 words of the dictionary. A Memo is not
// safe for concurrent use; the zero value is ready, and a nil *Memo
// remembers nothing.
type Memo struct {
	known  map[string]bool
	fields fieldTable      // quiet's answers for whole fields
	long   map[string]bool // and for fields too long for fields
	toks   []Token         // Check's tokens, kept for the next text
}

// words is Words(text), into the memo's buffer when there is a memo: the
// tokens do not outlive Check.
func (m *Memo) words(text string) []Token {
	if m == nil {
		return Words(text)
	}
	m.toks = m.toks[:0]
	EachWord(text, func(w string, at int) bool {
		m.toks = append(m.toks, Token{Word: w, At: at})
		return true
	})
	return m.toks
}

// memoMax bounds a Memo: the distinct words of a long release are far
// fewer.
const memoMax = 1 << 14

// Check is the package's Check, remembering the words it looks up.
func (m *Memo) Check(text string, known func(lower string) bool) []Miss {
	if m.quiet(text) {
		return nil // the common case
	}
	return m.checkWords(text, known)
}

// checkWords is Check word by word, without the quick look.
func (m *Memo) checkWords(text string, known func(lower string) bool) []Miss {
	var out []Miss
	toks := m.words(text)
	for i, t := range toks {
		w := stem(t.Word)
		if skipped(w) || m.knownWord(w) {
			continue
		}
		capital := startsUpper(w)
		s := suggestFor(w, capital) // cached; most unknown words have none
		if s == "" {
			continue
		}
		low := strings.ToLower(w)
		if Romaji(low) || capital && isName(toks, i, text) || known != nil && known(low) {
			continue
		}
		out = append(out, Miss{Word: w, Suggestion: s, At: t.At})
	}
	return out
}

// quiet reports whether Check has nothing to report, quickly: every word
// it would look at is known, or has no likely correction (rollout, most
// names), which Check never reports whatever the words around it. Most
// texts are plain words between spaces, each looked up without the full
// scan, which only fields with digits, hyphens, apostrophes, dots or
// non-ASCII characters go through. A text without four lower-case letters
// in a row has no word to look at (most Japanese).
func (m *Memo) quiet(text string) bool {
	// A text that starts with Japanese is mostly one long field, which
	// readField passes when runsFine does: when every run of letters in
	// the whole text passes, so does every field (no run spans a space),
	// in one pass without splitting the text.
	if text != "" && text[0] >= utf8.RuneSelf && m.runsFine(text) {
		return true
	}
	if !hasLowerRun4(text) {
		return true
	}
	// The fields end at the spaces of each eight bytes, taken from one
	// mask: a field is a few bytes, shorter than a search from each
	// field's start pays.
	start, i := 0, 0 // the field's start; the bytes read
	for ; i+8 <= len(text); i += 8 {
		for z := spaces(swar.Load8(text, i)); z != 0; z &= z - 1 {
			end := i + bits.TrailingZeros64(z)/8
			if end-start >= 5 && !m.fieldKnown(text, start, end) { // shorter: no word of five letters fits
				return false
			}
			start = end + 1
		}
	}
	for ; i < len(text); i++ {
		if text[i] == ' ' {
			if i-start >= 5 && !m.fieldKnown(text, start, i) {
				return false
			}
			start = i + 1
		}
	}
	return len(text)-start < 5 || m.fieldKnown(text, start, len(text))
}

// spaces marks the bytes of x that are spaces (exactly: no borrow
// crosses a byte), with their high bits.
func spaces(x uint64) uint64 {
	x ^= swar.Ones * ' '
	return ^((x&lows + lows) | x) & swar.Highs
}

const lows = 0x7f7f7f7f7f7f7f7f

// fieldKnown tells whether every word of the field text[i:end] is
// known or has no correction (see quiet), from the memo's table for a
// field of up to 16 bytes. The table's hit, the answer for most words of
// English, is read here without further calls: quiet asks for every
// field of five bytes or more.
func (m *Memo) fieldKnown(text string, i, end int) bool {
	n := end - i
	if m != nil && n <= maxField && i+maxField <= len(text) && (text[i] < '0' || text[i] > '9') && m.fields.slots != nil {
		lo, hi := swar.Load8(text, i)&loKeep[n], swar.Load8(text, i+8)&hiKeep[n] // fieldKey
		if s := m.fields.slot(lo, hi, n); s.size != 0 {
			return s.known
		}
	}
	return m.fieldLooked(text, i, end)
}

// fieldLooked is fieldKnown for the fields its table does not answer
// at once: numbers, long fields, the first sight of a field.
func (m *Memo) fieldLooked(text string, i, end int) bool {
	n := end - i
	// The digit first: English words' lengths pass n ≤ 8 at random, and
	// their first bytes are seldom digits.
	digit := '0' <= text[i] && text[i] <= '9'
	switch {
	case digit && m != nil && n <= 8 && i+8 <= len(text) && !mayHoldRun(swar.Load8(text, i)&keep[n]):
		return true // a number (2,300, 2026.): readField's answer, without its calls
	case m == nil || n > maxLongField || digit:
		// A whole Japanese text, say, or a number (2,300, 2026.): no
		// use keeping, they hardly recur; a number is read at once.
		return m.readField(text[i:end])
	case n > maxField:
		return m.longKnown(text[i:end])
	}
	lo, hi := fieldKey(text, i, n)
	if known, ok := m.fields.get(lo, hi, n); ok {
		return known
	}
	known := m.readField(text[i:end])
	m.fields.put(lo, hi, n, known)
	return known
}

// keep[n] keeps the first n bytes of a word.
var keep = [9]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, ^uint64(0)}

// mayHoldRun reports whether the bytes of x (ASCII or not, zero-padded)
// hold five ASCII letters or apostrophes, the least a word needs that
// plainKnown may not know (a run runsFine looks up): a field without them
// is no word to look up.
func mayHoldRun(x uint64) bool {
	return bits.OnesCount64(runBytes8(x)) >= 5
}

// maxLongField is the longest field a Memo keeps (URLs, long compounds:
// Information-technology).
const maxLongField = 64

// longKnown is fieldKnown for a field longer than the table's: a map
// keyed by the text's own substring.
func (m *Memo) longKnown(f string) bool {
	if v, ok := m.long[f]; ok {
		return v
	}
	v := m.readField(f)
	if m.long == nil {
		m.long = make(map[string]bool)
	}
	if len(m.long) < memoMax {
		m.long[f] = v
	}
	return v
}

// readField reads a field's words: in one pass for a plain word, else
// through the word scan; an unknown word is fine when it has no
// correction.
func (m *Memo) readField(f string) bool {
	if known, ok := m.simpleKnown(f); ok {
		if known {
			return true
		}
		// The word scan finds the word again, for its correction.
	}
	// Numbers, codes, short words (FY2026, 50,200, 5G) have no run of
	// five letters, which runsFine passes without a look-up, as it
	// passes a Japanese text with Beyond 5G in it, say.
	if m.runsFine(f) {
		return true
	}
	fine := true
	EachWord(f, func(w string, _ int) bool {
		fine = m.plainKnown(w) || noCorrection(w)
		return fine
	})
	return fine
}

// runsFine reports that every run of ASCII letters and apostrophes in
// f, without apostrophes at either end, is known or has no correction.
// Then so is every word the word scan finds in f: such a word is one of
// these runs (’s taken off, as plainKnown does), or holds another letter
// or touches a digit or lies in an address, and is passed over. False
// says nothing: the word scan decides. It spares the scan of a whole
// Japanese text, one long field, for its few Latin words.
func (m *Memo) runsFine(f string) bool {
	for i := nextRun(f, 0); i < len(f); {
		j := runEnd(f, i+1)
		if j-i >= 5 { // trimming only shortens the run
			if w := strings.Trim(f[i:j], "'"); len(w) >= 5 && !m.plainKnown(w) && !noCorrection(w) {
				return false
			}
		}
		i = nextRun(f, j)
	}
	return true
}

// runBytes8 marks the bytes of x that runByte passes (ASCII letters and
// apostrophes), with their high bits: Japanese and digits have none.
func runBytes8(x uint64) uint64 {
	return swar.Between(x|swar.Ones*0x20, 'a'-1, 'z'+1) | swar.Equal(x, '\'')
}

// nextRun is the index of the first byte from i that runByte passes, or
// len(f): eight bytes at a time, since the Latin words of a Japanese
// text lie among kanji, kana and digits that would each take a branch.
func nextRun(f string, i int) int {
	for ; i+8 <= len(f); i += 8 {
		if l := runBytes8(swar.Load8(f, i)); l != 0 {
			return i + bits.TrailingZeros64(l)/8
		}
	}
	for i < len(f) && !runByte(f[i]) {
		i++
	}
	return i
}

// runEnd is the index of the first byte from i that runByte does not
// pass, or len(f).
func runEnd(f string, i int) int {
	for ; i+8 <= len(f); i += 8 {
		if l := ^runBytes8(swar.Load8(f, i)) & swar.Highs; l != 0 {
			return i + bits.TrailingZeros64(l)/8
		}
	}
	for i < len(f) && runByte(f[i]) {
		i++
	}
	return i
}

// runByte tells the bytes of runsFine's runs: ASCII letters and '.
func runByte(c byte) bool { return c < utf8.RuneSelf && (asciiClass[c] == clLetter || c == '\'') }

// noCorrection reports whether Check would pass over the word w, not
// known, for want of a correction (suggestFor's answers are cached).
func noCorrection(w string) bool {
	w = stem(w)
	return suggestFor(w, startsUpper(w)) == ""
}

// trailing is the punctuation simpleWord takes off a word's end.
var trailing = [256]bool{',': true, ';': true, ':': true, '!': true, '?': true, ')': true, '"': true}

// simpleKnown is m.plainKnown(w) for w, ok := simpleWord(f), when ok: the
// checks of the word's letters and its lower-casing in one pass. It runs
// for most words of every English text.
func (m *Memo) simpleKnown(f string) (known, ok bool) {
	if f[0] == '(' || f[0] == '"' {
		f = f[1:]
	}
	end := len(f)
	for end > 0 && trailing[f[end-1]] {
		end--
	}
	if end > 0 && f[end-1] == '.' && (end < 2 || f[end-2] != '.') {
		end--
	}
	w := f[:end]
	// plainKnown's answer for words too short or long, or with a capital
	// inside, is true; the letters are still all read, since a field
	// with another character is no simple word.
	skip := len(w) < 5 || len(w) > 64
	var buf [64]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || asciiClass[c] != clLetter {
			return false, false
		}
		if 'A' <= c && c <= 'Z' {
			skip = skip || i > 0
			c += 'a' - 'A'
		}
		if !skip {
			buf[i] = c
		}
	}
	if w == "" {
		return false, false
	}
	return skip || m.lookup(buf[:len(w)]), true
}

// hasLowerRun4 reports whether s has four lower-case ASCII letters (or
// apostrophes, as in don't) in a row. Eight bytes at a time: their
// letters are one mask, so neither English (a run in the first words)
// nor Japanese with IoT in it (the scan's fLower) takes a branch a byte.
func hasLowerRun4(s string) bool {
	run, i := 0, 0 // run: the letters that end the bytes read
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load8(s, i)
		l := swar.Between(x, 'a'-1, 'z'+1) | swar.Equal(x, '\'')
		// Four in the word, or the run before and those that start it.
		if l&(l>>8)&(l>>16)&(l>>24) != 0 || run+bits.TrailingZeros64(^l&swar.Highs)/8 >= 4 {
			return true
		}
		run = bits.LeadingZeros64(^l&swar.Highs) / 8
	}
	for ; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' || c == '\'' {
			if run++; run >= 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// stem drops a possessive 's or ’s: Goverment's is Goverment.
func stem(w string) string {
	if s, ok := strings.CutSuffix(w, "'s"); ok {
		return s
	}
	if s, ok := strings.CutSuffix(w, "’s"); ok {
		return s
	}
	return w
}

// plainKnown is !skipped(w) && Known(w) turned round, in one pass over
// the word for the common case: a lower-case or capitalised ASCII word.
func (m *Memo) plainKnown(w string) bool {
	w = stem(w)
	if len(w) < 5 || len(w) > 64 {
		return true // skipped, or longer than any English word
	}
	var buf [64]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 0x80 || i > 0 && 'A' <= c && c <= 'Z':
			return true // skipped
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m.lookup(buf[:len(w)])
}

// lookup tells whether the lower-cased ASCII word low is known, from the
// memo when it has the word.
func (m *Memo) lookup(low []byte) bool {
	if m == nil {
		return table.HasBytes(low) || derivedBytes(low)
	}
	if v, ok := m.known[string(low)]; ok {
		return v
	}
	v := table.HasBytes(low) || derivedBytes(low)
	m.remember(low, v)
	return v
}

// knownWord is Known(w), from the memo for an ASCII word: the same
// look-ups as plainKnown's, so they share its answers.
func (m *Memo) knownWord(w string) bool {
	var buf [64]byte
	low, ok := lowerASCII(w, buf[:0])
	if m == nil || !ok {
		return Known(w)
	}
	if v, hit := m.known[string(low)]; hit {
		return v
	}
	v := table.HasBytes(low) || derivedBytes(low)
	m.remember(low, v)
	return v
}

// remember keeps a look-up's answer, while the memo has room.
func (m *Memo) remember(low []byte, v bool) {
	if m.known == nil {
		m.known = make(map[string]bool, 256)
	}
	if len(m.known) < memoMax {
		m.known[string(low)] = v
	}
}

// skipped are the words no dictionary settles: short ones, acronyms and
// words with capitals inside, words with letters beyond ASCII (Pérez).
func skipped(w string) bool {
	if len(w) < 5 {
		return true
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || i > 0 && 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// suggestFor finds the correction: a letter left out or two swapped for
// capitalised words (names are often one letter from a word), one edit
// for short words in lower case, two for long ones. Words shorter than
// five letters are left alone: too many names and codes are one edit
// from a word (Seko, Suga, json).
func suggestFor(w string, capital bool) string {
	if len(w) < 5 {
		return ""
	}
	if capital {
		return SuggestSlip(w)
	}
	dist := 1
	if len(w) >= 8 {
		dist = 2
	}
	return Suggest(w, dist)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// titles are the words a personal name follows (Mr. Asakawa, Prime
// Minister Abe, Executive Director Birol, H.E. Mr. Tsakhia Elbegdorj).
var titles = map[string]bool{
	"mr": true, "ms": true, "mrs": true, "dr": true, "prof": true, "professor": true, "sir": true, "dame": true,
	"h.e": true, "he": true, "minister": true, "president": true, "director": true, "secretary": true,
	"ambassador": true, "governor": true, "chairman": true, "chair": true, "chairperson": true,
	"commissioner": true, "mayor": true, "king": true, "queen": true, "prince": true, "princess": true,
	"emperor": true, "empress": true, "general": true, "senator": true, "governor-general": true,
	"premier": true, "chancellor": true, "envoy": true, "representative": true, "candidate": true,
	"excellency": true, "lord": true, "lady": true, "judge": true, "justice": true, "speaker": true,
}

// isName reports whether the capitalised word toks[i] is part of a
// personal or place name: it follows a title or another capitalised word
// that is not English, or precedes such a word (Fatih Birol, Tsakhia
// Elbegdorj).
func isName(toks []Token, i int, text string) bool {
	if i > 0 && adjacent(toks[i-1], toks[i], text) {
		prev := toks[i-1].Word
		if titles[strings.ToLower(prev)] || startsUpper(prev) && !Known(prev) {
			return true
		}
	}
	if i+1 < len(toks) && adjacent(toks[i], toks[i+1], text) {
		next := toks[i+1].Word
		if startsUpper(next) && !Known(next) && !skipped(next) {
			return true
		}
	}
	return false
}

// adjacent reports whether only spaces and dots lie between two tokens
// (Dr. Fatih, H.E. Mr. Tsakhia), not a comma or a full stop and a new
// sentence.
func adjacent(a, b Token, text string) bool {
	gap := text[a.At+len(a.Word) : b.At]
	gap = strings.TrimLeft(gap, "'’")
	if strings.TrimSpace(gap) == "" {
		return true
	}
	return strings.TrimSpace(gap) == "." && titles[strings.ToLower(a.Word)]
}
