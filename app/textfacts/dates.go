package textfacts

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// eras lists the Japanese eras with the Gregorian year of their first year
// (元年); year N of an era is first + N - 1.
var eras = [...]struct {
	name, letter string
	first        int
	last         int // the era's last year number, which bounds R7.1.22-style dates
}{
	{"明治", "M", 1868, 45},
	{"大正", "T", 1912, 15},
	{"昭和", "S", 1926, 64},
	{"平成", "H", 1989, 31},
	{"令和", "R", 2019, 99},
}

func isEraStart(r rune) bool {
	return r == '明' || r == '大' || r == '昭' || r == '平' || r == '令'
}

// eraAt returns the index in eras of the era name at s[i:], or -1.
func eraAt(s string, i int) int {
	if c := at(s, i); c < 0xE4 || c > 0xE6 || i+2 >= len(s) {
		return -1 // the era names start with U+4EE4..U+662D
	}
	// The first character names the only era that may follow: one
	// comparison of the whole name instead of one for each era.
	k := -1
	switch r, _ := decodeRune(s, i); r {
	case '明':
		k = 0
	case '大':
		k = 1
	case '昭':
		k = 2
	case '平':
		k = 3
	case '令':
		k = 4
	default:
		return -1
	}
	if !hasPrefixAt(s, i, eras[k].name) {
		return -1
	}
	return k
}

func eraByLetter(c byte) int {
	for k, e := range eras {
		if e.letter[0] == c {
			return k
		}
	}
	return -1
}

// jaDate reads a Japanese date at i: [era|YYYY]年[度][M月[D日]][(曜)], or
// M月[D日] with the year from the context. A year alone is left to the
// number scanner, except an era year, which is claimed as the Number of its
// Gregorian year so that 令和6年 compares with "2024". era is eraAt(sc.s,
// i), which the caller knows: atRune has looked for the era name already,
// and a digit or kanji numeral starts none.
func (sc *scanner) jaDate(i, era int) (int, bool) {
	s := sc.s
	d := Date{Weekday: -1}
	j := i
	if era >= 0 {
		j = skipSpaces(s, j+len(eras[era].name))
		n := 1
		if hasPrefixAt(s, j, "元") {
			j += len("元")
		} else {
			v, e, ok := jaIntAt(s, j)
			if !ok || v < 1 || v > 99 {
				return 0, false
			}
			n, j = v, e
		}
		e, ok := suffixAt(s, j, "年")
		if !ok {
			return 0, false
		}
		d.Year, d.HasYear, j = eras[era].first+n-1, true, e
	} else {
		// One look at what follows the numeral rejects most numbers cheaply.
		ns, ok := sc.numeral(i)
		if !ok {
			return 0, false
		}
		if e, ok := suffixAt(s, ns.end, "年"); ok {
			if !ns.plainInt || ns.digits != 4 || ns.val < 1000 || ns.val > 2999 {
				return 0, false
			}
			d.Year, d.HasYear, j = int(ns.val), true, e
		} else if _, ok := suffixAt(s, ns.end, "月"); !ok {
			return 0, false
		}
	}
	if d.HasYear && hasPrefixAt(s, j, "度") {
		d.Fiscal, j = true, j+len("度")
	}
	k := j
	if d.HasYear {
		k = skipSpaces(s, j)
	}
	if m, e, ok := jaIntBefore(s, k, "月", 12); ok {
		d.Month, j = m, e
		if day, e, ok := jaIntBefore(s, skipSpaces(s, j), "日", 31); ok {
			d.Day, j = day, e
		}
	}
	if d.Month == 0 {
		switch {
		case d.Fiscal:
		case era >= 0:
			sc.addNumber(Number{Value: float64(d.Year), Raw: s[i:j]})
			sc.mask(i, j)
			return j, true
		default:
			return 0, false
		}
	}
	if !d.HasYear {
		d.Year = sc.contextYear(i)
	}
	if d.Day > 0 {
		if wd, e, ok := parenWeekday(s, j); ok {
			d.Weekday, j = wd, e
		}
	}
	sc.addDate(&d, i, j)
	if d.Day > 0 {
		j = sc.jaRange(d, i, j)
	}
	return j, true
}

