package textfacts

import (
	"strconv"
	"strings"
)

// dateStrings renders the dates of text compactly (see Date.String).
func dateStrings(text string, lang Lang, year int) []string {
	var out []string
	for _, d := range Extract(text, lang, Context{Year: year}).Dates {
		out = append(out, d.String())
	}
	return out
}

// numberStrings renders the numbers of text as value, then "%" for a
// percentage, "w" for a word, "s" for a soft number, the currency and the
// other reading of a duration.
func numberStrings(text string, lang Lang) []string {
	var out []string
	for _, n := range Extract(text, lang, Context{Year: 2025}).Numbers {
		out = append(out, formatNumber(n))
	}
	return out
}

func formatNumber(n Number) string {
	s := strconv.FormatFloat(n.Value, 'f', -1, 64) + n.Unit.String()
	if n.Word {
		s += "w"
	}
	if n.Soft {
		s += "s"
	}
	if n.Currency != NoCurrency {
		s += " " + n.Currency.String()
	}
	if n.Alt != 0 {
		s += " alt " + strconv.FormatFloat(n.Alt, 'f', -1, 64)
	}
	return s
}

func join(ss []string) string { return strings.Join(ss, " | ") }
