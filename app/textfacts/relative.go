package textfacts

import (
	"strings"
	"time"
)

// Dates and years written relative to the release date. Japanese releases
// say 本7日 ("on the 7th of this month"), 本日 ("today"), 来年 ("next
// year") where the English writes the date out ("November 7", "2019"); the
// Context carries the release date that resolves them.

// relativeWords are the Japanese words for a day, a month or a year
// relative to the release date, with the offset in that unit.
var relativeWords = [...]struct {
	w      string
	offset int
	unit   byte // 'd' day, 'm' month, 'y' year
}{
	{"本日", 0, 'd'}, {"今日", 0, 'd'}, {"昨日", -1, 'd'}, {"明日", 1, 'd'},
	{"今月", 0, 'm'}, {"本月", 0, 'm'}, {"先月", -1, 'm'}, {"来月", 1, 'm'},
	{"本年", 0, 'y'}, {"今年", 0, 'y'}, {"昨年", -1, 'y'}, {"来年", 1, 'y'},
}

// relativeAt claims 本日, 昨日, 来年, 本年度 and the like at i. A day is a
// soft Date; a year a soft Number (来年 = 2019) or, with 度, a soft fiscal
// Date; neither is demanded of the other edition, which may say "today" or
// "next year". A word directly before a month (来年1月16日) is left to the
// date that follows, which takes its year from it.
func (sc *scanner) relativeAt(i int) (int, bool) {
	s := sc.s
	// Every word ends in 日, 月 or 年: one look at the second character
	// passes 本会合, 今後 or 同様 without a comparison with each word.
	if k := i + 3; !kanjiAt(s, k, "日") && !kanjiAt(s, k, "月") && !kanjiAt(s, k, "年") {
		return 0, false
	}
	for _, w := range relativeWords {
		if !hasPrefixAt(s, i, w.w) {
			continue
		}
		end := i + len(w.w)
		switch w.unit {
		case 'd':
			return sc.relativeDay(i, end, w.offset)
		case 'm':
			return sc.relativeMonth(i, end, w.offset)
		}
		return sc.relativeYear(i, end, w.offset)
	}
	if hasPrefixAt(s, i, "同日") {
		return sc.sameDay(i, i+len("同日"))
	}
	return 0, false
}

// relativeMonth reads 来月, 先月, 今月 at i: a soft month of the release's
// year, or with a day (来月5日) a date, which the other edition must have.
func (sc *scanner) relativeMonth(i, end, offset int) (int, bool) {
	s := sc.s
	if sc.year() == 0 || sc.month() == 0 {
		return end, true
	}
	t := time.Date(sc.ctx.Year, time.Month(sc.ctx.Month)+time.Month(offset), 1, 12, 0, 0, 0, time.UTC)
	d := Date{Year: t.Year(), Month: int(t.Month()), Weekday: -1, Soft: true}
	if day, e, ok := jaIntBefore(s, end, "日", 31); ok && !dayCountAt(s, e) {
		d.Day, d.Soft, end = day, false, e
		if wd, e2, ok := parenWeekday(s, end); ok {
			d.Weekday, end = wd, e2
		}
	}
	sc.addDate(&d, i, end)
	return end, true
}

// sameDay reads 同日 ("the same day") as a soft copy of the text's
// previous date, else of the release date.
func (sc *scanner) sameDay(i, end int) (int, bool) {
	for k := len(sc.f.Dates) - 1; k >= 0; k-- {
		if d := sc.f.Dates[k]; d.Day > 0 {
			d.Soft, d.Weekday = true, -1
			sc.addDate(&d, i, end)
			return end, true
		}
	}
	return sc.relativeDay(i, end, 0)
}

func (sc *scanner) relativeDay(i, end, offset int) (int, bool) {
	if sc.year() == 0 || sc.month() == 0 || sc.day() == 0 {
		return end, true // claimed, so 日 is not read as part of a date
	}
	t := time.Date(sc.ctx.Year, time.Month(sc.ctx.Month), sc.ctx.Day+offset, 12, 0, 0, 0, time.UTC)
	sc.addDate(&Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Weekday: -1, Soft: true}, i, end)
	return end, true
}

func (sc *scanner) relativeYear(i, end, offset int) (int, bool) {
	s := sc.s
	if sc.year() == 0 {
		return end, true
	}
	y := sc.ctx.Year + offset
	if hasPrefixAt(s, end, "度") {
		if m := sc.month(); m >= 1 && m <= 3 {
			y-- // January to March belong to the fiscal year that began the April before
		}
		end += len("度")
		sc.addDate(&Date{Year: y, Fiscal: true, HasYear: true, Weekday: -1, Soft: true}, i, end)
		return end, true
	}
	if _, _, ok := jaIntBefore(s, skipSpaces(s, end), "月", 12); ok {
		return end, true // 来年1月16日: the date takes its year from the word
	}
	sc.addNumber(Number{Value: float64(y), Raw: s[i:end], Soft: true})
	return end, true
}

