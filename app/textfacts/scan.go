package textfacts

import (
	"math/bits"
	"unicode/utf8"

	"taiyaku/app/internal/swar"
)

// span is a byte range [start, end) of the normalised text.
type span struct{ start, end int }

// scanner walks one normalised text once, left to right. Each matcher either
// claims a span (and returns its end) or reports failure without side
// effects, so the order in which matchers are tried is the priority order.
type scanner struct {
	full string // the whole normalised text
	s    string // full cut at the next link, so no match runs into a URL
	ctx  Context
	used ctxUse // the fields of ctx read so far: what the facts depend on
	// numAt is where the remembered numeral num was read (-1: none).
	numAt int
	num   numScan
	numOK bool
	f     Facts
	out   slabs // the blocks f is written into, for a short text
	// long is set for a text of longText bytes or more, whose facts f
	// gathers in scratch (the lists of the last such text, emptied).
	long    bool
	scratch Facts
	runs    plainRuns
	links   []span // URLs and e-mail addresses, in order
	// amounts are the numbers read by addAmount, with their spans, so that
	// a currency written once can be shared ("1.2 and 3.4 million dollars").
	amounts []amountSpan
	masks   []span // dates, telephone numbers and era years, in order (Japanese only)
	ja      bool   // Latin tokens wanted, so masks are kept
	// letters is set when an ASCII letter occurs outside links; without one
	// there are no Latin tokens to look for.
	letters bool
}

// ctxUse is a set of the fields of a Context, those an extraction read.
type ctxUse uint8

const (
	useYear ctxUse = 1 << iota
	useMonth
	useDay
)

// year, month and day read the Context, noting the read, so that a cache
// knows which other contexts give the same facts. Every read of sc.ctx goes
// through them (or follows one of them in the same function).
func (sc *scanner) year() int  { sc.used |= useYear; return sc.ctx.Year }
func (sc *scanner) month() int { sc.used |= useMonth; return sc.ctx.Month }
func (sc *scanner) day() int   { sc.used |= useDay; return sc.ctx.Day }

// agrees reports whether a and b have the same values in the fields of u.
func (u ctxUse) agrees(a, b Context) bool {
	return (u&useYear == 0 || a.Year == b.Year) &&
		(u&useMonth == 0 || a.Month == b.Month) &&
		(u&useDay == 0 || a.Day == b.Day)
}

func (sc *scanner) scanAll() {
	from := 0
	for _, l := range sc.links {
		sc.scanSegment(from, l.start)
		from = l.end
	}
	sc.scanSegment(from, len(sc.full))
	sc.s = sc.full
}

func (sc *scanner) scanSegment(from, to int) {
	sc.s = sc.full[:to]
	sc.numAt = -1 // the memo was of another cut of the text
	s := sc.s
	for i := from; i < to; {
		switch scanClass[s[i]] {
		case clsSkip:
			for i++; i < to && scanClass[s[i]] == clsSkip; i++ { // ", " and ". " at once
			}
		case clsLetter:
			sc.letters = true
			i = sc.words(i)
		case clsLead3:
			if j := sc.atLead3(i); j > i {
				i = j
			} else {
				i += seqLen(s, i)
			}
		case clsDigit:
			i = sc.atDigit(i)
		case clsPlus:
			i = sc.atPlus(i)
		default:
			i += seqLen(s, i)
		}
	}
}

