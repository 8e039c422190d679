package check

import (
	"os"
	"strings"
	"testing"
)

var tmpLines = func() []string {
	b, _ := os.ReadFile("/work/perf/s10k/ja.txt")
	return strings.Split(string(b), "\n")
}()

func BenchmarkTmpScanJA(b *testing.B) {
	var f textFlags
	for b.Loop() {
		for _, s := range tmpLines {
			f |= scanText(s)
		}
	}
	_ = f
}
