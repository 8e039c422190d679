package approval

import (
	"fmt"
	"strings"
	"testing"

	"taiyaku/app/release"
)

// bigRelease builds n units of press-release length, both editions
// approved.
func bigRelease(b *testing.B, n int) *release.Release {
	r := &release.Release{}
	ja := strings.Repeat("両国は、サプライチェーンの強靱化に関する協力を継続する。", 5)
	en := strings.Repeat("The two sides will continue to cooperate on supply chains. ", 5)
	for i := 0; i < n; i++ {
		r.Append(release.Paragraph, fmt.Sprintf("（%d）%s", i, ja), fmt.Sprintf("(%d) %s", i, en))
	}
	for _, ed := range Editions {
		if err := Approve(r, ed, "佐藤", "室長", t0); err != nil {
			b.Fatal(err)
		}
	}
	return r
}

// BenchmarkStateOf10k is what the window pays to show an edition's state
// after an edit of a 10,000-unit release: the digest of the whole edition.
func BenchmarkStateOf10k(b *testing.B) {
	r := bigRelease(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		if st, _ := StateOf(r, release.JA); st != Approved {
			b.Fatal(st)
		}
	}
}

// BenchmarkChanges10k lists the changes of a 10,000-unit edition with
// one unit edited.
func BenchmarkChanges10k(b *testing.B) {
	r := bigRelease(b, 10000)
	r.Units[5000].EN = "edited"
	b.ResetTimer()
	for b.Loop() {
		if len(Changes(r, release.EN)) != 1 {
			b.Fatal("changes")
		}
	}
}
