package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"taiyaku/app/problem"
)

// Text reads a .docx and returns its text, one paragraph a line, each
// numbered paragraph starting with its label as Word shows it ("（１） ",
// "ア ", "第1 "). A table row is one line, its cells separated by a tab.
// Tracked changes are read as accepted (insertions kept, deletions
// dropped); text inside hyperlinks, fields, content controls and smart
// tags is kept; furigana is dropped, as are text boxes and pictures.
// Errors are *problem.Error values without the file name (the caller
// adds it).
func Text(data []byte) (string, error) {
	p, err := parts(data, "word/document.xml", "word/numbering.xml", "word/styles.xml")
	if err != nil {
		return "", err
	}
	num, err := parseNumbering(p["word/numbering.xml"])
	if err != nil {
		return "", xmlProblem("word/numbering.xml", p["word/numbering.xml"], err)
	}
	if num.styleNums, err = styleNumbering(p["word/styles.xml"]); err != nil {
		return "", xmlProblem("word/styles.xml", p["word/styles.xml"], err)
	}
	r := &reader{num: num}
	if err := r.read(p["word/document.xml"]); err != nil {
		return "", xmlProblem("word/document.xml", p["word/document.xml"], err)
	}
	if strings.TrimSpace(strings.Join(r.lines, "")) == "" {
		return "", problem.New("ErrDocxEmpty")
	}
	return strings.Join(r.lines, "\n") + "\n", nil
}

// xmlProblem names the part and the line of an XML error.
func xmlProblem(part string, data []byte, err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return problem.New("ErrDocxXML", "Part", part, "Line", se.Line)
	}
	return problem.New("ErrDocxDamaged", "Part", part)
}

// skipped are elements whose content is not the document's text: deleted
// text, the old properties of tracked changes, furigana, field codes,
// drawings and text boxes.
var skipped = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "pPrChange": true, "rPrChange": true,
	"sectPrChange": true, "tblPrChange": true, "trPrChange": true, "tcPrChange": true,
	"rt": true, "instrText": true, "delInstrText": true, "drawing": true, "pict": true,
	"AlternateContent": true, "txbxContent": true, "footnoteReference": true, "endnoteReference": true,
	"commentReference": true, "object": true,
}

// reader walks document.xml.
type reader struct {
	num    *numbering
	lines  []string
	para   strings.Builder // the paragraph being read
	ref    numRef          // its list, from w:numPr or its style
	style  string
	numSet bool // the paragraph has its own w:numPr (numId 0 turns a style's list off)
	inPPr  int
	inText bool
	row    []string // the cells of the table row being read
	cell   []string // the paragraphs of the cell being read
	depth  int      // table nesting
}

func (r *reader) read(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skipped[t.Name.Local] {
				if err := d.Skip(); err != nil {
					return err
				}
				continue
			}
			r.start(t)
		case xml.EndElement:
			r.end(t.Name.Local)
		case xml.CharData:
			if r.inText {
				r.para.Write(t)
			}
		}
	}
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (r *reader) start(t xml.StartElement) {
	switch t.Name.Local {
	case "p":
		r.para.Reset()
		r.ref, r.style, r.numSet = numRef{}, "", false
	case "pPr":
		r.inPPr++
	case "pStyle":
		r.style = attr(t, "val")
	case "numId":
		if r.inPPr > 0 {
			r.ref.numID, r.numSet = attr(t, "val"), true
		}
	case "ilvl":
		if r.inPPr > 0 {
			r.ref.ilvl = xVal{attr(t, "val")}.int(0)
		}
	case "t":
		r.inText = true
	case "tab":
		if r.inPPr == 0 {
			r.para.WriteByte('\t')
		}
	case "br", "cr":
		if r.inPPr == 0 && attr(t, "type") != "page" && attr(t, "type") != "column" {
			r.para.WriteByte('\n')
		}
	case "noBreakHyphen":
		r.para.WriteByte('-')
	case "tbl":
		r.depth++
	case "tr":
		if r.depth == 1 {
			r.row = r.row[:0]
		}
	case "tc":
		if r.depth == 1 {
			r.cell = r.cell[:0]
		}
	}
}

func (r *reader) end(name string) {
	switch name {
	case "t":
		r.inText = false
	case "pPr":
		r.inPPr--
	case "p":
		r.endParagraph()
	case "tc":
		if r.depth == 1 {
			r.row = append(r.row, strings.Join(r.cell, " "))
		}
	case "tr":
		if r.depth == 1 && strings.TrimSpace(strings.Join(r.row, "")) != "" {
			r.lines = append(r.lines, strings.Join(r.row, "\t"))
		}
	case "tbl":
		r.depth--
	}
}

// endParagraph counts the paragraph in its list and keeps its line.
func (r *reader) endParagraph() {
	ref := r.ref
	if !r.numSet {
		ref = r.num.styleNums[r.style]
	}
	label := ""
	if ref.numID != "" && ref.numID != "0" {
		label = r.num.label(ref)
	}
	text := strings.TrimSpace(r.para.String())
	if text == "" {
		return
	}
	line := label + text
	if r.depth > 0 {
		r.cell = append(r.cell, line)
		return
	}
	r.lines = append(r.lines, line)
}
