package textfacts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Money. An amount keeps the class of its currency so that 120万ドル
// rendered "1.2 million" (the dollars lost) differs from "1.2 million
// dollars", and an equivalent in another currency in parentheses
// (20万ドル（約2,300万円）) is marked Soft: English editions often drop it.

// jaCurrencies are the currency words after a Japanese amount, longest
// first where one is the end of another. A bare 元 is left out: after a
// number it is more often part of a word (2元的) than yuan.
var jaCurrencies = [...]struct {
	w     string
	class Currency
}{
	{"米ドル", USD}, {"豪ドル", USD}, {"ドル", USD}, {"円", JPY}, {"ユーロ", EUR},
	{"ポンド", GBP}, {"人民元", CNY}, {"ウォン", KRW}, {"ルピー", INR},
}

// jaCurrencyFirst marks the first characters of jaCurrencies' words (all
// of three bytes), as reacts3 marks those the scanner reacts to.
var jaCurrencyFirst = func() (t [16][64]uint64) {
	for _, c := range jaCurrencies {
		t[c.w[0]&0x0F][c.w[1]&0x3F] |= 1 << (c.w[2] & 0x3F)
	}
	return t
}()

// enAfter are the currency words after an English amount ("23 million
// yen", "10-billion-yen"); enBefore the signs and codes before one.
var enAfter = [...]struct {
	w     string
	class Currency
}{
	{"yen", JPY}, {"Japanese yen", JPY}, {"dollars", USD}, {"dollar", USD}, {"US dollars", USD}, {"U.S. dollars", USD},
	{"USD", USD}, {"JPY", JPY}, {"euros", EUR}, {"euro", EUR}, {"EUR", EUR},
	{"pounds", GBP}, {"GBP", GBP}, {"yuan", CNY}, {"won", KRW}, {"rupees", INR},
}

var enBefore = [...]struct {
	w     string
	class Currency
}{
	{"US$", USD}, {"A$", USD}, {"$", USD}, {"¥", JPY}, {"€", EUR}, {"£", GBP},
	{"USD", USD}, {"JPY", JPY}, {"EUR", EUR}, {"GBP", GBP}, {"RMB", CNY},
}

// enAfterBy lists in order the indices in enAfter of the words by their
// first byte, approxBy those in approxWords by their last: a look-up
// compares only the words that may match. enBeforeLast marks the last
// bytes of enBefore's words. Most amounts have no currency, and one look
// at a byte tells.
var (
	enAfterBy, approxBy [256][]int8
	enBeforeLast        [256]bool
)

// approxLast marks "(" and the last bytes of the approximation words.
var approxLast [256]bool

func init() {
	for k, c := range enAfter {
		enAfterBy[c.w[0]] = append(enAfterBy[c.w[0]], int8(k))
	}
	for k, w := range approxWords {
		approxBy[w[len(w)-1]] = append(approxBy[w[len(w)-1]], int8(k))
	}
	for _, c := range enBefore {
		enBeforeLast[c.w[len(c.w)-1]] = true
	}
	approxLast['('] = true
	for _, w := range approxWords {
		approxLast[w[len(w)-1]] = true
	}
}

// approxWords may stand between the opening parenthesis of an equivalent
// and its amount.
var approxWords = [...]string{"約", "およそ", "概ね", "邦貨換算", "approx.", "approximately", "approx",
	"about", "around", "roughly", "some", "equivalent to", "equivalent of", "ca."}

// addAmount completes the number s[i:end], the last of sc.f.Numbers, with
// its currency, Soft when it is an equivalent in parentheses of an amount
// in another currency. It works on the number in place: a Number copied
// right after its fields were stored stalled on store forwarding.
func (sc *scanner) addAmount(n *Number, i, end int) {
	s := sc.s
	var before string // the text before the amount, read only where needed
	if sc.ja {
		var w string
		n.Currency, w = jaCurrencyAt(s, end)
		n.Raw = s[i : end+len(w)] // 120万ドル, so a message names the currency
		if n.Currency != NoCurrency && n.Token == "" {
			before = trimSpacesRight(s[:i])
		}
	} else if before = trimSpacesRight(s[:i]); before != "" && enBeforeLast[before[len(before)-1]] {
		for _, c := range enBefore {
			if strings.HasSuffix(before, c.w) {
				n.Currency, before = c.class, strings.TrimRight(before[:len(before)-len(c.w)], " ")
				break
			}
		}
	}
	if !sc.ja && n.Currency == NoCurrency && len(enAfterBy[at(s, end+1)]) > 0 {
		n.Currency = enCurrencyAt(s, end) // only before a currency word's first letter
	}
	if n.Currency != NoCurrency && n.Token == "" && openedBefore(before) && sc.otherCurrencyBefore(n.Currency) {
		n.Soft = true
	}
	if n.Token == "" {
		sc.amounts = append(sc.amounts, amountSpan{k: len(sc.f.Numbers) - 1, span: span{i, end}})
	}
}

