package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractor turns a tree into lines: the text of one block element is one
// line, inline elements add to the line, <br> ends it.
type extractor struct {
	lines  []string
	cur    strings.Builder // the raw text of the line being read
	inMain bool            // the walk is inside the page's main region
}

// blockElements start and end a line.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Hgroup: true, atom.Hr: true,
	atom.Legend: true, atom.Li: true, atom.Main: true, atom.Menu: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Ul: true, atom.Td: true,
	atom.Th: true, atom.Header: true, atom.Footer: true, atom.Html: true,
}

func (x *extractor) children(n *html.Node, depth int) {
	if depth > maxTreeDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.node(c, depth+1)
	}
}

func (x *extractor) node(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		x.cur.WriteString(n.Data)
		return
	case html.ElementNode:
	default:
		x.children(n, depth) // the document node
		return
	}
	switch {
	case isFurniture(n, x.inMain):
	case n.DataAtom == atom.Br:
		x.flush()
	case n.DataAtom == atom.Tr:
		x.row(n, depth)
	case blockElements[n.DataAtom]:
		x.flush()
		x.children(n, depth)
		x.flush()
	default:
		x.children(n, depth)
	}
}

// row reads a table row as one line, its cells joined by a tab. A row
// that lays out blocks (a cell holds paragraphs, lists or tables) or has
// a single cell is a layout row, common on older pages: its cells are read
// as blocks, their line breaks kept.
func (x *extractor) row(tr *html.Node, depth int) {
	x.flush()
	var cells []*html.Node
	layout := false
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && !isFurniture(c, x.inMain) {
			cells = append(cells, c)
			layout = layout || holdsBlock(c, depth)
		}
	}
	if layout || len(cells) == 1 {
		x.children(tr, depth)
		x.flush()
		return
	}
	texts := make([]string, len(cells))
	empty := true
	for i, c := range cells {
		sub := &extractor{inMain: x.inMain}
		sub.children(c, depth)
		sub.flush()
		texts[i] = strings.Join(sub.lines, " ")
		empty = empty && texts[i] == ""
	}
	if !empty {
		x.lines = append(x.lines, strings.Join(texts, "\t"))
	}
}

// holdsBlock says whether a block element other than a line break lies
// inside n.
func holdsBlock(n *html.Node, depth int) bool {
	if depth > maxTreeDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockElements[c.DataAtom] || holdsBlock(c, depth+1)) {
			return true
		}
	}
	return false
}

// flush ends the current line; a line with no text is dropped.
func (x *extractor) flush() {
	if x.cur.Len() == 0 {
		return
	}
	if s := normalize(x.cur.String()); s != "" {
		x.lines = append(x.lines, s)
	}
	x.cur.Reset()
}
