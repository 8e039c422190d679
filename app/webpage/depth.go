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

// shape measures the page on its token stream, in one linear pass before
// the page is parsed into a tree: the deepest nesting of its elements (the
// parser's work grows with the square of the depth) and the number of
// tags and comments (each start tag or comment becomes a node of a few
// hundred bytes, each tag is a step of the parser). It stops
// counting once past maxDepth or maxTags.
func shape(src string) (deepest, tags int) {
	z := html.NewTokenizer(strings.NewReader(src))
	d := 0
	for tags <= maxTags {
		switch z.Next() {
		case html.ErrorToken:
			return deepest, tags
		case html.CommentToken, html.DoctypeToken:
			tags++ // a node in the tree too
		case html.StartTagToken, html.SelfClosingTagToken:
			tags++
			name, _ := z.TagName()
			if !selfClosing[atom.Lookup(name)] {
				d++
				if d > deepest {
					if deepest = d; deepest > maxDepth {
						return deepest, tags
					}
				}
			}
		case html.EndTagToken:
			tags++ // no node, but a step of the parser
			name, _ := z.TagName()
			if !selfClosing[atom.Lookup(name)] && d > 0 {
				d--
			}
		}
	}
	return deepest, tags
}