// words passes the English words from the letter at i on and returns
// where the scan goes on: the end of the word atWord handled, or the
// first byte after the words passed. Most words start nothing atWord looks
// for: a suffix such as the "nd" of 22nd or the "G" of 5G, or neither a
// keyword nor a Roman numeral. A word of up to seven letters is judged in
// the eight bytes loaded to find its end (its first, second and last
// letters are in them), and a next word after one space is read in the
// same loop: a round of scanSegment's loop and a look at the text for each
// English word cost twice as much.
func (sc *scanner) words(i int) int {
	s := sc.s
	if i > 0 && isAlnum(s[i-1]) {
		j := wordEnd(s, i) // a suffix, passed
		if at(s, j) == ' ' {
			j++
		}
		return j
	}
	for i+8 <= len(s) {
		x := swar.Load8(s, i)
		m := nonLetters8(x)
		var j int
		if m != 0 {
			n := bits.TrailingZeros64(m) >> 3 // the word's letters, 1..7
			b := (m & -m) >> 7                // 1 << 8n: the first byte after the word
			if b == 1<<8 || x&0x20 == 0 && romanPair(x) || keywordIn(x&(b-1)) {
				return sc.atWord(i, i+n)
			}
			if x&(b*0xFF) == b*' ' && ^m&(b<<15) != 0 { // (b<<15 is 0 after seven letters)
				i += n + 1 // one space and the next word, the common case
				continue
			}
			j = i + n
		} else {
			// Eight letters or more, judged as the text's last words are.
			if j = wordEnd(s, i+8); x&0x20 == 0 && romanPair(x) || maybeKeyword(s[i:j]) {
				return sc.atWord(i, j)
			}
		}
		// Punctuation and spaces start nothing: a word after them is read
		// on in this loop too.
		for j < len(s) && scanClass[s[j]] == clsSkip {
			j++
		}
		if j == len(s) || !isLetter(s[j]) {
			return j
		}
		i = j
	}
	return sc.word(i, wordEnd(s, i))
}

// word handles the word s[i:j] of a letter after no letter or digit, as
// words does those it judges in its eight bytes.
func (sc *scanner) word(i, j int) int {
	s := sc.s
	if j-i == 1 || isRomanLetter(s[i]) && isRomanLetter(s[i+1]) || maybeKeyword(s[i:j]) {
		return sc.atWord(i, j)
	}
	if at(s, j) == ' ' {
		j++ // the space between two words, without a round of the loop
	}
	return j
}

// romanPair reports whether the first two bytes of x are Roman numeral
// letters.
func romanPair(x uint64) bool {
	return isRomanLetter(byte(x)) && isRomanLetter(byte(x>>8))
}

// keywordIn is maybeKeyword for the word w of two to seven letters,
// its bytes in the low bytes of w and zeros after them: keyword7Bits,
// one multiplication of the whole word.
func keywordIn(w uint64) bool {
	h := keyword7Hash(w)
	return keyword7Bits[h/64]>>(h%64)&1 != 0
}

// The classes of the bytes scanSegment dispatches on.
const (
	clsSkip   = iota // ASCII that starts nothing
	clsDigit         // 0-9
	clsLetter        // A-Z a-z
	clsPlus          // '+', of +81-3-…
	clsLead3         // the first byte of a three-byte sequence (Japanese)
	clsOther         // any other non-ASCII byte
)

var scanClass = func() (t [256]uint8) {
	for c := range t {
		switch b := byte(c); {
		case isDigit(b):
			t[c] = clsDigit
		case isLetter(b):
			t[c] = clsLetter
		case b == '+':
			t[c] = clsPlus
		case b < utf8.RuneSelf:
			t[c] = clsSkip
		case b >= 0xE0 && b < 0xF0:
			t[c] = clsLead3
		default:
			t[c] = clsOther
		}
	}
	return t
}()

// atLead3 walks the three-byte sequences from i on, most of a Japanese
// text, and stops at the first rune atRune reacts to (an era name's first
// character, a kanji numeral, 本日 …) or at anything else. It returns i when
// there is no whole sequence at i.
func (sc *scanner) atLead3(i int) int {
	s := sc.s
	if j := sc.runs.end(i); j > i && j <= len(s) && s[i]&0xC0 != 0x80 {
		i = j // plain characters all, as Normalize found (i starts one)
	}
	for i+2 < len(s) {
		t := s[i : i+3] // one bounds check for the three bytes
		c, b1, b2 := t[0], t[1], t[2]
		if c&0xF0 != 0xE0 {
			return i
		}
		if b1&0xC0 != 0x80 || b2&0xC0 != 0x80 {
			return i + seqLen(s, i) // not a whole sequence
		}
		if reacts3[c&0x0F][b1&0x3F]>>(b2&0x3F)&1 != 0 {
			return sc.atRune(i)
		}
		i += 3
	}
	return i
}

