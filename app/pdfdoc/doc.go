// Package pdfdoc lays out text on A4 pages as PDF, with one embedded
// Japanese and Latin font (subset to the characters used) and line breaks
// of its own (Wrap): the PDF library's own wrapping drops or misplaces
// characters at Japanese line breaks. It knows nothing of releases; the
// export and the review sheet tell it what to write.
package pdfdoc

import (
	"bytes"
	"fmt"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"taiyaku/assets"
)

const (
	fontName = "jp"
	margin   = 18.0   // mm on every side
	ptToMM   = 0.3528 // one typographic point in millimetres
	leading  = 1.55   // line height as a multiple of the font size
)

// Meta is what the PDF says about itself (document properties).
type Meta struct {
	Title   string
	Lang    string // "ja-JP" or "en-US"
	Creator string
	// Footer is printed on every page before "page N / M" (the release's
	// title, say); PageLabel renders that count in the reader's language.
	Footer    string
	PageLabel func(page int, of string) string
	Date      time.Time
}

// Doc is a PDF being written.
type Doc struct {
	pdf   *fpdf.Fpdf
	width float64 // the text width, mm
	// OnNewPage, when set, runs after each page break made by Row, to
	// repeat a table's header.
	OnNewPage func()
}

// New starts an A4 document, portrait or landscape.
func New(landscape bool, m Meta) *Doc {
	orient := "P"
	if landscape {
		orient = "L"
	}
	p := fpdf.New(orient, "mm", "A4", "")
	p.AddUTF8FontFromBytes(fontName, "", assets.FontJP)
	p.SetMargins(margin, margin, margin)
	p.SetAutoPageBreak(false, margin)
	p.SetTitle(m.Title, true)
	p.SetLang(m.Lang)
	p.SetCreator(m.Creator, true)
	if !m.Date.IsZero() {
		p.SetCreationDate(m.Date)
		p.SetModificationDate(m.Date)
	}
	p.AliasNbPages("{nb}")
	label := m.PageLabel
	if label == nil {
		label = func(n int, of string) string { return fmt.Sprintf("%d / %s", n, of) }
	}
	p.SetFooterFunc(func() {
		w, h := p.GetPageSize()
		p.SetFont(fontName, "", 8)
		p.SetTextColor(90, 90, 90)
		text := label(p.PageNo(), "{nb}")
		if m.Footer != "" {
			text = m.Footer + "    " + text
		}
		p.SetXY(margin, h-margin+4)
		p.CellFormat(w-2*margin, 4, text, "", 0, "C", false, 0, "")
		p.SetTextColor(0, 0, 0)
	})
	w, _ := p.GetPageSize()
	d := &Doc{pdf: p, width: w - 2*margin}
	p.AddPage()
	return d
}

// Width is the width of the text area, mm.
func (d *Doc) Width() float64 { return d.width }

// lineHeight is the height of one line of text at size points, mm.
func lineHeight(size float64) float64 { return size * ptToMM * leading }

// measure returns the width function of the font at size points.
func (d *Doc) measure(size float64) func(string) float64 {
	return func(s string) float64 {
		d.pdf.SetFont(fontName, "", size)
		return d.pdf.GetStringWidth(s)
	}
}

// Style is how a block of text is set.
type Style struct {
	Size   float64 // points
	Indent float64 // mm from the left margin
	Before float64 // space above, mm
	Align  string  // "L" (default), "R" or "C"
	Gray   bool    // grey text, for secondary material
}

// Block writes text as a paragraph, broken into lines, starting a new page
// whenever the next line does not fit.
func (d *Doc) Block(text string, st Style) {
	d.pdf.SetY(d.pdf.GetY() + st.Before)
	lh := lineHeight(st.Size)
	for _, line := range Wrap(text, d.width-st.Indent, d.measure(st.Size)) {
		d.ensure(lh)
		d.setText(st.Size, st.Gray)
		d.pdf.SetX(margin + st.Indent)
		d.pdf.CellFormat(d.width-st.Indent, lh, line, "", 1, align(st.Align), false, 0, "")
	}
	d.pdf.SetTextColor(0, 0, 0)
}