// jaRange reads the short second half of a range such as 1月22日～23日,
// 1月30日～2月2日 or 1月22日から24日まで; the second date shares the first
// one's year. A day count (から10日以内, 3日間) is no second date.
func (sc *scanner) jaRange(first Date, start, j int) int {
	s := sc.s
	k := skipSpaces(s, j)
	switch {
	case at(s, k) == '~' || at(s, k) == '-':
		k++
	case hasPrefixAt(s, k, "から"):
		k += len("から")
	default:
		return j
	}
	k = skipSpaces(s, k)
	d := first
	d.Weekday = -1
	if m, e, ok := jaIntBefore(s, k, "月", 12); ok {
		d.Month, k = m, e
	}
	day, e, ok := jaIntBefore(s, k, "日", 31)
	if !ok || d.Month == first.Month && day <= first.Day || dayCountAt(s, e) {
		return j
	}
	d.Day = day
	if wd, e2, ok := parenWeekday(s, e); ok {
		d.Weekday, e = wd, e2
	}
	sc.addDate(&d, start, e)
	return e
}

// dayCountAt reports words after 日 that make it a number of days.
func dayCountAt(s string, e int) bool {
	for _, w := range [...]string{"間", "以内", "以上", "以降", "後", "前", "分"} {
		if hasPrefixAt(s, e, w) {
			return true
		}
	}
	return false
}

// contextYear is the year of a date written without one. 昨年 (last year)
// and 来年 (next year) just before the month shift it; anything else
// (本年, nothing) means the release's year.
func (sc *scanner) contextYear(i int) int {
	y := sc.year()
	if y == 0 {
		return 0
	}
	s := sc.s[:i]
	switch {
	case strings.HasSuffix(s, "昨年"):
		return y - 1
	case strings.HasSuffix(s, "来年"):
		return y + 1
	}
	return y
}

// jaIntAt reads a small integer in digits or kanji (22, 二十二).
func jaIntAt(s string, i int) (int, int, bool) {
	var ns numScan // filled in place: a returned numScan was copied whole
	if ok := scanNumeralTo(s, i, &ns); !ok || !ns.smallInt || ns.val > 9999 {
		return 0, i, false
	}
	return int(ns.val), ns.end, true
}

// jaIntBefore reads an integer 1..hi followed by suffix (月, 日: one
// character of three bytes) and returns the end of the suffix.
func jaIntBefore(s string, i int, suffix string, hi int) (int, int, bool) {
	// Most are one or two ASCII digits right before the suffix (9月,
	// 14日), which scanNumeral would read as plain digits (月 and 日 are
	// no numerals): read here, without its calls.
	if d := at(s, i); isDigit(d) && suffix[0] >= utf8.RuneSelf && !numeralAt(suffix, 0) {
		v, k := int(d-'0'), i+1
		if d := at(s, k); isDigit(d) {
			v, k = v*10+int(d-'0'), k+1
		}
		if !isDigit(at(s, k)) && kanjiAt(s, k, suffix) {
			if v < 1 || v > hi {
				return 0, i, false
			}
			return v, k + len(suffix), true
		}
	}
	v, e, ok := jaIntAt(s, i)
	if !ok || v < 1 || v > hi {
		return 0, i, false
	}
	if e, ok = suffixAt(s, e, suffix); !ok {
		return 0, i, false
	}
	return v, e, true
}

// suffixAt finds suffix (年, 月, 日: one character of three bytes) at e,
// after optional spaces as in 令和 7 年 1 月 22 日, and returns the end of
// the suffix.
func suffixAt(s string, e int, suffix string) (int, bool) {
	if at(s, e) == ' ' {
		e = skipSpaces(s, e)
	}
	if !kanjiAt(s, e, suffix) {
		return e, false
	}
	return e + len(suffix), true
}

// kanjiAt is hasPrefixAt for k, one character of three bytes (年, 月, 日),
// compared byte by byte: hasPrefixAt compares a suffix passed in a
// variable by a call of memequal.
func kanjiAt(s string, i int, k string) bool {
	return i >= 0 && i+2 < len(s) && s[i+2] == k[2] && s[i] == k[0] && s[i+1] == k[1]
}

