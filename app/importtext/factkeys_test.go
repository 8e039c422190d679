package importtext

import (
	"fmt"
	"math"
	"testing"

	"taiyaku/app/textfacts"
)

// numberKeyHashed is numberKey as it was: every byte hashed. The oracle
// of TestNumberKeys and FuzzNumberKey.
func numberKeyHashed(v float64) uint32 { return uint32(newKey('n').float(v)) }

// TestNumberKeys: every whole number the starts serve, those past them,
// and the numbers that are no whole ones, key as when hashed byte by byte.
func TestNumberKeys(t *testing.T) {
	for u := range 20_000 {
		if got, want := numberKey(float64(u)), numberKeyHashed(float64(u)); got != want {
			t.Fatalf("numberKey(%d) = %x, want %x", u, got, want)
		}
	}
	for _, v := range []float64{math.Copysign(0, -1), -1, -9999, 0.5, 99.5, 9999.5, 1e6, 5.02e10, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64} {
		if got, want := numberKey(v), numberKeyHashed(v); got != want {
			t.Errorf("numberKey(%g) = %x, want %x", v, got, want)
		}
	}
}

func FuzzNumberKey(f *testing.F) {
	f.Add(2026.0)
	f.Add(math.Copysign(0, -1))
	f.Add(12.5)
	f.Fuzz(func(t *testing.T, v float64) {
		if got, want := numberKey(v), numberKeyHashed(v); got != want {
			t.Fatalf("numberKey(%g) = %x, want %x", v, got, want)
		}
	})
}

// dateKeyWritten is a date's key as fmt writes the date and hash/fnv
// hashes it, as the keys were first made.
func dateKeyWritten(d textfacts.Date) uint32 {
	return fnvString(fmt.Sprintf("d%d-%d-%d-%v", d.Year, d.Month, d.Day, d.Fiscal))
}

// TestDateKeys: the dates of the years and months whose starts are kept,
// and those around them, key as written.
func TestDateKeys(t *testing.T) {
	for y := firstYear - 2; y <= lastYear+2; y++ {
		for m := -1; m <= 14; m++ {
			for _, d := range []textfacts.Date{{Year: y, Month: m, Day: 0}, {Year: y, Month: m, Day: 31, Fiscal: true}, {Year: y, Month: m, Day: 7}} {
				if got, want := dateKey(&d), dateKeyWritten(d); got != want {
					t.Fatalf("dateKey(%+v) = %x, want %x", d, got, want)
				}
			}
		}
	}
}

func FuzzDateKey(f *testing.F) {
	f.Add(2026, 1, 22, false)
	f.Add(0, 0, 0, true)
	f.Add(-5, 13, -1, false)
	f.Fuzz(func(t *testing.T, year, month, day int, fiscal bool) {
		d := textfacts.Date{Year: year, Month: month, Day: day, Fiscal: fiscal}
		if got, want := dateKey(&d), dateKeyWritten(d); got != want {
			t.Fatalf("dateKey(%+v) = %x, want %x", d, got, want)
		}
	})
}
