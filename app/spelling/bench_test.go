package spelling

import (
	"os"
	"strings"
	"testing"
)

// englishText is the English edition of a synthetic release, when the
// command line wrote one to testdata, else the real pairs' English.
func englishText(b *testing.B) string {
	files, _ := os.ReadDir("../../testdata/real-pairs")
	var sb strings.Builder
	for _, f := range files {
		if data, err := os.ReadFile("../../testdata/real-pairs/" + f.Name() + "/en.txt"); err == nil {
			sb.Write(data)
		}
	}
	if sb.Len() == 0 {
		b.Skip("no real pairs")
	}
	return sb.String()
}

// BenchmarkCheck is the spelling check of the real pairs' English, line
// by line as the checker calls it; bytes/s is the speed.
func BenchmarkCheck(b *testing.B) {
	text := englishText(b)
	lines := strings.Split(text, "\n")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for _, l := range lines {
			Check(l, nil)
		}
	}
}

// BenchmarkEachWord is the word scan alone.
func BenchmarkEachWord(b *testing.B) {
	text := englishText(b)
	b.SetBytes(int64(len(text)))
	n := 0
	for b.Loop() {
		EachWord(text, func(string, int) bool { n++; return true })
	}
}
