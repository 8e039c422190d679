package spelling

import (
	"math/bits"

	"taiyaku/app/internal/swar"
)

// fieldTable remembers quiet's answer for whole space-delimited
// fields of up to 16 bytes (“(assistance),”, “know-how”): a release
// repeats its fields, and one look-up of a field's bytes, loaded eight at
// a time and compared as two words, spares reading its letters and the
// word scan. An open-addressing table with its own cheap hash: a map
// keyed by strings costs more than the reading it spares.
type fieldTable struct {
	slots []fieldSlot // a power of two; at most half full
	n     int
}

// fieldSlot is one field: its bytes zero-padded, its length (0: empty)
// and whether all its words are known.
type fieldSlot struct {
	lo, hi uint64
	size   uint8
	known  bool
}

// maxField is the longest field the table holds.
const maxField = 16

// fieldKey is the bytes of the field text[i:i+n] (n ≤ maxField),
// zero-padded. Eight-byte loads where the text has the bytes, else byte
// by byte.
func fieldKey(text string, i, n int) (lo, hi uint64) {
	if i+maxField <= len(text) {
		// Masks rather than a branch on n < 8, which English words
		// take either way at random.
		return swar.Load8(text, i) & loKeep[n], swar.Load8(text, i+8) & hiKeep[n]
	}
	for k := 0; k < n; k++ {
		if k < 8 {
			lo |= uint64(text[i+k]) << (8 * k)
		} else {
			hi |= uint64(text[i+k]) << (8 * (k - 8))
		}
	}
	return lo, hi
}

// loKeep[n] and hiKeep[n] keep the bytes of a field of n bytes (n ≤
// maxField) in the first and the second eight-byte load.
var loKeep, hiKeep = func() (lo, hi [maxField + 1]uint64) {
	for n := range maxField + 1 {
		lo[n] = 1<<(8*min(n, 8)) - 1 // a shift by 64 is 0: all ones
		hi[n] = 1<<(8*max(n-8, 0)) - 1
	}
	return lo, hi
}()

// slot is where the key is, or the empty slot where it would go.
func (t *fieldTable) slot(lo, hi uint64, n int) *fieldSlot {
	mask := len(t.slots) - 1
	h := (lo ^ bits.RotateLeft64(hi, 29) ^ uint64(n)) * 0x9E3779B97F4A7C15
	for k := int(h >> 40); ; k++ {
		s := &t.slots[k&mask]
		if s.size == 0 || s.lo == lo && s.hi == hi && int(s.size) == n {
			return s
		}
	}
}

// get returns the answer for a key, if the table has it.
func (t *fieldTable) get(lo, hi uint64, n int) (known, ok bool) {
	if t.slots == nil {
		return false, false
	}
	s := t.slot(lo, hi, n)
	return s.known, s.size != 0
}

// put keeps an answer while the table has room (memoMax fields).
func (t *fieldTable) put(lo, hi uint64, n int, known bool) {
	if t.n >= memoMax {
		return
	}
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	*t.slot(lo, hi, n) = fieldSlot{lo: lo, hi: hi, size: uint8(n), known: known}
	t.n++
}

// grow doubles the table (from 256 slots: a short release has few fields).
func (t *fieldTable) grow() {
	old := t.slots
	t.slots = make([]fieldSlot, max(256, 2*len(old)))
	for _, s := range old {
		if s.size != 0 {
			*t.slot(s.lo, s.hi, int(s.size)) = s
		}
	}
}
