package textfacts

import (
	"fmt"
	"strings"
	"testing"
)

// Patterns of real government pairs (chkfacts): dates relative to the
// release date, day lists, durations, currencies and equivalents.

// factStrings renders the dates (with "s" for soft, "m?" for a guessed
// month) and then the numbers of text, in a release of 7 November 2014.
func factStrings(text string, lang Lang) string {
	f := Extract(text, lang, Context{Year: 2014, Month: 11, Day: 7})
	var out []string
	for _, d := range f.Dates {
		s := d.String()
		if d.Soft {
			s += " s"
		}
		if d.MonthGuess {
			s += " m?"
		}
		out = append(out, s)
	}
	for _, n := range f.Numbers {
		out = append(out, "#"+formatNumber(n))
	}
	for _, t := range f.Times {
		s := fmt.Sprintf("@%02d:%02d", t.Minute/60, t.Minute%60)
		if !t.Known {
			s += "?"
		}
		if t.Soft {
			s += " s"
		}
		out = append(out, s)
	}
	return join(out)
}

var practiceTests = []struct {
	in   string
	lang Lang
	want string
}{
	// Days of the release's month and the release date itself.
	{"本7日,我が国政府は", JA, "2014-11-07~ m?"},
	{"本日、申出があった。", JA, "2014-11-07~ s"},
	{"昨日、表明された。", JA, "2014-11-06~ s"},
	{"明日から開催", JA, "2014-11-08~ s"},
	{"At 7am JST today (September 10th,2010)", EN, "2014-11-07~ s | 2010-09-10 | @07:00"},
	{"decided on November 7th to extend", EN, "2014-11-07~"},
	// A day alone, made a date by the words around it (soft).
	{"日本時間19日午前2時", JA, "2014-11-19~ s m? | @02:00 s"},
	{"現地時間18日午後8時(日本時間19日午前2時)", JA, "2014-11-18~ s m? | 2014-11-19~ s m? | @20:00 | @02:00 s"},
	{"21日午前2時に", JA, "2014-11-21~ s m? | @02:00"},
	{"19日,安倍総理大臣は", JA, "2014-11-19~ s m?"},
	{"去る5日に", JA, "2014-11-05~ s m?"},
	{"会議は3日、", JA, "#3"},
	{"6月8日土曜日と9日日曜日に", JA, "2014-06-08~ | 2014-06-09~ s m?"},
	{"6月15日(土)と16日(日)に", JA, "2014-06-15~ (Sat) | 2014-06-16~ (Sun) s m?"},
	{"2日(金)に", JA, "2014-11-02~ (Fri) s m?"}, // a guessed month: the weekday is not checked
	// Counts of days stay numbers.
	{"3日間", JA, "#3"},
	{"10日以内に", JA, "#10"},
	{"1日に", JA, "#1"},
	// Years relative to the release date.
	{"来年のG20閣僚会合", JA, "#2015s | #20"},
	{"昨年の日本議長下のG7", JA, "#2013s | #7"},
	{"来年1月16日をもって", JA, "2015-01-16~"},
	{"本年度中に", JA, "FY2014 s"},
	{"来月5日に", JA, "2014-12-05~"},
	{"来月に", JA, "2014-12~ s"},
	{"先月", JA, "2014-10~ s"},
	{"next month", EN, "2014-12~ s"},
	{"10月26日に選挙が行われ、同日中に", JA, "2014-10-26~ | 2014-10-26~ s"},
	{"同日", JA, "2014-11-07~ s"},
	{"同国", JA, ""},
	{"the G20 Summit held in Japan next year", EN, "#20 | #2015s"},
	{"this year", EN, "#2014s"},
	{"for years", EN, ""},
	// English day lists.
	{"on the 8th and 9th of June 2019", EN, "2019-06-08 | 2019-06-09"},
	{"on the 15th and 16th of June", EN, "2014-06-15~ | 2014-06-16~"},
	{"8-9 June 2019", EN, "2019-06-08 | 2019-06-09"},
	{"1, 2 and 3 July", EN, "2014-07-01~ | 2014-07-02~ | 2014-07-03~"},
	{"in 2 and 3 percent", EN, "#2 | #3%"},
	{"decided on the 7th to extend", EN, "#7"},
	{"decided on the 7th, to extend", EN, "2014-11-07~ s m?"},
	{"at 2 a.m. on the 19th (Japan time)", EN, "2014-11-19~ s m? | @02:00"},
	{"the 7th meeting", EN, "#7"},
	// A paragraph label run into a date.
	{"1.10月26日,ウクライナにおいて", JA, "2014-10-26~"},
	{"1.5月", JA, "2014-05~"},
	{"1.5倍", JA, "#1.5"},
	// Durations in minutes and hours.
	{"約40分間", JA, "#40 alt 0.6666666666666666"},
	{"約1時間半", JA, "#1.5 alt 90"},
	{"2時間", JA, "#2 alt 120"},
	{"for approximately 90 minutes", EN, "#90 alt 1.5"},
	{"for one and a half hours", EN, "#1.5w alt 90"},
	{"two hours", EN, "#2w alt 120"},
	{"for about an hour", EN, "#1w alt 60"},
	{"for an hour and a half", EN, "#1.5w alt 90"},
	{"for half an hour", EN, "#0.5w alt 30"},
	{"an apple and half an apple", EN, "#0.5w"}, // a fraction, as before
	{"9時58分~10時07分", JA, "@09:58? | @10:07?"},
	{"9:58 - 10:07 a.m.", EN, "@09:58? | @10:07"},
	{"現地時間5月2日午前10時10分(日本時間午後5時10分)から約10分間", JA, "2014-05-02~ | #10 alt 0.16666666666666666 | @10:10 | @17:10 s"},
	{"On May 2, commencing at 10:10 a.m. (5:10 p.m., Japan Time)", EN, "2014-05-02~ | @10:10 | @17:10"},
	{"15時30分から", JA, "@15:30"},
	{"午後6時半", JA, "@18:30"},
	{"5時点で", JA, "#5"},
	{"at 7am JST", EN, "@07:00"},
	{"at 8 a.m. and 5 pm", EN, "@08:00 | @17:00"},
	{"a 3:1 majority", EN, "#3 | #1"},
	{"7 amendments", EN, "#7"},
	// Numbers as words.
	{"trilaterally-common topics", EN, "#3w"},
	{"a bilateral meeting", EN, "#2w"},
	{"the twenty-fifth anniversary", EN, "#25w"},
	{"seventh meeting", EN, "#7w"},
	{"Phase III", EN, "#3w"},
	{"フェーズⅢ", JA, "#3w"},
	{"World War II and XIV", EN, "#2w | #14w"},
	{"I think", EN, ""},
	{"CIVIL and VIX and IIII", EN, ""},
	// Currencies and equivalents.
	{"各10万ドル,合計20万ドル(約2,300万円)", JA, "#100000 USD | #200000 USD | #23000000s JPY"},
	{"(total of 200 thousand dollars) (approx. 23 million yen))", EN, "#200000 USD | #23000000s JPY"},
	{"1,000万円まで", JA, "#10000000 JPY"},
	{"120万ドル", JA, "#1200000 USD"},
	{"1.2 million", EN, "#1200000"},
	{"US$1.2 million", EN, "#1200000 USD"},
	{"$5 million and ¥3 billion", EN, "#5000000 USD | #3000000000 JPY"},
	{"a 10-billion-yen loan", EN, "#10000000000 JPY"},
	{"(約2,300万円)", JA, "#23000000 JPY"},
	{"2,300万円(約20万ドル)を拠出", JA, "#23000000 JPY | #200000s USD"},
	{"23 million yen (approximately US$200,000)", EN, "#23000000 JPY | #200000s USD"},
	{"20万ドル(2万ドル)", JA, "#200000 USD | #20000 USD"},
	{"EUR 5 million", EN, "#5000000 EUR"},
	{"5 million euros", EN, "#5000000 EUR"},
	{"500 won", EN, "#500 KRW"},
	{"1.2 and 3.4 million US dollars", EN, "#1.2 USD | #3400000 USD"},
	{"1.2 million and 3.4 million dollars", EN, "#1200000 USD | #3400000 USD"},
	{"$1.2 million and 3.4 million", EN, "#1200000 USD | #3400000 USD"},
	{"1億及び2億円", JA, "#100000000 JPY | #200000000 JPY"},
	{"1.2 million people and 3 million dollars", EN, "#1200000 | #3000000 USD"},
}

