package check

import (
	"testing"

	"taiyaku/app/textfacts"
)

// FuzzWeekdayFits holds weekdayFits to textfacts' WeekdayFits.
func FuzzWeekdayFits(f *testing.F) {
	f.Add(2026, 12, 2, 3, false, false)
	f.Add(2024, 2, 29, 4, false, false)
	f.Add(2023, 2, 29, 3, false, false)
	f.Add(1, 1, 1, 1, false, false)
	f.Add(1600, 3, 1, 3, false, false)
	f.Add(2100, 2, 28, 0, false, false)
	f.Fuzz(func(t *testing.T, y, m, day, wd int, fiscal, guess bool) {
		d := textfacts.Date{Year: y, Month: m, Day: day, Weekday: wd, Fiscal: fiscal, MonthGuess: guess}
		if got, want := weekdayFits(&d), d.WeekdayFits(); got != want {
			t.Errorf("weekdayFits(%+v) = %v, want %v", d, got, want)
		}
	})
}

// TestWeekdayFitsCalendar walks every day of four centuries.
func TestWeekdayFitsCalendar(t *testing.T) {
	for y := 1899; y <= 2301; y++ {
		for m := 1; m <= 12; m++ {
			for day := 1; day <= 31; day++ {
				for wd := 0; wd < 7; wd++ {
					d := textfacts.Date{Year: y, Month: m, Day: day, Weekday: wd}
					if got, want := weekdayFits(&d), d.WeekdayFits(); got != want {
						t.Fatalf("weekdayFits(%+v) = %v, want %v", d, got, want)
					}
				}
			}
		}
	}
}

// TestWeekdayFitsYears reads the first and last days of each month of
// every year the day number serves, and the days past them.
func TestWeekdayFitsYears(t *testing.T) {
	for y := 1; y <= 9999; y++ {
		for m := 1; m <= 12; m++ {
			for _, day := range []int{1, 28, 29, 30, 31, 32} {
				for wd := 0; wd < 7; wd++ {
					d := textfacts.Date{Year: y, Month: m, Day: day, Weekday: wd}
					if got, want := weekdayFits(&d), d.WeekdayFits(); got != want {
						t.Fatalf("weekdayFits(%+v) = %v, want %v", d, got, want)
					}
				}
			}
		}
	}
}
