package check

import "taiyaku/app/textfacts"

// weekdayFits is d.WeekdayFits() without building a time.Time: the
// weekday of a date of the years 1–9999 comes from its day number in the
// Gregorian calendar (H. Hinnant's days_from_civil), and whether the day
// exists from the month's length. The date check asks it of every date
// of every unit; other years go to WeekdayFits.
func weekdayFits(d *textfacts.Date) bool {
	if d.Weekday < 0 || d.Fiscal || d.Year == 0 || d.Month == 0 || d.Day == 0 || d.MonthGuess {
		return true
	}
	if d.Year < 1 || d.Year > 9999 {
		return d.WeekdayFits()
	}
	if !dayExists(d.Year, d.Month, d.Day) {
		return false
	}
	return civilWeekday(d.Year, d.Month, d.Day) == d.Weekday
}

// dayExists is Date.Valid for a date with a year, a month and a day,
// without time.Date: the month from 1 to 12, the day within its length.
func dayExists(y, m, day int) bool {
	if m < 1 || m > 12 || day < 1 {
		return false
	}
	n := monthDays[m]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		n = 29
	}
	return day <= n
}

// monthDays are the days of each month (1–12) of a common year.
var monthDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

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