func align(a string) string {
	if a == "" {
		return "L"
	}
	return a
}

func (d *Doc) setText(size float64, gray bool) {
	d.pdf.SetFont(fontName, "", size)
	if gray {
		d.pdf.SetTextColor(90, 90, 90)
	} else {
		d.pdf.SetTextColor(0, 0, 0)
	}
}

// ensure starts a new page when h mm do not fit on this one.
func (d *Doc) ensure(h float64) {
	_, ph := d.pdf.GetPageSize()
	if d.pdf.GetY()+h > ph-margin {
		d.pdf.AddPage()
		if d.OnNewPage != nil {
			d.OnNewPage()
		}
	}
}

// Cell is one cell of a table row.
type Cell struct {
	Width float64 // mm
	Text  string
	Size  float64 // points
	Fill  [3]int  // background colour; zero: none
	Gray  bool
}

// Row writes one table row: each cell's text broken to its width, the row
// as tall as its tallest cell, bordered. A row taller than the rest of the
// page continues on the next one.
func (d *Doc) Row(cells []Cell) {
	const pad = 1.2
	lines := make([][]string, len(cells))
	most := 0
	for i, c := range cells {
		lines[i] = Wrap(c.Text, c.Width-2*pad, d.measure(c.Size))
		most = max(most, len(lines[i]))
	}
	for start := 0; start < most; {
		n := d.linesThatFit(cells, lines, start, pad)
		d.rowPart(cells, lines, start, start+n, pad)
		start += n
		if start < most {
			d.pdf.AddPage()
			if d.OnNewPage != nil {
				d.OnNewPage()
			}
		}
	}
}

// linesThatFit is how many lines of the row from start fit on this page
// (a new page is started when not even one does).
func (d *Doc) linesThatFit(cells []Cell, lines [][]string, start int, pad float64) int {
	_, ph := d.pdf.GetPageSize()
	lh := rowLineHeight(cells)
	room := ph - margin - d.pdf.GetY() - 2*pad
	if room < lh {
		d.pdf.AddPage()
		if d.OnNewPage != nil {
			d.OnNewPage()
		}
		room = ph - 2*margin - d.pdf.GetY() + margin - 2*pad
	}
	most := 0
	for _, l := range lines {
		most = max(most, len(l))
	}
	return max(1, min(most-start, int(room/lh)))
}

func rowLineHeight(cells []Cell) float64 {
	h := 0.0
	for _, c := range cells {
		h = max(h, lineHeight(c.Size))
	}
	return h
}

// rowPart draws lines [from, to) of every cell of a row.
func (d *Doc) rowPart(cells []Cell, lines [][]string, from, to int, pad float64) {
	lh := rowLineHeight(cells)
	h := float64(to-from)*lh + 2*pad
	x, y := margin, d.pdf.GetY()
	d.pdf.SetDrawColor(170, 170, 170)
	for i, c := range cells {
		style := "D"
		if c.Fill != [3]int{} {
			d.pdf.SetFillColor(c.Fill[0], c.Fill[1], c.Fill[2])
			style = "FD"
		}
		d.pdf.Rect(x, y, c.Width, h, style)
		d.setText(c.Size, c.Gray)
		for k := from; k < to && k < len(lines[i]); k++ {
			d.pdf.SetXY(x+pad, y+pad+float64(k-from)*lh)
			d.pdf.CellFormat(c.Width-2*pad, lh, lines[i][k], "", 0, "L", false, 0, "")
		}
		x += c.Width
	}
	d.pdf.SetTextColor(0, 0, 0)
	d.pdf.SetXY(margin, y+h)
}

// Bytes finishes the document.
func (d *Doc) Bytes() ([]byte, error) {
	var b bytes.Buffer
	if err := d.pdf.Output(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
