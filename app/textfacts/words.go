package textfacts

// English words the scanner reacts to, keyed in lower case.

type wordKind uint8

const (
	kNone wordKind = iota
	kMonth
	kWeekday
	kNumber // one…twelve, first…tenth
	kFY
	kFiscal
	kYear
	kMult    // thousand, million, billion, trillion
	kPercent // percent; "per" of "per cent"
	kPer
	kCent
)

type wordInfo struct {
	kind   wordKind
	val    int
	abbrev bool // Jan, Wed: needs more context than the full name
}

var words = map[string]wordInfo{}

// wordLens[c] has bit n set when some key of words starts with c and has n
// letters; it rejects most words before the map is consulted.
var wordLens [26]uint16

const maxWordLen = 9 // "september", "wednesday"

func init() {
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
	for w := range words {
		wordLens[w[0]-'a'] |= 1 << len(w)
	}
}

// lookupWord finds an ASCII word case-insensitively without allocating.
func lookupWord(w string) (wordInfo, bool) {
	if len(w) < 2 || len(w) > maxWordLen {
		return wordInfo{}, false
	}
	c := w[0] | 0x20
	if c < 'a' || c > 'z' || wordLens[c-'a']&(1<<len(w)) == 0 {
		return wordInfo{}, false
	}
	var buf [maxWordLen]byte
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20 // w is ASCII letters only
	}
	info, ok := words[string(buf[:len(w)])]
	return info, ok
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
