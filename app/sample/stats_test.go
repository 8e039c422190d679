package sample

import (
	"fmt"
	"os"
	"testing"
	"unicode/utf8"
	"taiyaku/app/release"
)

func TestStatsTmp(t *testing.T) {
	if os.Getenv("STATS") == "" {
		t.Skip()
	}
	hist := map[int]int{}
	lens := map[int]int{}
	kinds := map[release.Kind]int{}
	out := 0
	n := 0
	for _, p := range Generate(100000, 1) {
		kinds[p.Kind]++
		if p.Kind != release.Paragraph { continue }
		n++
		j := utf8.RuneCountInString(p.JA)
		r := float64(len(p.EN)) / float64(j)
		hist[int(r*10)]++
		lens[j/20*20]++
		if boundsMiss(tr{p.JA, p.EN}) > 0 { out++ }
	}
	fmt.Println("ratio", hist)
	fmt.Println("lens", lens)
	fmt.Println("out", out, "of", n, kinds)
}
