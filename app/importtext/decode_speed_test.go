package importtext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/sample"
)

// controlBytes must count exactly what the byte-by-byte loop counts, for
// every alignment of the control byte within the eight-byte words.
func TestControlBytes(t *testing.T) {
	cases := []struct {
		name string
		data string
		want int
	}{
		{"empty", "", 0},
		{"text with line ends", "一行目\r\n二行目\tタブ\f\n", 0},
		{"bell in a word", "abcdefg\ahijklmn", 1},
		{"control at each offset", "\x01a\x02bc\x03def\x04ghij\x05klmno\x06pqrstu\x07vwxyz12\x0b", 8},
		{"tail shorter than a word", "12345678\x1b\x1f", 2},
		{"high bytes and space", "\x80\xff\x9f\xa0 !\x7f\x20", 0},
		{"all controls", strings.Repeat("\x01", 17), 17},
	}
	for _, c := range cases {
		if got := controlBytes([]byte(c.data)); got != c.want || got != controlBytesSlow([]byte(c.data)) {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

func FuzzControlBytes(f *testing.F) {
	f.Add([]byte("abc\x01\x02def\n\x1f\x20\x7f\x80"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := controlBytes(data), controlBytesSlow(data); got != want {
			t.Fatalf("controlBytes = %d, byte by byte %d", got, want)
		}
	})
}

// ReadFile takes over the bytes it read: the text must not change when
// the next file is read into fresh memory.
func TestReadFileOwnsItsText(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("一つ目\n"), 0o644)
	os.WriteFile(b, []byte("二つ目\n"), 0o644)
	ta, err := ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(b); err != nil {
		t.Fatal(err)
	}
	if ta != "一つ目\n" {
		t.Errorf("text changed: %q", ta)
	}
}

// BenchmarkReadFile10k reads and decodes the Japanese edition of 10,000
// synthetic pairs (3.4 MB of UTF-8): the fast path of valid UTF-8.
func BenchmarkReadFile10k(b *testing.B) {
	ja, _ := sample.Texts(sample.Generate(10000, 1))
	path := filepath.Join(b.TempDir(), "ja.txt")
	if err := os.WriteFile(path, []byte(ja), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(ja)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadFile(path); err != nil {
			b.Fatal(err)
		}
	}
}
