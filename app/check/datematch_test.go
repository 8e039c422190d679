package check

import (
	"reflect"
	"testing"

	"taiyaku/app/textfacts"
)

// smallDates are every date of a small domain of each field Matches and
// unmatchedDates read.
func smallDates() []textfacts.Date {
	var ds []textfacts.Date
	for _, fiscal := range []bool{false, true} {
		for day := range 3 {
			for month := range 3 {
				for _, guess := range []bool{false, true} {
					for _, has := range []bool{false, true} {
						for _, year := range []int{2025, 2026} {
							for _, soft := range []bool{false, true} {
								ds = append(ds, textfacts.Date{Fiscal: fiscal, Day: day, Month: month, MonthGuess: guess, HasYear: has, Year: year, Soft: soft})
							}
						}
					}
				}
			}
		}
	}
	return ds
}

// TestDatesMatch holds datesMatch to Date.Matches over every pair of the
// small domain.
func TestDatesMatch(t *testing.T) {
	ds := smallDates()
	for i := range ds {
		for k := range ds {
			if got, want := datesMatch(&ds[i], &ds[k]), ds[i].Matches(ds[k]); got != want {
				t.Fatalf("datesMatch(%+v, %+v) = %v, want %v", ds[i], ds[k], got, want)
			}
		}
	}
}

// TestUnmatchedDatesGeneric holds unmatchedDates to the generic
// unmatched it was, over random lists from the small domain.
func TestUnmatchedDatesGeneric(t *testing.T) {
	ds := smallDates()
	seed := uint32(7)
	pick := func() []textfacts.Date {
		seed = seed*1664525 + 1013904223
		out := make([]textfacts.Date, int(seed>>28))
		for k := range out {
			seed = seed*1664525 + 1013904223
			out[k] = ds[int(seed>>8)%len(ds)]
		}
		return out
	}
	for range 20000 {
		a, b := pick(), pick()
		want := unmatched(a, b, func(d textfacts.Date) bool { return d.Soft }, textfacts.Date.Matches)
		if got := unmatchedDates(a, b); !reflect.DeepEqual(got, want) {
			t.Fatalf("unmatchedDates(%+v, %+v) = %+v, want %+v", a, b, got, want)
		}
	}
}