// parenWeekday reads a weekday in parentheses after a date: (水), (水曜日),
// (水・祝), (Wed.), (Wednesday).
func parenWeekday(s string, j int) (int, int, bool) {
	k := skipSpaces(s, j)
	if at(s, k) != '(' {
		return -1, j, false
	}
	k = skipSpaces(s, k+1)
	wd := -1
	if isLetter(at(s, k)) {
		w, e := wordAt(s, k)
		if w.kind != kWeekday {
			return -1, j, false
		}
		wd, k = w.val, e
		if at(s, k) == '.' {
			k++
		}
	} else {
		if k >= len(s) {
			return -1, j, false
		}
		r, size := decodeRune(s, k)
		if wd = kanjiWeekday(r); wd < 0 {
			return -1, j, false
		}
		// Most are (月): the closing parenthesis starts no suffix.
		if k += size; at(s, k) != ')' {
			for _, suf := range [...]string{"曜日", "曜"} {
				if hasPrefixAt(s, k, suf) {
					k += len(suf)
					break
				}
			}
			k = skipHoliday(s, k)
		}
	}
	k = skipSpaces(s, k)
	if at(s, k) != ')' {
		return -1, j, false
	}
	return wd, k + 1, true
}

// skipHoliday skips the ・祝 of (月・祝), which marks a public holiday.
func skipHoliday(s string, k int) int {
	m := k
	if hasPrefixAt(s, m, "・") {
		m += len("・")
	}
	for _, h := range [...]string{"祝日", "祝", "休日", "休"} {
		if hasPrefixAt(s, m, h) {
			return m + len(h)
		}
	}
	return k
}

func kanjiWeekday(r rune) int {
	switch r {
	case '日':
		return 0
	case '月':
		return 1
	case '火':
		return 2
	case '水':
		return 3
	case '木':
		return 4
	case '金':
		return 5
	case '土':
		return 6
	}
	return -1
}

// ymdDate reads 2025-01-22, 2025/1/22 or 2025.1.22.
func (sc *scanner) ymdDate(i int) (int, bool) {
	s := sc.s
	y, e, ok := digitsAt(s, i, 4)
	if !ok || e-i != 4 || y < 1000 {
		return 0, false
	}
	sep := at(s, e)
	if sep != '-' && sep != '/' && sep != '.' {
		return 0, false
	}
	m, day, e, ok := monthDay(s, e+1, sep)
	if !ok {
		return 0, false
	}
	return sc.addFullDate(Date{Year: y, Month: m, Day: day, HasYear: true, Weekday: -1}, i, e), true
}

// monthDay reads the "1<sep>22" after a year and its separator.
func monthDay(s string, i int, sep byte) (m, day, end int, ok bool) {
	m, e, ok := digitsAt(s, i, 2)
	if !ok || m < 1 || m > 12 || at(s, e) != sep {
		return 0, 0, 0, false
	}
	day, e, ok = digitsAt(s, e+1, 2)
	if !ok || day < 1 || day > 31 {
		return 0, 0, 0, false
	}
	return m, day, e, true
}

// eraLetterDate reads R7.1.22 or H31/4/30 at the era letter i.
func (sc *scanner) eraLetterDate(i int) (int, bool) {
	s := sc.s
	era := eraByLetter(s[i])
	if era < 0 {
		return 0, false
	}
	y, e, ok := digitsAt(s, i+1, 2)
	sep := at(s, e)
	if !ok || y < 1 || y > eras[era].last || sep != '.' && sep != '/' {
		return 0, false
	}
	m, day, e, ok := monthDay(s, e+1, sep)
	if !ok {
		return 0, false
	}
	d := Date{Year: eras[era].first + y - 1, Month: m, Day: day, HasYear: true, Weekday: -1}
	return sc.addFullDate(d, i, e), true
}

// addFullDate adds d, taking a weekday in parentheses after it, if any.
func (sc *scanner) addFullDate(d Date, start, end int) int {
	if wd, e, ok := parenWeekday(sc.s, end); ok {
		d.Weekday, end = wd, e
	}
	sc.addDate(&d, start, end)
	return end
}

