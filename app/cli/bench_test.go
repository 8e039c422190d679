package cli

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"

	"taiyaku/app/sample"
	"taiyaku/i18n"
)

// writePair writes a synthetic pair of n units into a temporary folder.
func writePair(tb testing.TB, n int) (ja, en string) {
	tb.Helper()
	dir := tb.TempDir()
	jaText, enText := sample.Texts(sample.Generate(n, 1))
	ja, en = filepath.Join(dir, "ja.txt"), filepath.Join(dir, "en.txt")
	if err := os.WriteFile(ja, []byte(jaText), 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(en, []byte(enText), 0o644); err != nil {
		tb.Fatal(err)
	}
	return ja, en
}

// BenchmarkCheckCommand10k is the whole `taiyaku check --format json --ja
// A --en B` on 10,000 synthetic pairs, minus process start: read, decode,
// align, check and write the JSON report.
func BenchmarkCheckCommand10k(b *testing.B) {
	ja, en := writePair(b, 10000)
	tr := i18n.New(language.English)
	b.ResetTimer()
	for b.Loop() {
		if code := Main([]string{"check", "--format", "json", "--ja", ja, "--en", en}, io.Discard, io.Discard, tr); code > 1 {
			b.Fatal(code)
		}
	}
}
