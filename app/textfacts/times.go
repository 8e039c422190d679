package textfacts

import "strings"

// clockTime claims a time of day: "2:00", "14:30", "2:00 p.m.", "7am",
// 午後2時, 14時30分, and records it as a Time, so that its digits are not
// read as numbers (午後2時 against "2:00 p.m." would otherwise differ over
// the "00") and times can be compared on their own. 時間, 時点 and 時期
// after a number are no time of day.
func (sc *scanner) clockTime(i int) (int, bool) {
	s := sc.s
	h, j, ok := digitsAt(s, i, 2)
	if !ok || h > 24 {
		return i, false
	}
	if !sc.ja && h >= 1 && h <= 12 {
		if k, pm, ok := meridiemAt(s, j); ok {
			sc.addTime(h, 0, pm, true, i, k) // 7am, 8 p.m.
			return k, true
		}
	}
	if at(s, j) == ':' {
		m, k, ok := digitsAt(s, j+1, 2)
		if !ok || k != j+3 || m > 59 {
			return i, false
		}
		end, pm, known := meridiemAt(s, k)
		if !known {
			end = k
		}
		sc.addTime(h, m, pm, known, i, end)
		return end, true
	}
	if !hasPrefixAt(s, j, "時") || hasPrefixAt(s, j, "時間") || hasPrefixAt(s, j, "時点") || hasPrefixAt(s, j, "時期") {
		return i, false
	}
	k, m := j+len("時"), 0
	if v, e, ok := digitsAt(s, k, 2); ok && v <= 59 && hasPrefixAt(s, e, "分") {
		k, m = e+len("分"), v
	} else if hasPrefixAt(s, k, "半") {
		k, m = k+len("半"), 30
	}
	before := s[:i]
	switch {
	case strings.HasSuffix(before, "午前"):
		sc.addTime(h, m, false, true, i-len("午前"), k) // Raw 午前10時10分
	case strings.HasSuffix(before, "午後"):
		sc.addTime(h, m, true, true, i-len("午後"), k)
	default:
		sc.addTime(h, m, false, h == 0 || h > 12, i, k) // a 24-hour clock, unless it could be either
	}
	return k, true
}

// meridiemAt reads " a.m.", "pm" and the like at i: its end, whether it
// is p.m., and whether there is one.
func meridiemAt(s string, i int) (int, bool, bool) {
	j := skipSpaces(s, i)
	if c := at(s, j) | 0x20; c != 'a' && c != 'p' {
		return i, false, false // what every form starts with: most numbers are not times
	}
	for _, m := range [...]string{"a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."} {
		if hasPrefixAt(s, j, m) && !isLetter(at(s, j+len(m))) {
			return j + len(m), m[0]|0x20 == 'p', true
		}
	}
	return i, false, false
}

// addTime records a time of day; pm moves 1:00–11:59 to the afternoon. A
// Japanese time after 日本時間 is Soft: English editions often give only the
// local time.
func (sc *scanner) addTime(h, m int, pm, known bool, start, end int) {
	if pm && h < 12 {
		h += 12
	} else if known && !pm && h == 12 && sc.isAM(start) {
		h = 0
	}
	t := Time{Minute: (h%24)*60 + m, Known: known, Raw: sc.s[start:end]}
	if sc.ja {
		t.Soft = japanTimeBefore(sc.s[:start])
	}
	if sc.f.Times == nil {
		sc.f.Times = openList(sc, &sc.out.times, sc.scratch.Times, 2)
	}
	sc.f.Times = append(sc.f.Times, t)
	sc.mask(start, end)
}

// isAM reports 午前 before a Japanese time (12 a.m. is midnight; English
// "12 a.m." is rare enough to read as written).
func (sc *scanner) isAM(start int) bool { return sc.ja && hasPrefixAt(sc.s, start, "午前") }

// japanTimeBefore reports 日本時間 shortly before a time: 日本時間午後5時10分,
// 日本時間19日午前2時.
func japanTimeBefore(before string) bool {
	k := strings.LastIndex(before, "日本時間")
	if k < 0 {
		return false
	}
	gap := before[k+len("日本時間"):]
	return len(gap) <= len("19日午前") && !strings.ContainsAny(gap, "()、。,")
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
	sc.addDate(&Date{Year: year, Month: m1, Weekday: -1}, i, j)
	sc.addDate(&Date{Year: year, Month: m2, Weekday: -1}, j+1, end)
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
	sc.addDate(&Date{Year: y1, Fiscal: true, HasYear: true, Weekday: -1}, i, j)
	sc.addDate(&Date{Year: y2, Fiscal: true, HasYear: true, Weekday: -1}, j+1, end)
	return end, true
}
