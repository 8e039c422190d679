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
	var goj, iro *Label
	if g > 0 {
		goj = &Label{Style: pick(paren, StyleParenKana, StyleKana), Ordinal: g}
	}
	if i > 0 {
		iro = &Label{Style: pick(paren, StyleParenIroha, StyleIroha), Ordinal: i}
	}
	primary, other := goj, iro
	if goj == nil || (g > plausibleOrdinal && iro != nil) {
		primary, other = iro, goj
	}
	if other != nil && other.Ordinal > plausibleOrdinal {
		other = nil
	}
	return withAlt(primary, other)
}

// withAlt makes a label from its first reading and an optional other one.
func withAlt(primary, alt *Label) (Label, bool) {
	if primary == nil {
		return Label{}, false
	}
	l := *primary
	l.Alt = alt
	return l, true
}

func pick[T any](cond bool, yes, no T) T {
	if cond {
		return yes
	}
	return no
}
