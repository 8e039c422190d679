package numbering

import "slices"

// Resolve decides ambiguous labels from their neighbours within one edition,
// in document order. labels are the parsed labels of consecutive blocks; nil
// entries (blocks without a label) are allowed and skipped.
//
// Each ambiguous label takes the reading that continues the sequence: "(i)"
// after "(h)" is the letter i (9), otherwise roman 1; "イ" after "ア" is gojūon
// 2, while "イ" that starts a list followed by "ロ" is iroha 1. When neither
// reading fits better the first reading from Parse stays. Resolve clears Alt
// on every label it decides.
func Resolve(labels []*Label) {
	for i, l := range labels {
		if l == nil || l.Alt == nil {
			continue
		}
		family := []Style{l.Style, l.Alt.Style}
		if fit(labels, i, family, *l.Alt) > fit(labels, i, family, *l) {
			l.Style, l.Ordinal = l.Alt.Style, l.Alt.Ordinal
		}
		l.Alt = nil
	}
}

// fit scores how well reading r of labels[i] continues its list. Looking
// only at labels of the same family (the styles the label could be) skips
// over nested sub-items: "(h)", "(A)", "(i)" still reads (i) as a letter.
func fit(labels []*Label, i int, family []Style, r Label) int {
	score := 0
	if r.Ordinal == 1 { // a new list may start anywhere
		score++
	}
	if p := nearest(labels, i, -1, family); p != nil && p.Style == r.Style && p.Ordinal == r.Ordinal-1 {
		score += 2
	}
	if n := nearest(labels, i, +1, family); n != nil && hasReading(n, r.Style, r.Ordinal+1) {
		score += 2
	}
	return score
}

// nearest returns the closest label before (step -1) or after (step +1)
// labels[i] that has a reading in family.
func nearest(labels []*Label, i, step int, family []Style) *Label {
	for j := i + step; j >= 0 && j < len(labels); j += step {
		if l := labels[j]; l != nil && (slices.Contains(family, l.Style) || l.Alt != nil && slices.Contains(family, l.Alt.Style)) {
			return l
		}
	}
	return nil
}

// hasReading reports whether l can be read as (style, ordinal); later labels
// are not resolved yet, so both readings count.
func hasReading(l *Label, style Style, ordinal int) bool {
	return l.Style == style && l.Ordinal == ordinal ||
		l.Alt != nil && l.Alt.Style == style && l.Alt.Ordinal == ordinal
}
