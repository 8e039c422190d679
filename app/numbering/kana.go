package numbering

// The two orders in which katakana number items. Official guidance uses
// gojūon (ア イ ウ); laws use iroha (イ ロ ハ).
const (
	gojuon = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
	iroha  = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
)

// plausibleOrdinal is the longest list a press release plausibly numbers
// with kana. A reading beyond it (ア as the 36th iroha item) is not offered,
// so only kana such as イ, カ or チ whose two readings are both short come out
// ambiguous.
const plausibleOrdinal = 20

// kanaIndex is the 1-based position of r in order (gojuon or iroha), or 0.
// Every text that opens with kana is tried as a kana label, most of them
// hiragana prose ("また、"), so the positions are looked up in tables
// over the katakana block rather than searched for in the strings.
func kanaIndex(order string, r rune) int {
	if r < katakanaFirst || r > katakanaLast {
		return 0
	}
	if order == iroha {
		return int(irohaIndex[r-katakanaFirst])
	}
	return int(gojuonIndex[r-katakanaFirst])
}

// The katakana that the orders hold: ァ (U+30A1) to ヺ (U+30FA).
const (
	katakanaFirst = 'ァ'
	katakanaLast  = 'ヺ'
)

var gojuonIndex, irohaIndex = kanaTable(gojuon), kanaTable(iroha)

// kanaTable maps each katakana to its first 1-based position in order.
func kanaTable(order string) (t [katakanaLast - katakanaFirst + 1]uint8) {
	for i, r := range []rune(order) {
		if t[r-katakanaFirst] == 0 {
			t[r-katakanaFirst] = uint8(i + 1)
		}
	}
	return t
}

// kanaReadings reads r as a kana label: its first and other reading
// (Ordinal 0: none). Gojūon is the everyday order, so it is the first
// reading unless it would be implausibly far down a list.
func kanaReadings(r rune, paren bool) (primary, other Label) {
	g, i := kanaIndex(gojuon, r), kanaIndex(iroha, r)
	var goj, iro Label
	if g > 0 {
		goj = Label{Style: pick(paren, StyleParenKana, StyleKana), Ordinal: g}
	}
	if i > 0 {
		iro = Label{Style: pick(paren, StyleParenIroha, StyleIroha), Ordinal: i}
	}
	primary, other = goj, iro
	if g == 0 || (g > plausibleOrdinal && i > 0) {
		primary, other = iro, goj
	}
	if other.Ordinal > plausibleOrdinal {
		other = Label{}
	}
	return primary, other
}

// withAlt gives l the other reading alt, if any (Ordinal 0: none). The
// readers pass readings by value and the parsers call withAlt only once
// the separator after the label is found, so that only the other reading
// of an ambiguous label goes to the heap: every text opening with a letter
// or a kana is tried ("I am", "イノベーション"), and most are no label.
func withAlt(l, alt Label) (Label, bool) {
	if alt.Ordinal != 0 {
		l.Alt = &alt
	}
	return l, true
}

func pick[T any](cond bool, yes, no T) T {
	if cond {
		return yes
	}
	return no
}
