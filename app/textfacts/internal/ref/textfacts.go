// Package ref is a frozen copy of package textfacts as of commit 99110d6,
// the oracle of its differential tests (reference_test.go): whatever the
// speed work changes, Extract and Normalize must give exactly what ref
// gives. It is never changed and is deleted after the merge.
//
// The documentation of the original package follows.
//
// Textfacts extracts comparable facts — numbers, dates, URLs and
// e-mail addresses, and (for Japanese) Latin-script tokens — from one text of
// one edition of a press release. A checker compares the facts of the
// Japanese text of a unit with those of its English counterpart.
//
// Extract works on Normalize(text); every Raw field is a slice of that
// normalised text. Spans are claimed once, in this order: URLs and e-mail
// addresses, then dates and telephone numbers, then numbers, so the digits of
// 2025年1月22日 or of https://example.go.jp/2025/ are never also numbers.
// Facts are listed in text order, repeats included.
//
// Choices the checker relies on:
//   - A year on its own is a Number, not a Date: 2024年 and "in 2024" both
//     give 2024, and an era year without a month (令和6年) gives its Gregorian
//     year as a Number (Raw 令和6年). A fiscal year on its own (令和6年度,
//     FY2024, fiscal year 2024) is a Date with Fiscal set.
//   - A fiscal year with a month (the breadcrumb 2025年度1月, "January
//     FY2025") is Fiscal with Year 2025 and Month 1; the month is not moved
//     into the next calendar year.
//   - A day range (1月22日～23日, 1月22日から24日, "January 22-23, 2025")
//     gives two dates; the second shares the first one's year and month
//     unless it names its own month.
//   - Telephone numbers become one Number whose Value is the national
//     significant number: 03-3501-1511 and +81-3-3501-1511 both give
//     335011511. Other country codes keep the code (+44 20 7946 0000 →
//     442079460000).
//   - Numbers inside names count (G7 → 7, 5G/6G → 5 and 6), so a G7 turned
//     into G20 shows up as a differing number. Numbering labels ((1), １．)
//     are numbers too; the caller strips them first.
//   - Kanji numerals are numbers only where they count (三つ, 三省庁, 十二,
//     第三国), never in words such as 一方 or 統一, and are always Word
//     numbers, like English number words: they may answer a number of the
//     other edition but are never demanded.
//   - Soft facts are what a translator may leave out or write otherwise: an
//     equivalent amount in parentheses, a relative year (来年), 本日 and
//     "today", a Japan-time date or time, a day standing alone. They may
//     answer a fact of the other edition but are never demanded.
//   - The Context's release date resolves 本7日 (month and year), 本日,
//     昨日, "today", 来年 and 本年度.
//   - Times of day (午後2時, "2:00 p.m.") are Times, never Numbers.
package ref

// Lang names the language of one edition.
type Lang string

// The two editions of a release.
const (
	JA Lang = "ja"
	EN Lang = "en"
)

// Number is one number found in a text.
type Number struct {
	Value float64 // 1億 = 1e8, 3万 = 30000, 1,000 = 1000, 2.5 million = 2.5e6, 5割 = 50 (Unit "%")
	Raw   string  // the span in the normalised text
	// Word is true for English number words and ordinals (one…twelve,
	// first…tenth) and for kanji numerals (三つ, 十二, 第三国). Such numbers
	// may satisfy a match, but the checker never demands them.
	Word bool
	Unit string // "%" for percent, パーセント and 割; otherwise ""
	// Token is the Latin word the digits are part of (G7, CO2, 5G), ""
	// for a number standing on its own.
	Token string
	// Soft marks a number a translator may leave out: an equivalent in
	// parentheses (20万ドル（約2,300万円）, "(approx. 23 million yen)") or a
	// relative year (来年 = 2019). Like a Word it may answer a number of
	// the other edition but is never demanded, except against another soft
	// number (the checker compares two equivalents with each other).
	Soft bool
	// Alt is a second reading of the same quantity, 0 when none: a duration
	// in minutes also in hours (90分間 = 1.5), in hours also in minutes
	// (1時間半 = 90), since translators convert one into the other.
	Alt float64
	// Currency is the money the amount is in, by class: "JPY" (円, yen, ¥),
	// "USD" (any dollar: ドル, dollars, US$, $), "EUR", "GBP", "CNY", "KRW",
	// "INR"; "" for a plain number.
	Currency string
}

// Date is one date, month or fiscal year found in a text.
type Date struct {
	Year, Month, Day int  // 0 when absent: a month-only date has Day 0, a fiscal year Month = Day = 0
	Fiscal           bool // 年度 / FY / fiscal year
	Weekday          int  // 0 = Sunday … 6 = Saturday as written in the text; -1 when none is written
	HasYear          bool // false when the year was taken from the Context (1月22日, "on January 22")
	// MonthGuess is true when the month was taken from the Context or an
	// earlier date of the text (本7日, 9日 after 6月8日): it never causes a
	// mismatch on its own.
	MonthGuess bool
	// Soft marks a date the other edition may leave unsaid: 本日 and
	// "today" (the release date), 昨日, a day standing alone (21日午前2時,
	// 日本時間19日). It may answer a date but is never demanded.
	Soft bool
	Raw  string
}

// Facts are the comparable facts of one text.
type Facts struct {
	Numbers []Number
	Dates   []Date
	// URLs holds URLs and e-mail addresses in text order, with the scheme and
	// host (or mail domain) lower-cased, trailing . , ; : ! ? and unbalanced )
	// stripped, and a path that is only "/" dropped.
	URLs []string
	// Latin holds the Latin-script tokens of a Japanese text (DFFT, G7,
	// Open RAN, Beyond 5G/6G), outside URLs and dates; nil for English.
	Latin []string
	// Times holds the times of day, in text order.
	Times []Time
}

// Time is one time of day found in a text.
type Time struct {
	// Minute is the minute of the day, 0..1439: 午後5時10分 and "5:10 p.m."
	// are 1030.
	Minute int
	// Known is false when the text does not say morning or afternoon
	// ("9:58" before "10:07 a.m.", 9時 on a clock that may be 12-hour): such
	// a time matches either half of the day.
	Known bool
	// Soft marks a Japanese time given as Japan time beside the local time
	// (日本時間午後5時10分), which the English often leaves out.
	Soft bool
	Raw  string
}

// Matches reports whether t and o are the same time of day, either half of
// the day when one of them does not say which.
func (t Time) Matches(o Time) bool {
	if t.Known && o.Known {
		return t.Minute == o.Minute
	}
	return t.Minute%720 == o.Minute%720
}

// Context carries what a text alone does not say.
type Context struct {
	Year int // the release's year, for dates written without one; 0 = unknown (such dates keep Year 0)
	// Month and Day complete the release date (0 = unknown), for 本7日,
	// 本日 and "today", which name a day of the release's month.
	Month, Day int
}

// Extract returns the facts of text, which is one unit of the edition in lang.
// It normalises the text itself, so callers may pass raw or normalised text.
func Extract(text string, lang Lang, ctx Context) Facts {
	f, _ := extract(text, lang, ctx)
	return f
}

// extract is Extract, also telling which fields of ctx the facts depend on:
// the same text read with any context that agrees on them gives the same
// facts.
func extract(text string, lang Lang, ctx Context) (Facts, ctxUse) {
	sc := getScanner(text, lang, ctx)
	sc.findLinks()
	sc.scanAll()
	sc.shareCurrencies()
	if sc.ja && sc.letters {
		sc.latin()
	}
	used := sc.used
	return sc.release(), used
}
