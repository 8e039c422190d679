package numbering

import "strings"

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

// kanaIndex is the 1-based position of r in order, or 0.
func kanaIndex(order string, r rune) int {
	i := strings.IndexRune(order, r)
	if i < 0 {
		return 0
	}
	return i/len("ア") + 1
}

// kanaLabel reads r as a kana label. Gojūon is the everyday order, so it is
// the first reading unless it would be implausibly far down a list.
func kanaLabel(r rune, paren bool) (Label, bool) {
	g, i := kanaIndex(gojuon, r), kanaIndex(iroha, r)
	var goj, iro Label // Ordinal 0: no such reading
	if g > 0 {
		goj = Label{Style: pick(paren, StyleParenKana, StyleKana), Ordinal: g}
	}
	if i > 0 {
		iro = Label{Style: pick(paren, StyleParenIroha, StyleIroha), Ordinal: i}
	}
	primary, other := goj, iro
	if g == 0 || (g > plausibleOrdinal && i > 0) {
		primary, other = iro, goj
	}
	if other.Ordinal > plausibleOrdinal {
		other = Label{}
	}
	return withAlt(primary, other)
}

// withAlt makes a label from its first reading and an optional other one
// (Ordinal 0: none). Readings are passed by value so that only the other
// reading of an ambiguous label goes to the heap: every text opening with
// a letter or a kana is tried, and most are no label at all.
func withAlt(primary, alt Label) (Label, bool) {
	if primary.Ordinal == 0 {
		return Label{}, false
	}
	if alt.Ordinal != 0 {
		primary.Alt = &alt
	}
	return primary, true
}

func pick[T any](cond bool, yes, no T) T {
	if cond {
		return yes
	}
	return no
}
