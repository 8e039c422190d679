// Package linediff shows where two renderings part, for golden tests
// whose files are too long to print whole.
package linediff

import (
	"fmt"
	"strings"
)

// Lines lists the lines that differ between want and got, at most max of
// them (0: all), numbered from 1.
func Lines(want, got string, most int) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := range max(len(w), len(g)) {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x == y {
			continue
		}
		if most > 0 && shown == most {
			b.WriteString("…\n")
			break
		}
		fmt.Fprintf(&b, "line %d:\n  want %s\n  got  %s\n", i+1, x, y)
		shown++
	}
	return b.String()
}
