package sample

import (
	"fmt"
	"os"
	"strconv"
	"testing"
	"unicode/utf8"
)

func TestDumpTmp(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	n, _ := strconv.Atoi(os.Getenv("DUMP"))
	s, _ := strconv.ParseInt(os.Getenv("SEED"), 10, 64)
	for _, p := range Generate(n, s) {
		r := float64(len(p.EN)) / float64(utf8.RuneCountInString(p.JA))
		fmt.Printf("[%s %d %.2f]\n%s\n%s\n\n", p.Kind, utf8.RuneCountInString(p.JA), r, p.JA, p.EN)
	}
}
