package release

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// bigRelease builds n units of press-release length (about 150 Japanese
// and 300 English characters each).
func bigRelease(n int) *Release {
	r := &Release{Meta: Meta{Ministry: "METI"}}
	ja := strings.Repeat("両国は、サプライチェーンの強靱化に関する協力を継続する。", 5)
	en := strings.Repeat("The two sides will continue to cooperate on supply chains. ", 5)
	for i := 0; i < n; i++ {
		r.Append(Paragraph, fmt.Sprintf("（%d）%s", i, ja), fmt.Sprintf("(%d) %s", i, en))
	}
	return r
}

func benchLoad(b *testing.B, n int) {
	path := filepath.Join(b.TempDir(), "r.taiyaku")
	if err := Save(path, bigRelease(n)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Load(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad10k reads and validates a 10,000-unit release file.
func BenchmarkLoad10k(b *testing.B) { benchLoad(b, 10000) }

// BenchmarkSave10k encodes and atomically writes a 10,000-unit release.
func BenchmarkSave10k(b *testing.B) {
	r := bigRelease(10000)
	path := filepath.Join(b.TempDir(), "r.taiyaku")
	for b.Loop() {
		if err := Save(path, r); err != nil {
			b.Fatal(err)
		}
	}
}
