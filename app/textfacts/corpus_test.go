package textfacts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusFiles returns the whole text and the lines of every sample, test
// pair and real pair of the repository and of ../shared (when present).
func corpusFiles(tb testing.TB) []string {
	var out []string
	for _, pattern := range []string{
		filepath.Join("testdata", "*", "*.txt"),
		filepath.Join("..", "check", "testdata", "*", "*", "*.txt"),
		filepath.Join("..", "..", "testdata", "real-pairs", "*", "*.txt"),
		filepath.Join("..", "..", "..", "shared", "samples", "*", "*.txt"),
		filepath.Join("..", "..", "..", "shared", "real-pairs", "*", "*.txt"),
	} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, string(b))
			out = append(out, strings.Split(string(b), "\n")...)
		}
	}
	if len(out) < 1000 {
		tb.Fatalf("corpus too small: %d texts", len(out))
	}
	return out
}