// monthDate reads an English date at the month name s[i:j]: "January 22,
// 2025", "Jan. 22", "January 22-23, 2025", "May 2024", "January FY2025", or a
// bare full month name ("In July"). May and abbreviations need a day or a
// year, since "may" is also a verb. A weekday before the name (weekday >= 0,
// start at the weekday) requires a day.
func (sc *scanner) monthDate(start, i, j, month int, abbrev bool, weekday int) (int, bool) {
	s := sc.s
	p := j
	if abbrev && at(s, p) == '.' {
		p++
	}
	k := skipSpaces(s, p)
	if k > p || p > j { // a space, or the period of "Jan.22"
		if day, e, ok := dayAt(s, k); ok {
			return sc.monthDayYear(start, e, month, day, weekday), true
		}
	}
	if weekday >= 0 {
		return 0, false
	}
	if y, e, ok := yearAfter(s, p); ok {
		sc.addDate(&Date{Year: y, Month: month, HasYear: true, Weekday: -1}, start, e)
		return e, true
	}
	if k > p && hasPrefixAt(s, k, "FY") {
		if y, e, ok := year4At(s, skipSpaces(s, k+2)); ok {
			sc.addDate(&Date{Year: y, Month: month, Fiscal: true, HasYear: true, Weekday: -1}, start, e)
			return e, true
		}
	}
	if abbrev || month == 5 && !monthWordBefore(s[:start]) {
		return 0, false
	}
	sc.addDate(&Date{Year: sc.year(), Month: month, Weekday: -1}, start, j)
	return j, true
}

// monthDayYear finishes "January 22[-23][, 2025][ (Wednesday)]" after the day.
func (sc *scanner) monthDayYear(start, p, month, day, weekday int) int {
	s := sc.s
	day2 := 0
	if q := rangeSepAt(s, p); q > p {
		if d2, e, ok := dayAt(s, q); ok && d2 > day {
			day2, p = d2, e
		}
	}
	d := Date{Month: month, Day: day, Weekday: weekday}
	if y, e, ok := yearAfter(s, p); ok {
		d.Year, d.HasYear, p = y, true, e
	} else {
		d.Year = sc.year()
	}
	if weekday < 0 {
		if wd, e, ok := parenWeekday(s, p); ok {
			d.Weekday, p = wd, e
		}
	}
	sc.addDate(&d, start, p)
	if day2 > 0 {
		d.Day, d.Weekday = day2, -1
		sc.addDate(&d, start, p)
	}
	return p
}

// rangeSepAt skips the "-", "~", " to " or " through " between two days
// and returns where the second day would start (p when there is none).
func rangeSepAt(s string, p int) int {
	q := skipSpaces(s, p)
	if c := at(s, q); c == '-' || c == '~' {
		return skipSpaces(s, q+1)
	}
	if q == p || !isLetter(at(s, q)) {
		return p
	}
	e := wordEnd(s, q)
	if w := s[q:e]; w == "to" || w == "through" || w == "until" {
		if r := skipSpaces(s, e); r > e {
			return r
		}
	}
	return p
}

// dayFirstDate reads "22 January 2025", "22nd Jan. 2025" or "22 January" at
// the day i; start is where a weekday before it began.
func (sc *scanner) dayFirstDate(start, i, weekday int) (int, bool) {
	s := sc.s
	day, e, ok := dayAt(s, i)
	if !ok {
		return 0, false
	}
	days, e := moreDays(s, day, e)
	k := skipSpaces(s, e)
	if k > e && hasPrefixAt(s, k, "of ") {
		k = skipSpaces(s, k+len("of"))
	}
	if k == e || !isUpper(at(s, k)) {
		return 0, false
	}
	w, p := wordAt(s, k)
	if w.kind != kMonth {
		return 0, false
	}
	if w.abbrev && at(s, p) == '.' {
		p++
	}
	d := Date{Month: w.val, Day: day, Weekday: weekday}
	if y, e, ok := yearAfter(s, p); ok {
		d.Year, d.HasYear, p = y, true, e
	} else {
		d.Year = sc.year()
	}
	if weekday < 0 {
		if wd, e, ok := parenWeekday(s, p); ok {
			d.Weekday, p = wd, e
		}
	}
	sc.addDate(&d, start, p)
	d.Weekday = -1
	for _, day := range days {
		d.Day = day
		sc.addDate(&d, start, p)
	}
	return p, true
}

