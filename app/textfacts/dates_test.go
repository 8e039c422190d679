package textfacts

import "testing"

var jaDateTests = []struct {
	in   string
	year int // Context.Year
	want string
}{
	{"2025年1月22日", 0, "2025-01-22"},
	{"令和7年1月22日", 0, "2025-01-22"},
	{"令和 7 年 1 月 22 日", 0, "2025-01-22"},
	{"２０２５年１月２２日", 0, "2025-01-22"},
	{"令和７年１月２２日", 0, "2025-01-22"},
	{"令和七年一月二十二日", 0, "2025-01-22"},
	{"二〇二五年一月二十二日", 0, "2025-01-22"},
	// Era boundaries: the last day of an era and the first of the next.
	{"平成31年4月30日", 0, "2019-04-30"},
	{"令和元年5月1日", 0, "2019-05-01"},
	{"昭和64年1月7日", 0, "1989-01-07"},
	{"平成元年1月8日", 0, "1989-01-08"},
	{"大正15年12月24日", 0, "1926-12-24"},
	{"昭和元年12月25日", 0, "1926-12-25"},
	{"明治45年7月29日", 0, "1912-07-29"},
	{"大正元年7月30日", 0, "1912-07-30"},
	{"明治元年", 0, ""}, // an era year alone is a Number
	{"R7.1.22", 0, "2025-01-22"},
	{"H31.4.30", 0, "2019-04-30"},
	{"R1/5/1", 0, "2019-05-01"},
	{"S64.1.7", 0, "1989-01-07"},
	{"H32.1.7", 0, ""}, // 平成 ended in its 31st year
	{"2025/1/22", 0, "2025-01-22"},
	{"2025/01/22", 0, "2025-01-22"},
	{"2025-01-22", 0, "2025-01-22"},
	{"2025.1.22", 0, "2025-01-22"},
	// Without a year: the year comes from the context.
	{"1月22日", 2025, "2025-01-22~"},
	{"1月22日", 0, "?-01-22"},
	{"本年8月31日", 2025, "2025-08-31~"},
	{"昨年12月20日", 2025, "2024-12-20~"},
	{"7月に", 2025, "2025-07~"},
	// Month only, fiscal years.
	{"2024年5月", 0, "2024-05"},
	{"令和6年5月に", 0, "2024-05"},
	{"令和6年度", 0, "FY2024"},
	{"令和6年度中に", 0, "FY2024"},
	{"2024年度", 0, "FY2024"},
	{"令和元年度", 0, "FY2019"},
	{"2025年度1月", 0, "FY2025-01"},
	// Weekdays after the date.
	{"令和7年1月22日（水）", 0, "2025-01-22 (Wed)"},
	{"令和7年1月22日(水)", 0, "2025-01-22 (Wed)"},
	{"令和7年1月22日（水曜日）", 0, "2025-01-22 (Wed)"},
	{"令和7年1月22日 （水曜）", 0, "2025-01-22 (Wed)"},
	{"2025年5月5日（月・祝）", 0, "2025-05-05 (Mon)"},
	{"1月22日（水）", 2025, "2025-01-22~ (Wed)"},
	{"2025/1/22(水)", 0, "2025-01-22 (Wed)"},
	{"令和7年1月22日（本文）", 0, "2025-01-22"},
	// Ranges.
	{"1月22日～23日", 2025, "2025-01-22~ | 2025-01-23~"},
	{"令和7年1月22日（水）〜23日（木）", 0, "2025-01-22 (Wed) | 2025-01-23 (Thu)"},
	{"1月30日～2月2日", 2025, "2025-01-30~ | 2025-02-02~"},
	{"1月22日から24日まで", 2025, "2025-01-22~ | 2025-01-24~"},
	{"1月2日から10日以内に", 2025, "2025-01-02~"},
	{"1月22日から3日間", 2025, "2025-01-22~"},
	{"1月22日～20日", 2025, "2025-01-22~"},
	// Not dates.
	{"3か月", 2025, ""},
	{"3ヶ月間", 2025, ""},
	{"2024年", 2025, ""},
	{"13月", 2025, ""},
	{"大臣", 2025, ""},
	{"平成", 2025, ""},
	{"30日以内", 2025, ""},
}

