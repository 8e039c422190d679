package importtext

import (
	"strings"
	"testing"
)

// sentenceEndRef is sentenceEnd trimming every line first.
func sentenceEndRef(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "。") || strings.HasSuffix(s, "．") {
		return true
	}
	if !strings.HasSuffix(s, ".") {
		return false
	}
	low := strings.ToLower(s[max(0, len(s)-8):])
	for _, a := range abbreviations {
		if strings.HasSuffix(low, a) && (len(low) == len(a) || !isLetterByte(low[len(low)-len(a)-1])) {
			return false
		}
	}
	return true
}

// FuzzSentenceEndReference: deciding by the last character first changes
// no answer.
func FuzzSentenceEndReference(f *testing.F) {
	for _, s := range []string{"", "。", "本日。 ", "a.m.", " a.m.\u3000", "Japan and the U.S.", "見出し", "End.\n", "\u2003p.m.", "U.\u212a.", "in 2026.", "Ltd."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := sentenceEnd(s), sentenceEndRef(s); got != want {
			t.Fatalf("sentenceEnd(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzLowerTail: a line's last bytes lower-cased in the buffer are those
// strings.ToLower gives.
func FuzzLowerTail(f *testing.F) {
	for _, s := range []string{"", "U.S.", "a.m.", "Ltd.", "İ.", "u.\u212a.", "x\xe3\x81", "ABCDEFGH", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = s[max(0, len(s)-8):]
		var buf [8]byte
		if got, want := lowerTail(&buf, s), strings.ToLower(s); got != want {
			t.Fatalf("lowerTail(%q) = %q, want %q", s, got, want)
		}
	})
}
