package textfacts

import "testing"

// TestByteClasses pins the one-comparison byte tests against their
// definitions, over all 256 bytes.
func TestByteClasses(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		digit, upper := '0' <= b && b <= '9', 'A' <= b && b <= 'Z'
		letter := upper || 'a' <= b && b <= 'z'
		if isDigit(b) != digit || isUpper(b) != upper || isLetter(b) != letter || isAlnum(b) != (digit || letter) {
			t.Errorf("byte %#x: digit %v upper %v letter %v alnum %v", b, isDigit(b), isUpper(b), isLetter(b), isAlnum(b))
		}
	}
}
