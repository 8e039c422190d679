package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"taiyaku/app/sample"
)

// pofilterChecks are the five translate-toolkit checks that do what
// Taiyaku's check does on a pair of lines: numbers, brackets, URLs, end
// punctuation and empty translations. The comparison is against
// exactly these.
var pofilterChecks = []string{"-t", "numbers", "-t", "brackets", "-t", "urls", "-t", "endpunc", "-t", "blank"}

// writePO writes the pair (one block a line, blocks between blank lines,
// as `taiyaku sample` writes them) as a PO file: msgctxt is the block's
// 0-based line number, msgid the Japanese line, msgstr the English line.
// The lines are paired by position: a synthetic pair has one block each.
func writePO(path, ja, en string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	w.WriteString("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n")
	jaLines, enLines := strings.Split(ja, "\n"), strings.Split(en, "\n")
	for i := 0; i < len(jaLines) && i < len(enLines); i++ {
		if jaLines[i] == "" && enLines[i] == "" {
			continue
		}
		w.WriteString("\nmsgctxt " + poQuote(strconv.Itoa(i)) + "\nmsgid " + poQuote(jaLines[i]) + "\nmsgstr " + poQuote(enLines[i]) + "\n")
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// poQuote quotes s as one PO string (the samples hold no line breaks).
func poQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

// BenchmarkPofilter10k runs translate-toolkit's pofilter with five checks
// over the same 10,000 synthetic pairs as BenchmarkProcessCheck10k, for a
// side-by-side comparison (`make speed-compare`). pofilter is in Debian's
// translate-toolkit package; without it the benchmark is skipped.
func BenchmarkPofilter10k(b *testing.B) {
	bin, err := exec.LookPath("pofilter")
	if err != nil {
		b.Skip("pofilter not found: install Debian's translate-toolkit package to compare")
	}
	dir := b.TempDir()
	ja, en := sample.Texts(sample.Generate(10000, 1))
	in := filepath.Join(dir, "in.po")
	if err := writePO(in, ja, en); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, "out.po")
	var peak int64
	b.ResetTimer()
	for b.Loop() {
		cmd := exec.Command(bin, append(pofilterChecks, in, out)...)
		cmd.Env = append(os.Environ(), "LANG=C.UTF-8")
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("pofilter: %v\n%s", err, msg)
		}
		peak = max(peak, maxRSS(cmd.ProcessState))
	}
	b.ReportMetric(float64(peak)/1024, "peak-MB")
}
