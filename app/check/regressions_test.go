package check

import (
	"testing"

	"taiyaku/app/release"
)

// Defects found while writing the tables, fixed since: each case is a real
// text the checker once got wrong, kept as a regression test.
func TestKnownBugs(t *testing.T) {
	g := parseGlossary(`
[terms]
"総務省" = ["Ministry of Internal Affairs and Communications", "MIC"]
"国税庁" = ["National Tax Agency", "NTA"]
"防衛省" = ["Ministry of Defense", "MOD"]
`)
	cases := []struct {
		name, bug string
		id        string
		r         *release.Release
		want      []want
	}{
		{
			name: "MIC inside economic",
			bug:  "regression: glossary renderings match anywhere in the English, not as words: MIC is found in 'economic', so a missing 総務省 goes unreported (glossary.rendered)",
			id:   TermMismatch,
			r:    para("総務省は経済対策を発表した。", "The government announced economic measures."),
			want: []want{{0, EN, "FindingTerm"}},
		},
		{
			name: "NTA inside fundamental",
			bug:  "regression: glossary renderings match inside words: NTA is found in 'fundamental', so a missing 国税庁 goes unreported",
			id:   TermMismatch,
			r:    para("国税庁は基本方針を示した。", "The agency set out its fundamental policy."),
			want: []want{{0, EN, "FindingTerm"}},
		},
		{
			name: "MOD inside model",
			bug:  "regression: glossary renderings match inside words: MOD is found in 'model', so a missing 防衛省 goes unreported",
			id:   TermMismatch,
			r:    para("防衛省はモデル事業を行う。", "The ministry runs a model project."),
			want: []want{{0, EN, "FindingTerm"}},
		},
		{
			name: "2時 against 2:00",
			bug:  "regression: the minutes of a clock time are read as a number: 午後2時 against '2:00 p.m.' is a number-mismatch error (EN 00)",
			id:   NumberMismatch,
			r:    para("午後2時から開催する。", "It will be held from 2:00 p.m."),
		},
		{
			name: "1～3月 against January–March",
			bug:  "regression: the compact month range 1～3月 reads as the number 1 and the month March, so 1～3月期 against 'January–March' is a date-mismatch error",
			id:   DateMismatch,
			r:    para("1～3月期のGDPを公表した。", "GDP for January–March was published."),
		},
		{
			name: "1～3月 against January–March, numbers",
			bug:  "regression: the compact month range 1～3月 leaves a stray number 1, so 1～3月期 against 'January–March' is a number-mismatch error",
			id:   NumberMismatch,
			r:    para("1～3月期のGDPを公表した。", "GDP for January–March was published."),
		},
		{
			name: "CO2 against carbon dioxide",
			bug:  "regression: digits inside a chemical formula are no number the English must repeat",
			id:   NumberMismatch,
			r:    para("CO2排出量を削減する。", "Reduce carbon dioxide emissions."),
		},
		{
			name: "G7 against G20 still differs",
			bug:  "regression: digits inside words of the same letters are compared",
			id:   NumberMismatch,
			r:    para("G7の会合。", "The G20 meeting."),
			want: []want{{0, EN, "FindingNumberMismatch"}},
		},
		{
			name: "indented Japanese paragraph",
			bug:  "regression: one ideographic space indenting a Japanese paragraph is house style",
			id:   Whitespace,
			r:    para("\u3000本事業を開始する。", "The project starts."),
		},
		{
			name: "middle dot in English",
			bug:  "regression: the Japanese middle dot is Japanese punctuation in the English",
			id:   Width,
			r:    para("日英・データ", "Japan・UK data"),
			want: []want{{0, EN, "FindingFullWidth"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			runCases(t, tc.id, []checkCase{{name: tc.name, r: tc.r, gloss: g, want: tc.want}})
		})
	}
}
