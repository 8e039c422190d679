package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// BenchmarkMeasureRow: the exact height of one paragraph row.
func BenchmarkMeasureRow(b *testing.B) {
	a := test.NewTempApp(b)
	a.Preferences().SetString(PrefLanguage, "en")
	w := New(a, Config{Runner: syncRunner{}})
	r := w.doc.Snapshot()
	s := w.editor.sizer
	n := 0
	for b.Loop() {
		n++
		u := r.Units[n%len(r.Units)]
		s.height(&u, 600+float32(n%100), w.editor.placeholder)
	}
}

// BenchmarkSizeAll10k: the heights of every row of a 10,000-unit
// release, as the list gets them when a release opens or the window's
// width changes (the cache of heights emptied each time).
func BenchmarkSizeAll10k(b *testing.B) {
	asShipped(b)
	a := test.NewTempApp(b)
	a.Preferences().SetString(PrefLanguage, "en")
	w := openWindow(b, a, bigReleaseFile(b, 10000))
	v := w.editor
	v.width = 722
	cpu := startCPU()
	for b.Loop() {
		clear(v.sizer.cache)
		v.sizeAll()
	}
	cpu.report(b)
}
