package ui

import (
	"path/filepath"
	"runtime"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"taiyaku/app/editor"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/recovery"
	"taiyaku/app/release"
	"taiyaku/app/sample"
)

// bigReleaseFile writes a 10,000-unit synthetic release and returns its
// path.
func bigReleaseFile(b *testing.B, n int) string {
	b.Helper()
	ja, en := sample.Texts(sample.Generate(n, 1))
	r, _ := importtext.Import(ja, en, glossary.Default())
	path := filepath.Join(b.TempDir(), "big.taiyaku")
	if err := release.Save(path, r); err != nil {
		b.Fatal(err)
	}
	return path
}

// asShipped measures the window as the app runs it: the tests of this
// package switch the Doc's re-entry check on (TestMain), which reads the
// goroutine's stack at every lock and is off in the app.
func asShipped(b *testing.B) {
	editor.CheckReentry(false)
	b.Cleanup(func() { editor.CheckReentry(true) })
}

func openWindow(b *testing.B, a fyne.App, path string) *Window {
	w := New(a, Config{Path: path, Runner: syncRunner{}, Recovery: recovery.Store{Dir: b.TempDir()}, FontDirs: []string{}})
	w.Window().Resize(fyne.NewSize(1280, 800))
	w.Window().Show()
	return w
}

// BenchmarkOpen10k: from a 10,000-unit release file to a window that is
// drawn and checked (load, check, outline, findings, first rows), with the
// heap in use afterwards.
func BenchmarkOpen10k(b *testing.B) {
	asShipped(b)
	path := bigReleaseFile(b, 10000)
	a := test.NewTempApp(b)
	a.Preferences().SetString(PrefLanguage, "en")
	var w *Window
	cpu := startCPU()
	for b.Loop() {
		w = openWindow(b, a, path)
		w.Window().Canvas().Content().Refresh()
		if w.doc.Len() != 10000 {
			b.Fatal(w.doc.Len())
		}
		w.closeNow() // gives up the release's lock: the next open is not read-only
	}
	cpu.report(b)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse)/(1<<20), "heap-MB")
}

// BenchmarkKeystroke10k: one keystroke in an English paragraph of a
// 10,000-unit release, with its re-check and the redraw of what changed.
func BenchmarkKeystroke10k(b *testing.B) {
	asShipped(b)
	path := bigReleaseFile(b, 10000)
	a := test.NewTempApp(b)
	a.Preferences().SetString(PrefLanguage, "en")
	w := openWindow(b, a, path)
	i := 5000
	for w.doc.Unit(i).Kind != release.Paragraph {
		i++
	}
	w.focusUnit(i, release.EN)
	r := w.editor.rowFor(i)
	if r == nil {
		b.Fatal("row not on screen")
	}
	cpu := startCPU()
	for b.Loop() {
		test.Type(r.en, "x")
	}
	cpu.report(b)
}