// numeral is scanNumeral(sc.s, i), remembered for the last i: the date
// matchers and the number reader look at the same digits in turn. It
// points at the memo, which callers only read: a copy of the struct
// right after its fields were stored stalled on store forwarding.
func (sc *scanner) numeral(i int) (*numScan, bool) {
	if sc.numAt != i {
		sc.numOK = scanNumeralTo(sc.s, i, &sc.num)
		sc.numAt = i
	}
	return &sc.num, sc.numOK
}

// atDigit tries, in priority order, the things that start with a digit.
// Matchers that need a year (four digits) or a month, day or hour (one or
// two) are not tried on other runs of digits, where they would fail, and
// none is called where the byte after the digits (next) or the first
// digit already fails it: most numbers go straight to number, without a
// call to each matcher to hear it fail.
func (sc *scanner) atDigit(i int) int {
	s := sc.s
	n := digitRun(s, i)
	year, small := n == 4, n <= 2
	next := at(s, i+n) // what follows the digits rules out most matchers
	// The matchers of Japanese forms need 年, 月 or 日 after the digits: an
	// ASCII text is spared them.
	wide := sc.runs.wide
	dash := next == '-' || next == '~' // of the ranges 2025~2027年度 and 4~6月
	if year && (next == '-' || next == '/' || next == '.') {
		if end, ok := sc.ymdDate(i); ok {
			return end
		}
	}
	if s[i] == '0' { // a telephone number's trunk prefix
		if end, ok := sc.phone(i); ok {
			return end
		}
	}
	if small && mayFollowHour(next) && (next != ' ' || sc.meridiemAfter(i+n)) {
		if end, ok := sc.clockTime(i); ok {
			return end
		}
	}
	if small && wide && dash {
		if end, ok := sc.monthRange(i); ok {
			return end
		}
	}
	if year && wide && dash {
		if end, ok := sc.fiscalRange(i); ok {
			return end
		}
	}
	if wide && sc.mayBeJaDate(i) {
		if end, ok := sc.jaDate(i, -1); ok { // a digit starts no era name
			return end
		}
	}
	if small && mayFollowDay(next) && (next != ' ' || mayFollowDaySpace(at(s, skipSpaces(s, i+n)))) &&
		(next != ',' || !isGroup(s, i+n+1)) { // dayAt refuses 4,357 and 12,026
		if end, ok := sc.dayFirstDate(i, i, -1); ok {
			return end
		}
	}
	if year && next == ' ' && at(s, i+n+1)|0x20 == 'f' { // "2025 fiscal year"
		if end, ok := sc.yearFiscal(i); ok {
			return end
		}
	}
	if small && wide && next == "日"[0] {
		if end, ok := sc.dayOnly(i); ok {
			return end
		}
	}
	if small && !sc.ja && i >= 4 && s[i-2] == 'e' { // "the 7th"
		if end, ok := sc.enDayOnly(i); ok {
			return end
		}
	}
	return sc.number(i)
}

// mayBeJaDate reports whether jaDate may match at the digit i: its
// numeral (which number reads next in any case, from the memo) must be
// followed by 年 or 月, after spaces or not; false is certain.
func (sc *scanner) mayBeJaDate(i int) bool {
	ns, ok := sc.numeral(i)
	if !ok {
		return false
	}
	c := at(sc.s, ns.end)
	return c == ' ' || c == "年"[0] || c == "月"[0]
}

// mayFollowDay reports whether c may follow the day of "22 January": an
// ordinal suffix's letter, the space before the month, or the separator of
// another day (", and ", " & ", " to ", "-", "~"). Most numbers are
// followed by something else (件, %, a full stop), and dayFirstDate is
// then not called.
func mayFollowDay(c byte) bool {
	return c == ' ' || c == ',' || c == '-' || c == '~' || isLetter(c)
}

// mayFollowDaySpace reports whether c, the first byte after the spaces
// that follow a day, may go on a date: a month's capital ("22 January"),
// or the "of", "and", "&" or "to" of "8th of June" and "8 and 9 June".
// "41 countries" fails it, and dayFirstDate is then not called.
func mayFollowDaySpace(c byte) bool {
	return isUpper(c) || c == 'o' || c == 'a' || c == '&' || c == 't'
}