// dayOnly reads a day written without its month at the digit i: 本7日 (a
// day of the release's month), or a day that the words around show to be
// a date, not a count of days: 日本時間19日, 現地時間18日, 21日午前2時,
// 9日日曜日, 9日(日), 去る19日, or a text that opens with 19日、. The month is that of the text's previous date, else
// the release's. Only 本N日 is demanded of the other edition; the others
// are soft (a Japan-time date is often left out of the English).
func (sc *scanner) dayOnly(i int) (int, bool) {
	s := sc.s
	day, e, ok := digitsAt(s, i, 2)
	if !ok || day < 1 || day > 31 || !hasPrefixAt(s, e, "日") {
		return 0, false
	}
	end := e + len("日")
	if dayCountAt(s, end) || hasPrefixAt(s, end, "本") {
		return 0, false
	}
	before := s[:i]
	this := strings.HasSuffix(before, "本")
	opening := strings.TrimSpace(before) == "" && (hasPrefixAt(s, end, ",") || hasPrefixAt(s, end, "、"))
	if !this && !opening && !zoneBefore(before) && !dayContextAfter(s, end) {
		return 0, false
	}
	d := Date{Day: day, Weekday: -1, MonthGuess: true, Soft: !this}
	p, ok := Date{}, false
	if !this {
		p, ok = sc.lastMonth()
	}
	if ok {
		d.Year, d.Month, d.HasYear = p.Year, p.Month, p.HasYear
	} else {
		d.Year, d.Month = sc.year(), sc.month()
	}
	if d.Month == 0 {
		// No month known (no release date): claimed, so the day is no
		// number, but no date, so that a line such as 本7日 is not taken
		// for a date line when the importer reads it without a context.
		return end, true
	}
	if wd, e2, ok := parenWeekday(s, end); ok {
		d.Weekday, end = wd, e2
	}
	start := i
	if this {
		start -= len("本")
	}
	sc.addDate(&d, start, end)
	return end, true
}

// lastMonth returns the text's latest date that names a month.
func (sc *scanner) lastMonth() (Date, bool) {
	for k := len(sc.f.Dates) - 1; k >= 0; k-- {
		if d := sc.f.Dates[k]; d.Month > 0 && !d.Fiscal {
			return d, true
		}
	}
	return Date{}, false
}

// zoneBefore reports a word that makes the day after it a date: a time
// zone (日本時間19日, 現地時間18日), 同19日, 去る19日, 来る19日, or a list of
// days (8日と9日).
func zoneBefore(before string) bool {
	for _, w := range [...]string{"時間", "同", "去る", "来る", "と", "及び", "・"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// dayContextAfter reports a time of day or a weekday right after 日, which
// makes the number a day of the month: 21日午前2時, 18日夜, 9日日曜日.
func dayContextAfter(s string, end int) bool {
	for _, w := range [...]string{"午前", "午後", "未明", "早朝", "正午", "朝", "夜", "夕", "深夜", "曜日"} {
		if hasPrefixAt(s, end, w) {
			return true
		}
	}
	if end < len(s) {
		if r, size := decodeRune(s, end); kanjiWeekday(r) >= 0 && hasPrefixAt(s, end+size, "曜") {
			return true
		}
	}
	if _, e, ok := digitsAt(s, end, 2); ok && hasPrefixAt(s, e, "時") {
		return true
	}
	_, _, ok := parenWeekday(s, end)
	return ok
}

// enRelativeYear reads "this year", "next year", "last year" at the word
// s[i:j]: a soft Number of the year, which answers 2019年 or 来年; and
// "next month" and the like, a soft month.
func (sc *scanner) enRelativeYear(i, j, offset int) (int, bool) {
	s := sc.s
	if at(s, j) != ' ' || sc.year() == 0 {
		return 0, false
	}
	if hasPrefixAt(s, j, " month") && !isLetter(at(s, j+len(" month"))) {
		if sc.month() == 0 {
			return 0, false
		}
		t := time.Date(sc.ctx.Year, time.Month(sc.ctx.Month)+time.Month(offset), 1, 12, 0, 0, 0, time.UTC)
		sc.addDate(&Date{Year: t.Year(), Month: int(t.Month()), Weekday: -1, Soft: true}, i, j+len(" month"))
		return j + len(" month"), true
	}
	w, e := wordAt(s, j+1)
	if w.kind != kYear || e != j+1+len("year") {
		return 0, false
	}
	sc.addNumber(Number{Value: float64(sc.ctx.Year + offset), Raw: s[i:e], Soft: true})
	return e, true
}

// enDayOnly reads "on the 7th" at the digit i: an English day of the month
// without the month, a soft date whose month is that of the text's
// previous date or the release's. It must end the phrase (punctuation,
// "at", "in", a bracket), so "the 7th meeting" stays an ordinal.
func (sc *scanner) enDayOnly(i int) (int, bool) {
	s := sc.s
	if sc.ja || !strings.HasSuffix(s[:i], "the ") {
		return 0, false
	}
	day, e, ok := dayAt(s, i)
	if !ok || e-i < 3 || !isLetter(s[e-1]) {
		return 0, false // an ordinal suffix is needed: "the 7th", not "the 7"
	}
	switch c := at(s, e); {
	case c == 0 || c == ',' || c == '.' || c == ';' || c == ')' || c == '(':
	case c == ' ' && (hasPrefixAt(s, e, " at ") || hasPrefixAt(s, e, " in ") || hasPrefixAt(s, e, " (")):
	default:
		return 0, false
	}
	d := Date{Day: day, Weekday: -1, MonthGuess: true, Soft: true}
	if p, ok := sc.lastMonth(); ok {
		d.Year, d.Month, d.HasYear = p.Year, p.Month, p.HasYear
	} else {
		d.Year, d.Month = sc.year(), sc.month()
	}
	if d.Month == 0 {
		return 0, false
	}
	sc.addDate(&d, i, e)
	return e, true
}
