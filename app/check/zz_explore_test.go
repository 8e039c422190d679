package check

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"taiyaku/app/release"
)

func dumpFindings(r *release.Release, fs []Finding) {
	for _, f := range fs {
		u := r.Units[f.Unit]
		fmt.Printf("%3d %-32s %-7s %-4s %-26s %v | %.40q | %.50q\n", f.Unit, f.Check, f.Severity, f.Side, f.Message, f.Data, u.JA, u.EN)
	}
}

func TestZZExplore(t *testing.T) {
	spec := os.Getenv("EXPLORE")
	if spec == "" {
		t.Skip()
	}
	var r release.Release
	for i, line := range strings.Split(spec, "\n") {
		if line == "" {
			continue
		}
		p := strings.SplitN(line, "|", 3)
		r.Units = append(r.Units, release.Unit{ID: fmt.Sprint("u", i), Kind: release.Kind(p[0]), JA: p[1], EN: p[2]})
	}
	dumpFindings(&r, Run(&r, Options{}))
}