// meridiemAfter reports whether a.m. or p.m. may follow the spaces at j,
// the only thing clockTime reads after an hour and a space ("7 a.m."), in
// English only.
func (sc *scanner) meridiemAfter(j int) bool {
	c := at(sc.s, skipSpaces(sc.s, j)) | 0x20
	return !sc.ja && (c == 'a' || c == 'p')
}

// mayFollowHour reports whether c may follow the hour of a time of day
// (clockTime): the colon of 2:00, the first byte of 時, or a.m. or p.m.,
// after spaces or not.
func mayFollowHour(c byte) bool {
	return c == ':' || c == ' ' || c|0x20 == 'a' || c|0x20 == 'p' || c == "時"[0]
}

// digitRun counts the ASCII digits from i on.
func digitRun(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return j - i
}

// atWord handles the ASCII word s[i:j], which scanSegment did not pass
// over, and returns where to go on.
func (sc *scanner) atWord(i, j int) int {
	s := sc.s
	if j == i+1 {
		// One letter ("a", "I", the R of R7.1.22): no keyword, fraction
		// or Roman numeral has one, and era letters are capitals.
		if isUpper(s[i]) {
			if end, ok := sc.eraLetterDate(i); ok {
				return end
			}
		}
		return j
	}
	if j-i == 4 && equalLower(s[i:j], "half") {
		if end, ok := sc.anHour(i, j, true); ok {
			return end // "half an hour" before the fraction "half"
		}
	}
	if end, ok := sc.enFraction(i, j); ok {
		return end
	}
	w, ok := lookupWord(s[i:j])
	if !ok {
		if j == i+1 {
			if end, ok := sc.eraLetterDate(i); ok {
				return end
			}
		}
		if end, ok := sc.romanNumber(i, j); ok {
			return end
		}
		return j
	}
	end, ok := 0, false
	switch w.kind {
	case kMonth:
		if isUpper(s[i]) {
			end, ok = sc.monthDate(i, i, j, w.val, w.abbrev, -1)
		}
	case kWeekday:
		end, ok = sc.weekdayDate(i, j, w.val)
	case kNumber:
		end, ok = sc.wordNumber(i, j, w.val)
	case kFY:
		end, ok = sc.fyDate(i, j)
	case kFiscal:
		end, ok = sc.fiscalDate(i, j)
	case kToday:
		end, ok = sc.relativeDay(i, j, w.val)
	case kRelYear:
		end, ok = sc.enRelativeYear(i, j, w.val)
	case kArticle, kHalf:
		end, ok = sc.anHour(i, j, w.kind == kHalf)
	case kSide:
		sc.addNumber(Number{Value: float64(w.val), Raw: s[i:j], Word: true})
		end, ok = j, true
	}
	if ok {
		return end
	}
	return j
}

// atRune handles a non-ASCII rune: era names, kanji numerals, and words
// relative to the release date (本日, 来年).
func (sc *scanner) atRune(i int) int {
	r, size := decodeRune(sc.s, i)
	if isRelativeStart(r) {
		if end, ok := sc.relativeAt(i); ok {
			return end
		}
	}
	switch {
	case isEraStart(r):
		// 明, 大, 昭, 平 and 令 start no numeral, so jaDate could only read
		// an era name here; most of them (大臣, 明確) start none.
		era := eraAt(sc.s, i)
		if era < 0 {
			break
		}
		if end, ok := sc.jaDate(i, era); ok {
			return end
		}
	case kanjiDigit(r) >= 0 || r == '十': // no era name starts with one
		if end, ok := sc.jaDate(i, -1); ok {
			return end
		}
		if end, ok := sc.kanjiNumber(i); ok {
			return end
		}
	}
	return i + size
}

