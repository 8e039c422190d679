package check

import "taiyaku/app/textfacts"

// weekdayFits is d.WeekdayFits() without building a time.Time: the
// weekday of a date of the years 1–9999 comes from its day number in the
// Gregorian calendar (H. Hinnant's days_from_civil). The date check asks
// it of every date of every unit; other years go to WeekdayFits.
func weekdayFits(d textfacts.Date) bool {
	if d.Weekday < 0 || d.Fiscal || d.Year == 0 || d.Month == 0 || d.Day == 0 || d.MonthGuess {
		return true
	}
	if d.Year < 1 || d.Year > 9999 {
		return d.WeekdayFits()
	}
	if !d.Valid() {
		return false
	}
	return civilWeekday(d.Year, d.Month, d.Day) == d.Weekday
}

// civilWeekday is the weekday (Sunday 0) of a valid date of a year from 1
// on.
func civilWeekday(y, m, day int) int {
	if m <= 2 {
		y-- // the year counted from March, so that a leap day ends it
	}
	era := y / 400
	yoe := y - era*400 // [0, 399]
	mp := (m + 9) % 12 // March 0 … February 11
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	days := era*146097 + doe - 719468 // days since 1970-01-01, a Thursday
	return ((days+4)%7 + 7) % 7
}