// moreDays reads the further days of "8th and 9th of June", "8, 9 and 10
// June", "8-9 June": each larger than the one before. It returns them and
// where the list ends (e when there is none).
func moreDays(s string, prev, e int) ([]int, int) {
	var days []int
	for {
		q := e
		for _, sep := range [...]string{", and ", " and ", ", ", " & ", " to ", "-", "~"} {
			if hasPrefixAt(s, e, sep) {
				q = e + len(sep)
				break
			}
		}
		if q == e {
			return days, e
		}
		d, end, ok := dayAt(s, q)
		if !ok || d <= prev {
			return days, e
		}
		days, prev, e = append(days, d), d, end
	}
}

// weekdayDate reads "Wednesday, January 22, 2025" or "Wed 22 January 2025"
// at the weekday name s[i:j].
func (sc *scanner) weekdayDate(i, j, wd int) (int, bool) {
	s := sc.s
	p := j
	if at(s, p) == '.' {
		p++
	}
	if at(s, p) == ',' {
		p++
	}
	k := skipSpaces(s, p)
	if k == j {
		return 0, false
	}
	if isDigit(at(s, k)) {
		return sc.dayFirstDate(i, k, wd)
	}
	if !isUpper(at(s, k)) {
		return 0, false
	}
	w, e := wordAt(s, k)
	if w.kind != kMonth {
		return 0, false
	}
	return sc.monthDate(i, k, e, w.val, w.abbrev, wd)
}

// fyDate reads FY2024, FY 2024 and FY2024-25 at the word "FY" s[i:j].
func (sc *scanner) fyDate(i, j int) (int, bool) {
	y, e, ok := year4At(sc.s, skipSpaces(sc.s, j))
	if !ok {
		return 0, false
	}
	e = skipFiscalTail(sc.s, y, e)
	sc.addDate(&Date{Year: y, Fiscal: true, HasYear: true, Weekday: -1}, i, e)
	return e, true
}

// fiscalDate reads "fiscal year 2024" and "fiscal 2024" at "fiscal" s[i:j].
func (sc *scanner) fiscalDate(i, j int) (int, bool) {
	s := sc.s
	k := skipSpaces(s, j)
	if w, e := wordAt(s, k); w.kind == kYear {
		k = skipSpaces(s, e)
	}
	if k == j {
		return 0, false
	}
	y, e, ok := year4At(s, k)
	if !ok {
		return 0, false
	}
	e = skipFiscalTail(s, y, e)
	sc.addDate(&Date{Year: y, Fiscal: true, HasYear: true, Weekday: -1}, i, e)
	return e, true
}

// skipFiscalTail skips the "-25" of FY2024-25 or "/2025" of FY2024/2025,
// which name the same fiscal year (April 2024 to March 2025). Any other
// year after the dash is a range and stays a number.
func skipFiscalTail(s string, y, e int) int {
	if c := at(s, e); c == '-' || c == '/' {
		if v, e2, ok := digitsAt(s, e+1, 4); ok {
			if n := e2 - e - 1; n == 2 && v == (y+1)%100 || n == 4 && v == y+1 {
				return e2
			}
		}
	}
	return e
}

// yearFiscal reads "2024 fiscal year" at the digit i.
func (sc *scanner) yearFiscal(i int) (int, bool) {
	s := sc.s
	y, e, ok := year4At(s, i)
	if !ok || at(s, e) != ' ' || at(s, e+1)|0x20 != 'f' {
		return 0, false // "fiscal" starts with f
	}
	w, k := wordAt(s, e+1)
	if w.kind != kFiscal {
		return 0, false
	}
	if r := skipSpaces(s, k); r > k {
		if w, e2 := wordAt(s, r); w.kind == kYear {
			k = e2
		}
	}
	sc.addDate(&Date{Year: y, Fiscal: true, HasYear: true, Weekday: -1}, i, k)
	return k, true
}

// dayAt reads an English day number 1..31 with an optional ordinal suffix.
// It refuses digits that continue as a larger number (1,000, 2.5, 10:30).
func dayAt(s string, i int) (int, int, bool) {
	d, e, ok := digitsAt(s, i, 2)
	if !ok || d < 1 || d > 31 {
		return 0, i, false
	}
	switch c := at(s, e); c {
	case '.', ':', '/':
		if isDigit(at(s, e+1)) {
			return 0, i, false
		}
	case ',':
		if _, e2, ok := digitsAt(s, e+1, 3); ok && e2-e-1 == 3 {
			return 0, i, false
		}
	case '%':
		return 0, i, false
	}
	if !isLetter(at(s, e)) {
		return d, e, true // no ordinal suffix, the common case
	}
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		if hasPrefixAt(s, e, suf) && !isAlnum(at(s, e+2)) {
			return d, e + 2, true
		}
	}
	return 0, i, false
}

