package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// approveWarnings tells, above the Approve button, what the approver
// should know first: open comments and unsaved changes (nil if neither).
func (w *Window) approveWarnings() fyne.CanvasObject {
	var segs []widget.RichTextSegment
	add := func(s string) {
		segs = append(segs, &widget.TextSegment{Text: s, Style: widget.RichTextStyle{
			ColorName: theme.ColorNameWarning, Inline: false, TextStyle: fyne.TextStyle{Bold: true}}})
	}
	if n := len(w.review.comments); n > 0 {
		add(w.tr.N("DialogApproveComments", n))
	}
	if w.doc.Dirty() {
		add(w.tr.T("DialogApproveUnsaved"))
	}
	if len(segs) == 0 {
		return nil
	}
	t := widget.NewRichText(segs...)
	t.Wrapping = fyne.TextWrapWord
	return t
}

// diffTexts shows an approved text beside the text now with what differs
// between them marked: the common start and end stay plain, the part in
// between is bold and coloured (removed in the old, added in the new).
func diffTexts(old, now string) (fyne.CanvasObject, fyne.CanvasObject) {
	a, b := []rune(old), []rune(now)
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	mark := func(r []rune, col fyne.ThemeColorName) fyne.CanvasObject {
		plain := widget.RichTextStyleInline
		hot := widget.RichTextStyle{Inline: true, ColorName: col, TextStyle: fyne.TextStyle{Bold: true}}
		t := widget.NewRichText(
			&widget.TextSegment{Text: string(r[:pre]), Style: plain},
			&widget.TextSegment{Text: string(r[pre : len(r)-suf]), Style: hot},
			&widget.TextSegment{Text: string(r[len(r)-suf:]), Style: plain})
		t.Wrapping = fyne.TextWrapWord
		return t
	}
	return mark(a, theme.ColorNameError), mark(b, theme.ColorNameSuccess)
}
