// Command pgo writes the CPU profile the Go compiler optimises the command
// line with (profile-guided optimisation: hot calls inlined, hot paths laid
// out first). It checks what `taiyaku check` meets, in proportion: a
// release of 10,000 clean generated pairs and damaged ones of 3,000 and
// 30,000 pairs (findings of every kind, text and JSON reports), several
// times, and profiles it. Run it through `go generate ./cmd/taiyaku-cli`
// (or `make pgo`) after the checker or the import changed much; a stale
// profile still builds and is still mostly right.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"

	"taiyaku/app/cli"
	"taiyaku/app/sample"
	"taiyaku/i18n"
)

// A workload: pairs generated with seed, damaged or not, checked rounds
// times in format.
type workload struct {
	pairs   int
	seed    int64
	damaged bool
	format  string
	rounds  int
}

var workloads = []workload{
	{10000, 1, false, "json", 12},
	{30000, 2, true, "json", 2},
	{3000, 3, true, "text", 6},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: pgo PROFILE")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "pgo:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	dir, err := os.MkdirTemp("", "taiyaku-pgo")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var args [][]string
	for k, w := range workloads {
		ja, en, err := write(dir, k, w)
		if err != nil {
			return err
		}
		for range w.rounds {
			args = append(args, []string{"check", "--format", w.format, "--ja", ja, "--en", en})
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return err
	}
	cli.TuneGC() // the collector as in a command
	tr := i18n.New(i18n.Detect())
	for _, a := range args {
		cli.Main(a, io.Discard, io.Discard, tr)
	}
	pprof.StopCPUProfile()
	return f.Close()
}

// write writes workload k's two editions into dir.
func write(dir string, k int, w workload) (ja, en string, err error) {
	pairs := sample.Generate(w.pairs, w.seed)
	if w.damaged {
		pairs = sample.Damaged(pairs, w.seed)
	}
	jaText, enText := sample.Texts(pairs)
	ja, en = filepath.Join(dir, fmt.Sprint(k, "ja.txt")), filepath.Join(dir, fmt.Sprint(k, "en.txt"))
	if err = os.WriteFile(ja, []byte(jaText), 0o600); err == nil {
		err = os.WriteFile(en, []byte(enText), 0o600)
	}
	return ja, en, err
}
