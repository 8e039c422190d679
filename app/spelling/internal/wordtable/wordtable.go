// Package wordtable is a set of words laid out as bytes that can be
// looked up where they lie: the spelling dictionary is built into the
// binary in this form, so that a program starts without reading 134,000
// words into a map (tens of milliseconds at every start).
//
// The layout is a hash table of buckets: a header, the start of each
// bucket's words in the word area, then the words, each a length byte and
// its bytes, grouped by bucket. With about one word per bucket, a look-up
// reads two offsets and compares a few lengths and a word.
package wordtable

import (
	"errors"
	"fmt"
	"slices"
	"unsafe"
)

// magic starts every table; the digit is the layout's version.
const magic = "WTB1"

const headerLen = len(magic) + 4 // the magic, then the bucket count

// Table is a read-only word set over an encoded table.
type Table struct {
	buckets uint32 // a power of two
	offsets string // buckets+1 little-endian uint32 offsets into words
	words   string
}

// Open reads the header of an encoded table. It checks the sizes only;
// Has stays in bounds whatever the offsets say.
func Open(data string) (*Table, error) {
	if len(data) < headerLen || data[:len(magic)] != magic {
		return nil, errors.New("wordtable: not a word table")
	}
	n := le32(data, len(magic))
	if n == 0 || n&(n-1) != 0 || n > 1<<28 {
		return nil, fmt.Errorf("wordtable: %d buckets", n)
	}
	end := headerLen + 4*(int(n)+1)
	if end > len(data) {
		return nil, errors.New("wordtable: table cut short")
	}
	return &Table{buckets: n, offsets: data[headerLen:end], words: data[end:]}, nil
}

// HasBytes is Has for a word in a buffer, without copying it into a
// string: Has keeps nothing of w, so the buffer can lend its bytes.
func (t *Table) HasBytes(w []byte) bool {
	if len(w) == 0 {
		return t.Has("")
	}
	return t.Has(unsafe.String(&w[0], len(w)))
}

// Has reports whether the table holds w, byte for byte.
func (t *Table) Has(w string) bool {
	if t == nil || len(w) > 255 {
		return false
	}
	b := int(hash(w) & uint64(t.buckets-1))
	p, end := int(le32(t.offsets, 4*b)), int(le32(t.offsets, 4*b+4))
	if end > len(t.words) {
		return false
	}
	for p < end {
		n := int(t.words[p])
		p++
		if n == len(w) && p+n <= end && t.words[p:p+n] == w {
			return true
		}
		p += n
	}
	return false
}

// Build encodes a set of words (duplicates count once) with one or two
// words per bucket. The same set gives the same bytes.
func Build(words []string) ([]byte, error) {
	words = slices.Clone(words)
	slices.Sort(words)
	words = slices.Compact(words)
	n := uint32(1)
	for 2*int(n) < len(words) {
		n <<= 1
	}
	lists := make([][]string, n)
	for _, w := range words {
		if len(w) == 0 || len(w) > 255 {
			return nil, fmt.Errorf("wordtable: word of %d bytes", len(w))
		}
		b := hash(w) & uint64(n-1)
		lists[b] = append(lists[b], w)
	}
	out := append([]byte(magic), put32(nil, n)...)
	var area []byte
	for _, l := range lists {
		out = put32(out, uint32(len(area)))
		for _, w := range l {
			area = append(area, byte(len(w)))
			area = append(area, w...)
		}
	}
	out = put32(out, uint32(len(area)))
	return append(out, area...), nil
}

// hash is 64-bit FNV-1a: fixed, so that the table built once and the
// program reading it agree.
func hash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h ^ h>>32
}

func le32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func put32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}
