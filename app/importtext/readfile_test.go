package importtext

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/internal/prefault"
)

// readEdition reads what os.ReadFile reads, whatever the size: empty,
// around the smallest buffer, past the size worth a prefault, and a text
// over the web page limit, which is read again from its start after its
// first bytes told it is no page.
func TestReadEditionSizes(t *testing.T) {
	dir := t.TempDir()
	line := "令和7年1月22日　経済産業省\n"
	for _, n := range []int{0, 1, 511, 512, 513, 4096, prefault.Min + 1, 3 << 20} {
		path := filepath.Join(dir, "e.txt")
		text := strings.Repeat(line, n/len(line)+1)[:n]
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readEdition(path)
		if err != nil || string(got) != text {
			t.Errorf("%d bytes: got %d bytes, %v", n, len(got), err)
		}
	}
	path := filepath.Join(dir, "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(line)
	f.Truncate(33 << 20) // sparse: no disk written
	f.Close()
	got, err := readEdition(path)
	want, _ := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("huge text: got %d bytes, %v; want %d", len(got), err, len(want))
	}
	if _, err := readEdition(filepath.Join(dir, "missing.txt")); err == nil {
		t.Error("a missing file reads")
	}
}
