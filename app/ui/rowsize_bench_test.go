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
