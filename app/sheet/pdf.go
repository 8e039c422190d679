package sheet

import (
	"strings"

	"taiyaku/app/pdfdoc"
)

// column widths of the table on A4 landscape (261 mm of text width), mm.
var widths = [5]float64{11, 24, 82, 82, 62}

// fills are the backgrounds of the notes cell by the worst note's kind.
var fills = map[string][3]int{
	"error": {252, 226, 226}, "warning": {253, 243, 214}, "info": {228, 238, 252},
	"comment": {236, 236, 250}, "ignored": {238, 238, 238},
}

// PDF sets the sheet on A4 landscape pages.
func PDF(s Sheet) ([]byte, error) {
	d := pdfdoc.New(true, pdfdoc.Meta{Title: s.Heading, Lang: "ja-JP", Creator: "Taiyaku", Footer: s.Title, PageLabel: s.Page})
	d.Block(s.Heading, pdfdoc.Style{Size: 14})
	for _, a := range s.Approvals {
		d.Block(a, pdfdoc.Style{Size: 9, Before: 1})
	}
	for _, p := range s.Problems {
		d.Block("※ "+p, pdfdoc.Style{Size: 9, Before: 1})
	}
	d.Block(s.Summary, pdfdoc.Style{Size: 9, Before: 1, Gray: true})
	header := func() {
		cells := make([]pdfdoc.Cell, len(widths))
		for i := range widths {
			cells[i] = pdfdoc.Cell{Width: widths[i], Text: s.Columns[i], Size: 8.5, Fill: [3]int{225, 225, 225}}
		}
		d.Row(cells)
	}
	d.Block("", pdfdoc.Style{Size: 4})
	header()
	d.OnNewPage = header
	for _, r := range s.Rows {
		d.Row(rowCells(r))
	}
	return d.Bytes()
}

// rowCells is one unit's row: number, statuses, both texts, notes.
func rowCells(r Row) []pdfdoc.Cell {
	var notes []string
	fill := [3]int{}
	for _, n := range r.Notes {
		notes = append(notes, n.Text)
		if fill == ([3]int{}) {
			fill = fills[n.Kind]
		}
	}
	return []pdfdoc.Cell{
		{Width: widths[0], Text: r.number(), Size: 8.5},
		{Width: widths[1], Text: r.Status, Size: 7.5, Gray: true},
		{Width: widths[2], Text: r.JA, Size: 8.5},
		{Width: widths[3], Text: r.EN, Size: 8.5},
		{Width: widths[4], Text: strings.Join(notes, "\n"), Size: 7.5, Fill: fill},
	}
}
