package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// selfClosing are elements that hold nothing (void) or whose end tag is
// optional and that the parser closes by itself when the next one starts:
// counting them would take old pages full of unclosed <p> and <li> for deep.
var selfClosing = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true,
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Option: true, atom.Optgroup: true, atom.Colgroup: true, atom.Rt: true, atom.Rp: true,
	atom.Html: true, atom.Head: true, atom.Body: true,
}

// depth is the deepest nesting of the page's elements, counted on the
// token stream in one linear pass, before the page is parsed into a tree
// (the parser's work grows with the square of the depth). It stops
// counting once past maxDepth.
func depth(src string) int {
	z := html.NewTokenizer(strings.NewReader(src))
	d, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if !selfClosing[atom.Lookup(name)] {
				d++
				if d > deepest {
					if deepest = d; deepest > maxDepth {
						return deepest
					}
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !selfClosing[atom.Lookup(name)] && d > 0 {
				d--
			}
		}
	}
}