// addDate appends d with its span. It copies d field by field into its
// place: Date is seven words and four flags, passed in memory, and a
// copy of it as a whole right after the matcher stored its fields
// stalled on store forwarding.
func (sc *scanner) addDate(d *Date, start, end int) {
	sc.f.Dates = append(sc.f.Dates, Date{})
	p := &sc.f.Dates[len(sc.f.Dates)-1]
	p.Year, p.Month, p.Day, p.Weekday = d.Year, d.Month, d.Day, d.Weekday
	p.Fiscal, p.HasYear, p.MonthGuess, p.Soft = d.Fiscal, d.HasYear, d.MonthGuess, d.Soft
	p.Raw = sc.s[start:end]
	sc.mask(start, end)
}

func (sc *scanner) addNumber(n Number) {
	sc.f.Numbers = append(sc.f.Numbers, n)
}

// mask records a span that must not yield Latin tokens. Range dates add the
// same span twice; only the last entry needs checking.
func (sc *scanner) mask(start, end int) {
	if !sc.ja {
		return
	}
	if k := len(sc.masks); k > 0 && sc.masks[k-1] == (span{start, end}) {
		return
	}
	sc.masks = append(sc.masks, span{start, end})
}

// Byte classes. The scanner works on normalised text, where digits and
// Latin letters are ASCII.

func isRelativeStart(r rune) bool {
	return r == '本' || r == '今' || r == '昨' || r == '来' || r == '明' || r == '先' || r == '同'
}

// One unsigned comparison each: these run on every byte.
func isDigit(c byte) bool  { return c-'0' < 10 }
func isUpper(c byte) bool  { return c-'A' < 26 }
func isLetter(c byte) bool { return c|0x20-'a' < 26 }
func isAlnum(c byte) bool  { return alnumByte[c] }

// at returns s[i], or 0 past the end, so look-aheads need no bounds checks.
func at(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// wordEnd returns the end of the ASCII letters from i on. It looks at eight
// bytes at once where it can: most English words end within the first
// eight, where a byte at a time costs a loop round for each letter.
// scanSegment has its first look written out (wordEndAt).
func wordEnd(s string, i int) int {
	for i+8 <= len(s) {
		if m := letters8(swar.Load8(s, i)) ^ swar.Highs; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return i
}

// digitsAt reads 1..limit ASCII digits at i. It fails when there are none or
// more than limit, so a match never stops in the middle of a digit run.
func digitsAt(s string, i, limit int) (v, end int, ok bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		if j-i == limit {
			return 0, i, false
		}
		v = v*10 + int(s[j]-'0')
		j++
	}
	return v, j, j > i
}

// hasPrefixAt reports whether s[i:] starts with p.
func hasPrefixAt(s string, i int, p string) bool {
	if i > len(s) || len(s)-i < len(p) {
		return false
	}
	// The last byte first: it tells most Japanese words apart, whose
	// first bytes are alike, and costs no call.
	return len(p) == 0 || s[i+len(p)-1] == p[len(p)-1] && s[i:i+len(p)] == p
}

// reacts3 marks the runes of three UTF-8 bytes atRune reacts to: bit b2&0x3F
// of reacts3[c&0x0F][b1&0x3F] for the rune c b1 b2. One look-up a character
// tells them from the rest exactly, so atRune is never called in vain on
// the many characters that share their first two bytes (上, 下, 中 with 一).
var reacts3 = func() (t [16][64]uint64) {
	// The runes of reactsAtRune (a test checks the list).
	for _, r := range "〇一二三四五六七八九十明大昭平令本今昨来先同" {
		var b [3]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]&0x0F][b[1]&0x3F] |= 1 << (b[2] & 0x3F)
	}
	return t
}()

// reactsAtRune reports whether atRune may do anything at r but step over it.
func reactsAtRune(r rune) bool {
	return isRelativeStart(r) || isEraStart(r) || kanjiDigit(r) >= 0 || r == '十'
}

// seqLen is the length of the UTF-8 sequence at s[i], inlined for the
// three-byte sequences of Japanese text.
func seqLen(s string, i int) int {
	if c := s[i]; c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return 3
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// decodeRune decodes the rune at s[i], with an inlined path for the
// three-byte sequences of Japanese text, which dominate the scanning time.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xE0 && c < 0xF0 && i+2 < len(s) {
		b1, b2 := s[i+1], s[i+2]
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}
