package editor

import (
	"testing"

	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/release"
	"taiyaku/app/sample"
)

// bigDoc is a document of n synthetic units, its lock as the app runs
// it: without the re-entry check this package's tests switch on.
func bigDoc(b *testing.B, n int) *Doc {
	b.Helper()
	CheckReentry(false)
	b.Cleanup(func() { CheckReentry(true) })
	ja, en := sample.Texts(sample.Generate(n, 1))
	r, _ := importtext.Import(ja, en, glossary.Default())
	return New(r, "", nil)
}

// BenchmarkKeystrokeRecheck10k: one keystroke in a 10,000-unit release and
// the re-check of it on a fresh frozen snapshot (the copy is the price of
// checking off the UI goroutine without a lock).
func BenchmarkKeystrokeRecheck10k(b *testing.B) {
	d := bigDoc(b, 10000)
	d.Recheck()
	i := 5000
	text := d.Unit(i).EN
	k := 0
	for b.Loop() {
		k++
		d.SetText(i, release.EN, text+string(rune('a'+k%26)))
		d.Recheck()
	}
}

// BenchmarkSnapshot10k: the frozen copy of a 10,000-unit release made once
// per generation.
func BenchmarkSnapshot10k(b *testing.B) {
	d := bigDoc(b, 10000)
	k := 0
	for b.Loop() {
		k++
		d.SetText(0, release.EN, string(rune('a'+k%26)))
		d.Snapshot()
	}
}
