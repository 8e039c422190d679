package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// newStatusBar is the line of counts under the window. It is cut short
// with an ellipsis when the window is narrow: a label's full text would
// otherwise be the window's minimum width, and the window could not be
// made narrower than about 1100 pixels (in Japanese, wider).
func newStatusBar() *widget.Label {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}