// yearAfter reads the ", 2025" or " 2025" that ends an English date.
func yearAfter(s string, p int) (int, int, bool) {
	q := p
	if at(s, q) == ',' {
		q++
	}
	r := skipSpaces(s, q)
	if r == p {
		return 0, p, false
	}
	return year4At(s, r)
}

// year4At reads a four-digit year 1800..2199 that is not part of a longer
// number.
func year4At(s string, i int) (int, int, bool) {
	y, e, ok := digitsAt(s, i, 4)
	if !ok || e-i != 4 || y < 1800 || y > 2199 || isLetter(at(s, e)) {
		return 0, i, false
	}
	if c := at(s, e); (c == ',' || c == '.') && isDigit(at(s, e+1)) {
		return 0, i, false
	}
	return y, e, true
}

// WeekdayFits reports whether the written weekday is the real weekday of the
// date. It is true when no weekday is written or the date is incomplete
// (fiscal, month-only, no year known, or a guessed month: 2日(金) may be in
// the next month), and false for a weekday written on a day that does not
// exist (2月30日（月）).
func (d Date) WeekdayFits() bool {
	if d.Weekday < 0 || d.Fiscal || d.Year == 0 || d.Month == 0 || d.Day == 0 || d.MonthGuess {
		return true
	}
	if !d.Valid() {
		return false
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
	return int(t.Weekday()) == d.Weekday
}

// Valid reports whether the day exists in its month (an unknown year is
// taken as a leap year, so 2月29日 without a year is valid).
func (d Date) Valid() bool {
	if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		return false
	}
	if d.Day == 0 {
		return true
	}
	if d.Month == 0 {
		return false
	}
	y := d.Year
	if y == 0 {
		y = 2000
	}
	return d.Day <= time.Date(y, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Matches reports whether d and o name the same date, at the same
// granularity:
//   - Fiscal must agree (FY2024 never matches the calendar year 2024);
//   - Month and Day must be equal, zeros included, so a month-only date
//     matches only a month-only date of the same month, and a full date only
//     the same full date;
//   - Year must be equal when both texts wrote a year (HasYear). A year taken
//     from the Context is a guess (本年8月31日 may be in a release of the next
//     year), so it never causes a mismatch; nor does a guessed month
//     (MonthGuess: 本7日, 日本時間19日), as long as the days agree.
//
// Weekdays are ignored: a wrong weekday is reported by WeekdayFits.
func (d Date) Matches(o Date) bool {
	if d.Fiscal != o.Fiscal || d.Day != o.Day {
		return false
	}
	if d.Month != o.Month && !(d.Day > 0 && (d.MonthGuess || o.MonthGuess)) {
		return false
	}
	if d.HasYear && o.HasYear && d.Year != o.Year {
		return false
	}
	return true
}

// String renders the date for messages and tests: 2025-01-22 (Wed),
// 2024-05, FY2024, FY2025-01, ?-08-31 (no year known), 2025-01-22~ when the
// year came from the context.
func (d Date) String() string {
	var b strings.Builder
	if d.Fiscal {
		b.WriteString("FY")
	}
	if d.Year != 0 {
		fmt.Fprintf(&b, "%04d", d.Year)
	} else {
		b.WriteString("?")
	}
	if d.Month != 0 {
		fmt.Fprintf(&b, "-%02d", d.Month)
	}
	if d.Day != 0 {
		fmt.Fprintf(&b, "-%02d", d.Day)
	}
	if !d.HasYear && d.Year != 0 {
		b.WriteString("~")
	}
	if d.Weekday >= 0 && d.Weekday <= 6 {
		b.WriteString(" (" + time.Weekday(d.Weekday).String()[:3] + ")")
	}
	return b.String()
}

// monthWordBefore reports a word that makes a bare "May" the month: "in
// May", "early May", "mid-May", "end of May" (5月上旬).
func monthWordBefore(before string) bool {
	for _, w := range [...]string{"in ", "early ", "late ", "mid-", "mid ", "of ", "since ", "until ", "from ", "by ", "during "} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}