func TestJapaneseDates(t *testing.T) {
	tests := jaDateTests
	for _, tt := range tests {
		if got := join(dateStrings(tt.in, JA, tt.year)); got != tt.want {
			t.Errorf("Extract(%q, JA, %d) dates = %q, want %q", tt.in, tt.year, got, tt.want)
		}
	}
}

var enDateTests = []struct {
	in   string
	want string
}{
	{"January 22, 2025", "2025-01-22"},
	{"22 January 2025", "2025-01-22"},
	{"22 January, 2025", "2025-01-22"},
	{"Jan. 22, 2025", "2025-01-22"},
	{"Jan 22, 2025", "2025-01-22"},
	{"Sept. 3, 2024", "2024-09-03"},
	{"January 22nd, 2025", "2025-01-22"},
	{"1st April 2025", "2025-04-01"},
	{"2025-01-22", "2025-01-22"},
	{"JANUARY 22, 2025", "2025-01-22"},
	{"May 2024", "2024-05"},
	{"established in May 2024 as well", "2024-05"},
	{"In July 2024, the", "2024-07"},
	{"Wednesday, January 22, 2025", "2025-01-22 (Wed)"},
	{"On Wednesday, January 22, 2025, the", "2025-01-22 (Wed)"},
	{"Wed., Jan. 22, 2025", "2025-01-22 (Wed)"},
	{"Wednesday 22 January 2025", "2025-01-22 (Wed)"},
	{"January 22, 2025 (Wednesday)", "2025-01-22 (Wed)"},
	{"Thursday, January 22, 2025", "2025-01-22 (Thu)"},
	{"on January 22", "2025-01-22~"},
	{"on 22 January", "2025-01-22~"},
	{"In July", "2025-07~"},
	{"from March to April", "2025-03~ | 2025-04~"},
	{"May 5", "2025-05-05~"},
	{"January 22-23, 2025", "2025-01-22 | 2025-01-23"},
	{"January 22 to 24, 2025", "2025-01-22 | 2025-01-24"},
	{"January 22 to 3 other dates", "2025-01-22~"},
	{"Jan.22, 2025", "2025-01-22"},
	{"the 2024 fiscal year", "FY2024"},
	{"FY2024/2025", "FY2024"},
	{"FY2024-2026", "FY2024"},
	{"FY2024", "FY2024"},
	{"FY 2024", "FY2024"},
	{"FY2024-25", "FY2024"},
	{"fiscal year 2024", "FY2024"},
	{"Fiscal Year 2024", "FY2024"},
	{"in fiscal 2024", "FY2024"},
	{"within FY2024.", "FY2024"},
	{"January FY2025", "FY2025-01"},
	// "May" the verb, abbreviations and weekdays alone are no dates.
	{"May we", ""},
	{"in early May", "2025-05~"},
	{"by mid-May", "2025-05~"},
	{"that they may", ""},
	{"The ministry may 5 times", ""},
	{"It may also", ""},
	{"Mar", ""},
	{"On Wednesday, the", ""},
	{"march on", ""},
	{"in 2024", ""},
	{"Part 2 Basic Approach", ""},
	{"May 1,000 people", ""},
}

