package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/problem"
	"taiyaku/app/workspace"
	"taiyaku/app/xliff"
)

// bilingualFormats are the Export dialog's formats that hold both editions
// in one file (for CAT tools), after the per-edition formats.
var bilingualFormats = []string{"xliff 2.1", "xliff 1.2", "tmx"}

// reviewSheet writes the bilingual review sheet (PDF) beside the release,
// as `taiyaku sheet` does, off the UI goroutine, and says where.
func (w *Window) reviewSheet() {
	path := w.doc.Path()
	if path == "" {
		w.showError(problem.New("ErrSheetNeedsSave"))
		return
	}
	doc, lang := w.doc, w.tr.Tag().String()
	out := filepath.Join(filepath.Dir(path), workspace.BaseName(path)+".sheet.pdf")
	done := w.showProgress()
	w.cfg.Runner.Go(func() {
		snap := doc.Snapshot()
		open, ignored := workspace.Findings(snap, doc.Glossary())
		err := workspace.WriteSheet(snap, open, ignored, out, path, false, lang, false, w.tr.T)
		fyne.Do(func() { done(); w.exported([]string{out}, err) })
	})
}

// runBilingual writes both editions into one XLIFF or TMX file in dir.
func (w *Window) runBilingual(dir, format string) {
	doc := w.doc
	b := workspace.Bilingual{Dir: dir, Base: workspace.BaseName(doc.Path()), TMX: format == "tmx",
		XLIFF: xliff.V21, Original: filepath.Base(doc.Path()), Now: w.cfg.Clock()}
	if format == "xliff 1.2" {
		b.XLIFF = xliff.V12
	}
	done := w.showProgress()
	w.cfg.Runner.Go(func() {
		out, err := workspace.ExportBilingual(doc.Snapshot(), doc.Path(), b)
		fyne.Do(func() { done(); w.exported([]string{out}, err) })
	})
}

// showProgress shows the export's progress dialog, with a bar that runs
// until the returned function hides it (the work has no steps to count).
func (w *Window) showProgress() (hide func()) {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(w.tr.T("DialogExportTitle"), container.NewVBox(widget.NewLabel(w.tr.T("DialogExportRunning")), bar), w.win)
	d.Show()
	return func() { bar.Stop(); d.Hide() }
}
