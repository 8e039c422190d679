package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// furnitureElements are never main text: scripts and styles, the site's
// navigation, header and footer, side boxes, forms and embedded objects.
var furnitureElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Map: true, atom.Img: true, atom.Picture: true, atom.Video: true,
	atom.Audio: true, atom.Head: true, atom.Title: true,
}

// furnitureWords are the words of an id or class that mark site furniture
// ("gnav", "breadcrumbs", "footerArea", "pageTop", "sns-share"). Japanese
// sites also call the breadcrumbs "topicpath" or "pankuzu".
var furnitureWords = []string{
	"nav", "breadcrumb", "menu", "footer", "header", "sidebar", "pagetop", "sns", "share",
	"topicpath", "pankuzu",
}

// isFurniture says whether element n is left out with all it holds.
// inMain says n lies inside the page's main region: there a header that
// holds a heading is the article's own header (its title), and is kept.
func isFurniture(n *html.Node, inMain bool) bool {
	if isHidden(n) {
		return true
	}
	word := furnitureWord(n)
	isHeader := n.DataAtom == atom.Header || word == "header"
	if isHeader && inMain && holdsHeading(n) {
		return false
	}
	return furnitureElements[n.DataAtom] || word != ""
}

// furnitureWord is the first furniture word found in n's id or class
// names, or "". A name matches when it starts with the word ("footerNav",
// "sns_list") or, for "nav", also ends with it ("gnav", "localNav").
func furnitureWord(n *html.Node) string {
	for _, name := range strings.FieldsFunc(attr(n, "id")+" "+attr(n, "class"), isNameSeparator) {
		name = strings.ToLower(name)
		for _, w := range furnitureWords {
			if strings.HasPrefix(name, w) || w == "nav" && strings.HasSuffix(name, w) {
				return w
			}
		}
	}
	return ""
}

func isNameSeparator(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}

// isHidden: the page itself hides n from every reader.
func isHidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// holdsHeading says whether some element inside n is h1 to h6.
func holdsHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (headings[c.DataAtom] || holdsHeading(c)) {
			return true
		}
	}
	return false
}

var headings = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}
