package textfacts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusFiles returns the lines and the whole text of every sample, test
// pair and real pair of the repository.
func corpusFiles(tb testing.TB) []string {
	var out []string
	for _, pattern := range []string{
		filepath.Join("testdata", "*", "*.txt"),
		filepath.Join("..", "check", "testdata", "*", "*", "*.txt"),
		filepath.Join("..", "..", "testdata", "real-pairs", "*", "*.txt"),
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
	return out
}