type amountSpan struct {
	k int // index in Facts.Numbers
	span
}

// shareCurrencies gives a currency written once to the amount beside it,
// joined by "and", "or", "to", a comma or a dash: "1.2 and 3.4 million
// dollars", "$1.2 million and 3.4 million", 1億及び2億円.
func (sc *scanner) shareCurrencies() {
	ns := sc.f.Numbers
	for k := 1; k < len(sc.amounts); k++ {
		a, b := sc.amounts[k-1], sc.amounts[k]
		x, y := &ns[a.k], &ns[b.k]
		if (x.Currency == NoCurrency) == (y.Currency == NoCurrency) || !connective(sc.full[a.end:b.start]) {
			continue
		}
		if x.Currency == NoCurrency {
			x.Currency = y.Currency
		} else {
			y.Currency = x.Currency
		}
	}
}

// connective reports the few words that join two amounts of one currency.
func connective(gap string) bool {
	// Most gaps are stretches of text between two amounts: when neither
	// end has anything to trim, a gap longer than the longest connective
	// (または) is none, without trimming.
	if len(gap) > len("または") && !strings.HasSuffix(gap, "US") {
		first, _ := utf8.DecodeRuneInString(gap)
		last, _ := utf8.DecodeLastRuneInString(gap)
		if !gapPadding(first) && !gapPadding(last) {
			return false
		}
	}
	gap = strings.Trim(gap, " $¥€£")
	gap = strings.TrimSuffix(gap, "US")
	switch strings.TrimSpace(gap) {
	case "", "and", "or", "to", ",", "-", "~", ", and", "及び", "および", "又は", "または", "、", "から":
		return true
	}
	return false
}

// gapPadding reports a rune connective trims from a gap's ends.
func gapPadding(r rune) bool {
	return r == '$' || r == '¥' || r == '€' || r == '£' || unicode.IsSpace(r)
}

// jaCurrencyAt returns the class and the word of the currency at end.
func jaCurrencyAt(s string, end int) (Currency, string) {
	// Most numbers are followed by something else (件, 年, 社): one look at
	// the next character tells.
	if end < 0 || end+3 > len(s) {
		return NoCurrency, ""
	}
	if t := s[end : end+3]; jaCurrencyFirst[t[0]&0x0F][t[1]&0x3F]>>(t[2]&0x3F)&1 == 0 || t[0]&0xF0 != 0xE0 {
		return NoCurrency, ""
	}
	for _, c := range jaCurrencies {
		if hasPrefixAt(s, end, c.w) {
			return c.class, c.w
		}
	}
	return NoCurrency, ""
}

func enCurrencyAt(s string, end int) Currency {
	if c := at(s, end); c != ' ' && c != '-' {
		return NoCurrency
	}
	for _, k := range enAfterBy[at(s, end+1)] {
		if c := enAfter[k]; hasPrefixAt(s, end+1, c.w) && !isLetter(at(s, end+1+len(c.w))) {
			return c.class
		}
	}
	return NoCurrency
}

// trimSpacesRight is strings.TrimRight(s, " ") without its call: it runs
// on the text before every English amount.
func trimSpacesRight(s string) string {
	k := len(s)
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	return s[:k]
}

// openedBefore reports an opening parenthesis just before an amount, with
// an approximation word between them: "(約", "(approx. ".
func openedBefore(before string) bool {
	if before == "" || !approxLast[before[len(before)-1]] {
		return false // neither "(" nor the end of an approximation word
	}
	for _, k := range approxBy[before[len(before)-1]] {
		if w := approxWords[k]; strings.HasSuffix(before, w) {
			before = strings.TrimRight(before[:len(before)-len(w)], " ")
			break
		}
	}
	return strings.HasSuffix(before, "(")
}

// otherCurrencyBefore reports an earlier amount of the text in another
// currency, of which the amount being read is the equivalent.
func (sc *scanner) otherCurrencyBefore(class Currency) bool {
	for k := len(sc.f.Numbers) - 1; k >= 0; k-- {
		if c := sc.f.Numbers[k].Currency; c != NoCurrency && c != class {
			return true
		}
	}
	return false
}