func TestPractice(t *testing.T) {
	for _, tt := range practiceTests {
		if got := factStrings(tt.in, tt.lang); got != tt.want {
			t.Errorf("Extract(%q, %s) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}

func TestDayWithoutReleaseMonth(t *testing.T) {
	if f := Extract("本20日午後6時05分から", JA, Context{}); len(f.Dates)+len(f.Numbers) != 0 {
		t.Fatalf("本20日 with no release date: %+v, want neither a date nor a number", f)
	}
}

func TestMatchesGuessedMonth(t *testing.T) {
	ctx := Context{Year: 2015, Month: 5, Day: 20}
	ja := Extract("本20日午後6時05分から", JA, ctx).Dates
	en := Extract("On May 20, commencing at 6:05 p.m.", EN, ctx).Dates
	if len(ja) != 1 || len(en) != 1 || !ja[0].Matches(en[0]) || !en[0].Matches(ja[0]) {
		t.Fatalf("本20日 %v against May 20 %v must match", ja, en)
	}
	other := Extract("On May 21", EN, ctx).Dates
	if ja[0].Matches(other[0]) {
		t.Errorf("本20日 must not match May 21")
	}
	if strings.Contains(ja[0].Raw, "午後") {
		t.Errorf("Raw %q runs into the time", ja[0].Raw)
	}
}

// FuzzRomanValue checks that a Roman numeral reads into 1..39 and that
// only its canonical form reads.
func FuzzRomanValue(f *testing.F) {
	for _, s := range []string{"III", "IV", "XIV", "XXXIX", "XV", "IIII", "VIX", "IXI", "I", "", "CIVIL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := RomanValue(s)
		if !ok {
			return
		}
		n := int(v)
		if v < 1 || v > 39 || v != float64(n) || strings.Repeat("X", n/10)+romanUnits[n%10] != s {
			t.Fatalf("RomanValue(%q) = %v", s, v)
		}
	})
}

func TestTimeMatches(t *testing.T) {
	am := Time{Minute: 9*60 + 58, Known: true}
	pm := Time{Minute: 21*60 + 58, Known: true}
	either := Time{Minute: 9*60 + 58}
	if am.Matches(pm) || !either.Matches(am) || !either.Matches(pm) || !pm.Matches(either) {
		t.Errorf("9:58 a.m., 9:58 p.m. and 9:58 of either half do not match as they should")
	}
}
