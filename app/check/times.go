package check

import (
	"strings"
	"unicode"

	"taiyaku/app/textfacts"
)

// checkTimes compares the times of day of a unit's two editions: times that
// differ (午後6時05分 against "6:15 p.m.") or a time in one edition only.
// These are notes: English editions add "7am JST" or leave out a time of
// the Japanese often enough that a finding only asks a reader to look.
// Japan time beside the local time (日本時間午後5時10分) is never demanded.
// A line that is nothing but times (9時58分～10時07分) paired with a line
// without any is a pairing problem, which the structure checks own.
func checkTimes(in *unitInput, out []Finding) []Finding {
	if !in.bothSides() || len(in.ja.Times)+len(in.en.Times) == 0 {
		return out
	}
	jaOnly, enOnly := unmatchedTimes(in.ja.Times, in.en.Times), unmatchedTimes(in.en.Times, in.ja.Times)
	switch {
	case jaOnly != "" && enOnly != "":
		return append(out, newFinding(TimeMismatch, in.index, EN, "FindingTimeMismatch", "JA", jaOnly, "EN", enOnly))
	case jaOnly != "" && !onlyTimes(in.jaBody, in.ja.Times):
		return append(out, newFinding(TimeMismatch, in.index, EN, "FindingTimeOnlyJA", "JA", jaOnly))
	case enOnly != "" && !onlyTimes(in.enBody, in.en.Times):
		return append(out, newFinding(TimeMismatch, in.index, JA, "FindingTimeOnlyEN", "EN", enOnly))
	}
	return out
}

// unmatchedTimes lists the times of a that no time of b matches, soft
// ones left out.
func unmatchedTimes(a, b []textfacts.Time) string {
	var out []string
	for _, t := range unmatched(a, b, func(t textfacts.Time) bool { return t.Soft }, textfacts.Time.Matches) {
		out = append(out, t.Raw)
	}
	return strings.Join(out, ", ")
}

// onlyTimes reports a text that holds nothing but its times, with
// separators: no word or other number is left once they are taken out.
func onlyTimes(text string, times []textfacts.Time) bool {
	rest := textfacts.Normalize(text)
	for _, t := range times {
		rest = strings.Replace(rest, t.Raw, "", 1)
	}
	return !strings.ContainsFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}
