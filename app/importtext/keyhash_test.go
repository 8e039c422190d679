package importtext

import (
	"fmt"
	"hash/fnv"
	"math"
	"testing"
)

// fnvString is the reference the inline hash must equal: the keys were
// once made by fmt.Sprintf and hash/fnv, and anchors depend on their values
// only through equality, but equal values keep every alignment as it was.
func fnvString(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func TestKeyHashMatchesFormatted(t *testing.T) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.25, 100, 2025, 1e6, 1e20, 1e21, 1.5e-7, 123456789.125, math.Inf(1), math.Inf(-1), math.NaN(), 3.3e-300, 999999, -999999, 999999.5, 123456, -5, 1e5, 1e-5} {
		if got, want := uint32(newKey('n').float(v)), fnvString(fmt.Sprintf("n%g", v)); got != want {
			t.Errorf("number %g: %x, want %x", v, got, want)
		}
	}
	for _, d := range [][4]int{{2025, 1, 22, 0}, {0, 12, 31, 1}, {-1, 0, 0, 0}, {2019, 4, 1, 1}} {
		want := fnvString(fmt.Sprintf("d%d-%d-%d-%t", d[0], d[1], d[2], d[3] == 1))
		if got := uint32(newKey('d').int(d[0]).byte('-').int(d[1]).byte('-').int(d[2]).byte('-').bool(d[3] == 1)); got != want {
			t.Errorf("date %v: %x, want %x", d, got, want)
		}
	}
	for _, s := range []string{"", "DFFT", "IoT", "5G"} {
		if got, want := uint32(newKey('a').lower(s)), fnvString("a"+lowerASCII(s)); got != want {
			t.Errorf("acronym %q: %x, want %x", s, got, want)
		}
		if got, want := hash(s), fnvString(s); got != want {
			t.Errorf("hash(%q) = %x, want %x", s, got, want)
		}
	}
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestClockKeysMatchFormatted(t *testing.T) {
	for _, c := range []struct {
		s    string
		h, m int
	}{{"9時58分", 9, 58}, {"17:05", 5, 5}, {"午後5時1分", 5, 1}, {"0:00", 0, 0}, {"24：00", 0, 0}} {
		keys := clockKeys(c.s)
		if want := fnvString(fmt.Sprintf("t%d:%02d", c.h, c.m)); len(keys) != 1 || keys[0] != want {
			t.Errorf("clockKeys(%q) = %x, want [%x]", c.s, keys, want)
		}
	}
}

// FuzzKeyHashNumber: numbers and integers hash as fmt writes them.
func FuzzKeyHashNumber(f *testing.F) {
	for _, v := range []float64{0, 7, -42, 1e6, 5.02e10, 1234567, 1<<53 - 1, 1 << 53, 9.5e6, 1e15, 1e16, -3e7, 0.25} {
		f.Add(v, int64(v))
	}
	f.Fuzz(func(t *testing.T, v float64, n int64) {
		if got, want := uint32(newKey('n').float(v)), fnvString(fmt.Sprintf("n%g", v)); got != want {
			t.Errorf("number %g: %x, want %x", v, got, want)
		}
		if got, want := uint32(newKey('d').int(int(n))), fnvString(fmt.Sprintf("d%d", n)); got != want {
			t.Errorf("integer %d: %x, want %x", n, got, want)
		}
		w := math.Trunc(math.Abs(v)) // whole numbers, which the fast paths take
		if got, want := uint32(newKey('n').float(w)), fnvString(fmt.Sprintf("n%g", w)); got != want {
			t.Errorf("number %g: %x, want %x", w, got, want)
		}
	})
}

// TestKeyHashLargeWhole: whole numbers of seven to sixteen digits, which
// %g writes with an exponent, hash as it writes them.
func TestKeyHashLargeWhole(t *testing.T) {
	for _, m := range []float64{1, 1.5, 5.02, 9.99, 1.234567, 3.000001, 7.1234567891} {
		for p := 1e6; p < 1e16; p *= 10 {
			v := math.Trunc(m * p)
			if got, want := uint32(newKey('n').float(v)), fnvString(fmt.Sprintf("n%g", v)); got != want {
				t.Errorf("number %g: %x, want %x", v, got, want)
			}
		}
	}
}

// TestKeyHashSmallInts: every whole number the unrolled cases of uint take,
// and past them, hashes as fmt writes it.
func TestKeyHashSmallInts(t *testing.T) {
	for n := 0; n < 100_000; n++ {
		if got, want := uint32(newKey('d').int(n)), fnvString(fmt.Sprintf("d%d", n)); got != want {
			t.Fatalf("integer %d: %x, want %x", n, got, want)
		}
	}
}
