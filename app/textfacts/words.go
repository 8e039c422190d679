package textfacts

// English words the scanner reacts to, keyed in lower case.

type wordKind uint8

const (
	kNone       wordKind = iota
	kMonth               // January…December, Jan…Dec, Sept
	kWeekday             // Sunday…Saturday, Sun…Sat, Tues, Thur, Thurs
	kNumber              // one…twelve, first…tenth
	kFY                  // FY
	kFiscal              // fiscal
	kYear                // year, after "fiscal"
	kMult                // thousand, million, billion, trillion
	kPercent             // percent
	kPer                 // the "per" of "per cent"
	kCent                // the "cent" of "per cent"
	kToday               // today, yesterday, tomorrow: val is the day offset
	kRelYear             // this, next, last (before "year"): val is the year offset
	kSide                // bilateral, trilateral: val is the number of parties
	kUnitHour            // hour, hours
	kUnitMinute          // minute, minutes
	kArticle             // "an", before "hour"
	kHalf                // "half", before "an hour"
)

type wordInfo struct {
	kind   wordKind
	val    int
	abbrev bool // Jan, Wed: needs more context than the full name
}

// wordTable holds the words in open addressing by wordSlot: a look-up
// compares one key, rarely two, where a list by first letters held a
// dozen ("th": the numbers and "this", "thousand", "thursday").
var wordTable [wordSlots]wordEntry

// wordSlots is a power of two, some seven times the number of words.
const wordBits, wordSlots = 10, 1 << wordBits

// wordSlot is where the search for w starts: a hash of its first two
// letters, last letter and length, case folded, so that every spelling
// of a key starts where the key is.
func wordSlot(w string) uint32 {
	return wordHash(w) >> (32 - wordBits) // the top bits mix every input bit
}

// wordHash mixes the first two letters, the last letter and the length of
// the word w (two letters or more), case folded.
func wordHash(w string) uint32 {
	a, b, z := uint32(w[0]|0x20), uint32(w[1]|0x20), uint32(w[len(w)-1]|0x20)
	return (a | b<<8 | z<<16 | uint32(len(w))<<24) * 0x9E3779B1
}

// keywordBits has the bit wordHash(w) >> (32 - keywordHashBits) set for
// every word the scanner reacts to (lookupWord's and the fractions'): a
// filter with one look-up, which lets through some 2 % of other words.
var keywordBits [1 << keywordHashBits / 64]uint64

const keywordHashBits = 13

func addKeyword(w string) {
	h := wordHash(w) >> (32 - keywordHashBits)
	keywordBits[h/64] |= 1 << (h % 64)
	if len(w) <= 7 {
		var x uint64
		for k := len(w) - 1; k >= 0; k-- {
			x = x<<8 | uint64(w[k])
		}
		h := keyword7Hash(x)
		keyword7Bits[h/64] |= 1 << (h % 64)
	}
}

// keyword7Bits is keywordBits for the words of two to seven letters, by
// keyword7Hash of their bytes: the scanner judges such a word in the
// eight bytes it loaded to find the word's end (keywordIn).
var keyword7Bits [1 << keywordHashBits / 64]uint64

// keyword7Hash hashes the word of up to seven letters in the low bytes
// of x (zeros after it), case folded: folding the zeros too gives each
// length its own padding.
func keyword7Hash(x uint64) uint64 {
	return (x | 0x2020202020202020) * 0x9E3779B97F4A7C15 >> (64 - keywordHashBits)
}

type wordEntry struct {
	w    string
	info wordInfo
}

const maxWordLen = 13 // "quadrilateral"

