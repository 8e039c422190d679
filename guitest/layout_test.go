//go:build guitest

package guitest

import (
	"image"
	"image/color"
	"image/png"
	"os"
)

// Where the window's parts are, derived from its size. The window today:
// a menu bar, the outline on the left (20 % of the width), the rows in
// the middle (72 % of the rest) and the findings, comments and history
// tabs on the right. Above the rows, a line of column headers names the
// editions; each row is a compact caption (unit number, kind, status
// badges) over its two entries, Japanese left and English right. When
// the layout changes, this is the one place to follow it.
const (
	menuBarH = 28
	// firstEntryY is the middle of the first row's entries below the
	// menu bar while the list is scrolled to its top: the column headers
	// (about 40 px) and the row's caption (about 20 px) come first, and
	// a click on the caption only selects the row, it focuses no entry.
	firstEntryY = 82
)

func (s *session) panelLeft() int {
	w, _ := s.geometry()
	outline := w / 5
	return outline + (w-outline)*72/100
}

// rowPoint is inside the English entry of the first row while the list
// is scrolled to its top (the right column, unless the columns are
// swapped). A click there puts the cursor in that entry, and Alt+Up and
// Alt+Down then move between units in the English column.
func (s *session) rowPoint() (x, y int) {
	w, _ := s.geometry()
	left, right := w/5, s.panelLeft()
	return left + (right-left)*3/4, menuBarH + firstEntryY
}

// tabPoint is on the n-th tab (0: findings, 1: comments, 2: history).
// The tabs are as wide as their labels: measured on the screenshots.
func (s *session) tabPoint(n int) (x, y int) {
	widths := []int{75, 105, 85} // English: Findings, Comments, History
	if s.cfg.lang[:2] == "ja" {
		widths = []int{50, 70, 50}
	}
	x = s.panelLeft() + 8
	for i := 0; i < n; i++ {
		x += widths[i]
	}
	return x + widths[n]/2, menuBarH + 21
}

// firstListItem is on the text of the first entry of the tab's list.
func (s *session) firstListItem() (x, y int) {
	return s.panelLeft() + 40, menuBarH + 75
}

// Dialogs are centred on the window. A button that is not the confirm
// button (which primaryButton finds by colour) is clicked where the
// screenshots show it; keyboard does not do: Space on a focused dialog
// button closes the dialog and then also types a space into the entry
// that gets the focus back, and Escape does nothing while a button, a
// check box or a choice has the focus (Fyne hands the key to that
// widget, which ignores it; Enter and Escape answer a dialog only from
// its text fields or when nothing in it has the focus).

// findClosePoint is the Find and Replace dialog's Close button.
func (s *session) findClosePoint() (x, y int) {
	w, h := s.geometry()
	return w / 2, h/2 + 136
}

// infoOKPoint is the OK button of a one-line information dialog.
func (s *session) infoOKPoint() (x, y int) {
	w, h := s.geometry()
	return w / 2, h/2 + 38
}

// primaryButton finds the dialog's confirm button in a screenshot: the
// widest block of the theme's primary colour that is a button's height
// (a tab's underline is the same colour but a few pixels high).
func primaryButton(pngPath string) (x, y int, ok bool) {
	f, err := os.Open(pngPath)
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return 0, 0, false
	}
	b := img.Bounds()
	var run, best [][]int
	runY, bestY := 0, 0
	for y := b.Min.Y; y <= b.Max.Y; y++ {
		var row []int
		if y < b.Max.Y {
			row = primaryXs(img, y)
		}
		if len(row) >= 30 {
			if run == nil {
				runY = y
			}
			run = append(run, row)
			continue
		}
		if len(run) > len(best) {
			best, bestY = run, runY
		}
		run = nil
	}
	if len(best) < 15 {
		return 0, 0, false
	}
	mid := best[len(best)/2]
	return (mid[0] + mid[len(mid)-1]) / 2, bestY + len(best)/2, true
}

// primaryXs lists the x of the pixels of row y that have Fyne's primary
// blue (#296FF6 in the dark theme, the same hue in the light one).
func primaryXs(img image.Image, y int) []int {
	var xs []int
	b := img.Bounds()
	for x := b.Min.X; x < b.Max.X; x++ {
		if isPrimary(img.At(x, y)) {
			xs = append(xs, x)
		}
	}
	return xs
}

func isPrimary(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	r, g, b = r>>8, g>>8, b>>8
	return near(r, 41) && near(g, 111) && near(b, 246)
}

func near(v, want uint32) bool { return v+24 >= want && v <= want+24 }