func TestEnglishDates(t *testing.T) {
	tests := enDateTests
	for _, tt := range tests {
		if got := join(dateStrings(tt.in, EN, 2025)); got != tt.want {
			t.Errorf("Extract(%q, EN) dates = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateFields(t *testing.T) {
	d := Extract("令和7年1月22日（水曜日）、", JA, Context{Year: 2024}).Dates
	want := Date{Year: 2025, Month: 1, Day: 22, Weekday: 3, HasYear: true, Raw: "令和7年1月22日(水曜日)"}
	if len(d) != 1 || d[0] != want {
		t.Fatalf("dates = %+v, want %+v", d, want)
	}
	d = Extract("1月22日", JA, Context{Year: 2025}).Dates
	want = Date{Year: 2025, Month: 1, Day: 22, Weekday: -1, Raw: "1月22日"}
	if len(d) != 1 || d[0] != want {
		t.Fatalf("dates = %+v, want %+v", d, want)
	}
	d = Extract("令和6年度", JA, Context{}).Dates
	want = Date{Year: 2024, Fiscal: true, Weekday: -1, HasYear: true, Raw: "令和6年度"}
	if len(d) != 1 || d[0] != want {
		t.Fatalf("dates = %+v, want %+v", d, want)
	}
}

var weekdayTests = []struct {
	in   string
	lang Lang
	want bool
}{
	{"令和7年1月22日（水曜日）", JA, true},
	{"令和7年1月22日（木）", JA, false},
	{"平成31年4月30日（火）", JA, true},
	{"令和元年5月1日（水）", JA, true},
	{"2025年2月30日（日）", JA, false}, // no such day
	{"1月22日（水）", JA, true},       // year 2025 from the context
	{"Wednesday, January 22, 2025", EN, true},
	{"Thursday, January 22, 2025", EN, false},
	{"On Thursday, January 22, 2025, the", EN, false},
	{"January 22, 2025", EN, true}, // no weekday written
	{"May 2024", EN, true},
}

func TestWeekdayFits(t *testing.T) {
	tests := weekdayTests
	for _, tt := range tests {
		ds := Extract(tt.in, tt.lang, Context{Year: 2025}).Dates
		if len(ds) != 1 {
			t.Errorf("Extract(%q) gave %d dates, want 1", tt.in, len(ds))
			continue
		}
		if got := ds[0].WeekdayFits(); got != tt.want {
			t.Errorf("%q (%v).WeekdayFits() = %v, want %v", tt.in, ds[0], got, tt.want)
		}
	}
	if (Date{Year: 2025, Month: 1, Day: 22, Weekday: 4}).WeekdayFits() {
		t.Error("Thursday 2025-01-22 must not fit")
	}
	if !(Date{Month: 1, Day: 22, Weekday: 4}).WeekdayFits() {
		t.Error("a date without a year must fit any weekday")
	}
}

var matchTests = []struct {
	ja, en string
	want   bool
}{
	{"令和7年1月22日（水曜日）", "On Wednesday, January 22, 2025", true},
	{"令和7年1月22日（水曜日）", "On Thursday, January 22, 2025", true}, // weekdays are WeekdayFits' business
	{"平成31年4月30日", "April 30, 2019", true},
	{"令和元年5月1日", "May 1, 2019", true},
	{"令和元年5月1日", "May 1, 2020", false},
	{"2024年7月", "In July 2024", true},
	{"2024年7月", "In June 2024", false},
	{"2024年7月", "July 1, 2024", false}, // granularity differs
	{"2024年7月1日", "July 2024", false},
	{"令和6年度", "FY2024", true},
	{"令和6年度", "fiscal year 2024", true},
	{"令和6年度", "FY2025", false},
	{"2025年度1月", "January FY2025", true},
	{"2025年度1月", "January 2025", false}, // fiscal against calendar
	{"1月22日", "January 22, 2025", true}, // year from the context: no mismatch
	{"1月22日", "January 22, 2024", true},
	{"1月22日", "January 23, 2025", false},
	{"令和7年1月22日", "on January 22", true},
	{"7月に", "In July", true},
	{"7月に", "In August", false},
}

func TestDateMatches(t *testing.T) {
	tests := matchTests
	for _, tt := range tests {
		ja := Extract(tt.ja, JA, Context{Year: 2025}).Dates
		en := Extract(tt.en, EN, Context{Year: 2025}).Dates
		if len(ja) != 1 || len(en) != 1 {
			t.Errorf("%q / %q: %d and %d dates, want 1 each", tt.ja, tt.en, len(ja), len(en))
			continue
		}
		if got := ja[0].Matches(en[0]); got != tt.want {
			t.Errorf("%v.Matches(%v) = %v, want %v", ja[0], en[0], got, tt.want)
		}
		if got := en[0].Matches(ja[0]); got != tt.want {
			t.Errorf("Matches is not symmetric for %v and %v", ja[0], en[0])
		}
	}
}

// TestRelativeWordsEnd pins what relativeAt's first look relies on: every
// relative word (and 同日) is two characters, the second 日, 月 or 年.
func TestRelativeWordsEnd(t *testing.T) {
	words := []string{"同日"}
	for _, w := range relativeWords {
		words = append(words, w.w)
	}
	for _, w := range words {
		if r := []rune(w); len(w) != 6 || len(r) != 2 || r[1] != '日' && r[1] != '月' && r[1] != '年' {
			t.Errorf("relative word %q does not end in 日, 月 or 年 after one character", w)
		}
	}
}
