package textfacts

import "strings"

// clockTime claims a time of day: "2:00", "14:30", "2:00 p.m.", 午後2時,
// 14時30分. Times are not compared (a 12-hour English time against a
// 24-hour Japanese one would need the a.m./p.m. reading of both), but their
// digits must not be read as numbers either: 午後2時 against "2:00 p.m."
// would otherwise be a number mismatch over the "00".
func (sc *scanner) clockTime(i int) (int, bool) {
	s := sc.s
	h, j, ok := digitsAt(s, i, 2)
	if !ok || h > 24 {
		return i, false
	}
	if !sc.ja && h >= 1 && h <= 12 {
		if k := skipMeridiem(s, j); k > j {
			return k, true // 7am, 8 p.m.
		}
	}
	if at(s, j) == ':' {
		if _, k, ok := digitsAt(s, j+1, 2); ok && k == j+3 {
			return skipMeridiem(s, k), true
		}
		return i, false
	}
	if strings.HasPrefix(s[j:], "時") && !strings.HasPrefix(s[j:], "時間") {
		k := j + len("時")
		if _, m, ok := digitsAt(s, k, 2); ok && strings.HasPrefix(s[m:], "分") {
			k = m + len("分")
		}
		return k, true
	}
	return i, false
}

// skipMeridiem passes " a.m.", "pm" and the like after a time.
func skipMeridiem(s string, i int) int {
	j := skipSpaces(s, i)
	for _, m := range []string{"a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."} {
		if strings.HasPrefix(s[j:], m) && !isLetter(at(s, j+len(m))) {
			return j + len(m)
		}
	}
	return i
}

// monthRange reads a compact Japanese month range, 1~3月 (1～3月期 after
// normalisation): two month-only dates of the release's year, as the
// English "January–March" gives.
func (sc *scanner) monthRange(i int) (int, bool) {
	s := sc.s
	m1, j, ok := digitsAt(s, i, 2)
	if !ok || m1 < 1 || m1 > 12 || (at(s, j) != '~' && at(s, j) != '-') {
		return i, false
	}
	m2, k, ok := digitsAt(s, j+1, 2)
	if !ok || m2 < 1 || m2 > 12 || !strings.HasPrefix(s[k:], "月") || isDigit(at(s, k+len("月"))) {
		return i, false
	}
	end := k + len("月")
	year := sc.contextYear(i)
	sc.addDate(Date{Year: year, Month: m1, Weekday: -1}, i, j)
	sc.addDate(Date{Year: year, Month: m2, Weekday: -1}, j+1, end)
	return end, true
}

// fiscalRange reads a range of fiscal years, 2024~2027年度 (2024～2027年度
// after normalisation): two fiscal dates, as "FY2024 to FY2027" gives.
func (sc *scanner) fiscalRange(i int) (int, bool) {
	s := sc.s
	y1, j, ok := year4At(s, i)
	if !ok || (at(s, j) != '~' && at(s, j) != '-') {
		return i, false
	}
	y2, k, ok := year4At(s, j+1)
	if !ok || y2 <= y1 || !strings.HasPrefix(s[k:], "年度") {
		return i, false
	}
	end := k + len("年度")
	sc.addDate(Date{Year: y1, Fiscal: true, HasYear: true, Weekday: -1}, i, j)
	sc.addDate(Date{Year: y2, Fiscal: true, HasYear: true, Weekday: -1}, j+1, end)
	return end, true
}
