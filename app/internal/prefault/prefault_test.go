package prefault

import (
	"bytes"
	"testing"
)

// Mapping pages ahead never changes what a buffer holds, whether its
// pages are fresh or already written, whatever its size and alignment.
func TestKeepsContents(t *testing.T) {
	for _, n := range []int{0, 1, Min - 1, Min, Min + 4097, 3 << 20} {
		b := make([]byte, n)
		Bytes(b)
		if !bytes.Equal(b, make([]byte, n)) {
			t.Fatalf("%d bytes: a fresh buffer is no longer zero", n)
		}
		for i := range b {
			b[i] = byte(i)
		}
		Bytes(b[n/3:])
		for i := range b {
			if b[i] != byte(i) {
				t.Fatalf("%d bytes: byte %d changed", n, i)
			}
		}
	}
	type rec struct {
		s string
		n int
	}
	s := make([]rec, 1, Min/8)
	s[0] = rec{"a", 1}
	Slice(s)
	if s[0] != (rec{"a", 1}) || cap(s) != Min/8 {
		t.Fatalf("slice changed: %v", s[0])
	}
}
