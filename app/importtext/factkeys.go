package importtext

import (
	"math"

	"taiyaku/app/textfacts"
)

// A fact's key hashes its bytes one after the other, each a multiply
// waiting for the one before: a date's some sixteen. The keys of most
// numbers and dates start alike (a number below 100, a year and month of
// this century), so those starts are hashed once, here, and
// a key goes on from them.

// numberStarts holds the keys of the whole numbers below 100: a number
// below 10,000 is one of them and its last digits.
var numberStarts = func() (t [100]keyHash) {
	for u := range t {
		t[u] = newKey('n').uint(uint64(u))
	}
	return t
}()

// numberKey is the key of a number written in digits, newKey('n').float(v).
func numberKey(v float64) uint32 {
	if !(v >= 0 && v < 10000 && v == math.Trunc(v)) || math.Signbit(v) {
		return uint32(newKey('n').float(v))
	}
	switch u := uint64(v); {
	case u < 100:
		return uint32(numberStarts[u])
	case u < 1000:
		return uint32(numberStarts[u/10].byte(byte('0' + u%10)))
	default:
		return uint32(numberStarts[u/100].byte(byte('0' + u/10%10)).byte(byte('0' + u%10)))
	}
}

// The years whose dates' keys start from monthStarts: those of the
// releases a user compares, and few enough to hash at every process start
// (some 800 starts: 11-16 us of init in all, 4-5 without them, where
// 1900-2100 took 24).
const (
	firstYear = 2000
	lastYear  = 2060
)

// monthStarts holds the starts of the keys of the dates of the years
// firstYear to lastYear, by year and month (0: a date with none, a fiscal
// year): "d2026-1-".
var monthStarts = func() (t [lastYear - firstYear + 1][13]keyHash) {
	for y := range t {
		year := newKey('d').int(firstYear + y).byte('-')
		for m := range t[y] {
			t[y][m] = year.int(m).byte('-')
		}
	}
	return t
}()

// dateKey is the key of a date: its year, month, day and whether it is a
// fiscal year.
func dateKey(d *textfacts.Date) uint32 {
	var h keyHash
	if d.Year >= firstYear && d.Year <= lastYear && d.Month >= 0 && d.Month <= 12 {
		h = monthStarts[d.Year-firstYear][d.Month]
	} else {
		h = newKey('d').int(d.Year).byte('-').int(d.Month).byte('-')
	}
	return uint32(h.int(d.Day).byte('-').bool(d.Fiscal))
}