func init() {
	words := map[string]wordInfo{}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, m := range months {
		words[m] = wordInfo{kind: kMonth, val: i + 1}
		if len(m) > 3 {
			words[m[:3]] = wordInfo{kind: kMonth, val: i + 1, abbrev: true}
		}
	}
	words["sept"] = wordInfo{kind: kMonth, val: 9, abbrev: true}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, d := range days {
		words[d] = wordInfo{kind: kWeekday, val: i}
		words[d[:3]] = wordInfo{kind: kWeekday, val: i, abbrev: true}
	}
	words["tues"] = wordInfo{kind: kWeekday, val: 2, abbrev: true}
	words["thur"] = wordInfo{kind: kWeekday, val: 4, abbrev: true}
	words["thurs"] = wordInfo{kind: kWeekday, val: 4, abbrev: true}
	for i, n := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve"} {
		words[n] = wordInfo{kind: kNumber, val: i + 1}
	}
	for i, n := range []string{"first", "second", "third", "fourth", "fifth", "sixth",
		"seventh", "eighth", "ninth", "tenth"} {
		words[n] = wordInfo{kind: kNumber, val: i + 1}
	}
	for i, n := range []string{"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"} {
		words[n] = wordInfo{kind: kNumber, val: i + 13}
	}
	for i, n := range []string{"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
		"seventeenth", "eighteenth", "nineteenth"} {
		words[n] = wordInfo{kind: kNumber, val: i + 11}
	}
	for i, n := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		words[n] = wordInfo{kind: kNumber, val: 10 * (i + 2)}
	}
	for i, n := range []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
		"eightieth", "ninetieth"} {
		words[n] = wordInfo{kind: kNumber, val: 10 * (i + 2)}
	}
	// Multiples: 2倍 is "twice" or "double" in English.
	for w, v := range map[string]int{"twice": 2, "double": 2, "doubled": 2, "twofold": 2,
		"triple": 3, "tripled": 3, "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10} {
		words[w] = wordInfo{kind: kNumber, val: v}
	}
	words["fy"] = wordInfo{kind: kFY}
	words["fiscal"] = wordInfo{kind: kFiscal}
	words["year"] = wordInfo{kind: kYear}
	words["thousand"] = wordInfo{kind: kMult, val: 1e3}
	words["million"] = wordInfo{kind: kMult, val: 1e6}
	words["billion"] = wordInfo{kind: kMult, val: 1e9}
	words["trillion"] = wordInfo{kind: kMult, val: 1e12}
	words["percent"] = wordInfo{kind: kPercent}
	words["per"] = wordInfo{kind: kPer}
	words["cent"] = wordInfo{kind: kCent}
	for w, v := range map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1} {
		words[w] = wordInfo{kind: kToday, val: v}
	}
	for w, v := range map[string]int{"this": 0, "next": 1, "last": -1} {
		words[w] = wordInfo{kind: kRelYear, val: v}
	}
	// 二国間 and 3国 are "bilateral(ly)" and "trilateral(ly)" in English.
	for w, v := range map[string]int{"bilateral": 2, "bilaterally": 2, "trilateral": 3, "trilaterally": 3,
		"quadrilateral": 4} {
		words[w] = wordInfo{kind: kSide, val: v}
	}
	words["an"] = wordInfo{kind: kArticle}
	words["half"] = wordInfo{kind: kHalf}
	words["hour"] = wordInfo{kind: kUnitHour}
	words["hours"] = wordInfo{kind: kUnitHour}
	words["minute"] = wordInfo{kind: kUnitMinute}
	words["minutes"] = wordInfo{kind: kUnitMinute}
	for w, info := range words {
		k := pairIndex(w)
		h := wordSlot(w)
		for wordTable[h].w != "" {
			h = (h + 1) % wordSlots
		}
		wordTable[h] = wordEntry{w, info}
		wordLens[k] |= 1 << len(w)
	}
	for w := range words {
		addKeyword(w)
	}
	for _, f := range fractionWords {
		addKeyword(f.w)
		addKeyword(f.w + "s") // third, thirds
	}
}

// wordLens has bit n of entry pairIndex(w) set when a word of n letters
// starting with w's first two letters is in wordTable. Most words of a
// text fail this one test.
var wordLens [26 * 26]uint16

// pairIndex is the bucket of a word of two letters or more, case folded.
func pairIndex(w string) int {
	return int(w[0]|0x20-'a')*26 + int(w[1]|0x20-'a')
}

// maybeKeyword reports whether the ASCII word w may be a word the scanner
// reacts to (lookupWord or a fraction); false is certain.
func maybeKeyword(w string) bool {
	if len(w) < 2 {
		return false // longer words than any keyword may pass: lookupWord tells
	}
	h := wordHash(w) >> (32 - keywordHashBits)
	return keywordBits[h/64]>>(h%64)&1 != 0
}

// lookupWord finds an ASCII word case-insensitively without allocating.
func lookupWord(w string) (wordInfo, bool) {
	if len(w) < 2 || len(w) > maxWordLen {
		return wordInfo{}, false
	}
	a, b := w[0]|0x20, w[1]|0x20 // w is ASCII letters only
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return wordInfo{}, false
	}
	k := pairIndex(w)
	if wordLens[k]&(1<<len(w)) == 0 {
		return wordInfo{}, false
	}
	for h := wordSlot(w); wordTable[h].w != ""; h = (h + 1) % wordSlots {
		if e := &wordTable[h]; len(e.w) == len(w) && equalLower(w, e.w) {
			return e.info, true
		}
	}
	return wordInfo{}, false
}

// equalLower compares the ASCII letters w with the lower-case key.
func equalLower(w, key string) bool {
	for k := 0; k < len(w); k++ {
		if w[k]|0x20 != key[k] {
			return false
		}
	}
	return true
}

// wordAt returns the kind of the ASCII word at i and its end.
func wordAt(s string, i int) (wordInfo, int) {
	j := wordEnd(s, i)
	if j == i || isDigit(at(s, j)) {
		return wordInfo{}, j
	}
	w, _ := lookupWord(s[i:j])
	return w, j
}
