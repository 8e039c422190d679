package webpage

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extract parses the page and returns the lines of its main region, or of
// the whole body when no main region is marked or the marked one is empty.
func extract(src string) ([]string, error) {
	doc, err := parse(src, time.Now().Add(parseTime))
	if err != nil {
		return nil, err
	}
	if root := mainRegion(doc); root != nil {
		if lines := collect(root, true); len(lines) > 0 {
			return lines, nil
		}
	}
	return collect(doc, false), nil
}

// collect walks from root and returns its lines.
func collect(root *html.Node, inMain bool) []string {
	x := &extractor{inMain: inMain}
	x.children(root, 0)
	x.flush()
	return x.lines
}

// mainRegion finds the element that holds the page's main text, by the
// marks pages use, the more specific first: <main>, role="main", the ids
// "main" and "contents" (or "content", "mainContents"), <article>. nil
// when there is none.
func mainRegion(doc *html.Node) *html.Node {
	marks := []func(*html.Node) bool{
		func(n *html.Node) bool { return n.DataAtom == atom.Main },
		func(n *html.Node) bool { return attr(n, "role") == "main" },
		func(n *html.Node) bool { return idIs(n, "main") },
		func(n *html.Node) bool { return idIs(n, "contents") },
		func(n *html.Node) bool { return idIs(n, "maincontents", "maincontent", "content") },
		func(n *html.Node) bool { return n.DataAtom == atom.Article },
	}
	for _, mark := range marks {
		if n := find(doc, mark, 0); n != nil {
			return n
		}
	}
	return nil
}

// idIs compares n's id with names, ignoring case, "-" and "_".
func idIs(n *html.Node, names ...string) bool {
	id := strings.ToLower(strings.NewReplacer("-", "", "_", "").Replace(attr(n, "id")))
	for _, name := range names {
		if id == name {
			return true
		}
	}
	return false
}

// find returns the first element, in document order, that mark accepts
// and that is not inside hidden or furniture elements.
func find(n *html.Node, mark func(*html.Node) bool, depth int) *html.Node {
	for c := n.FirstChild; c != nil && depth < maxTreeDepth; c = c.NextSibling {
		if c.Type != html.ElementNode || isFurniture(c, false) {
			continue
		}
		if mark(c) {
			return c
		}
		if m := find(c, mark, depth+1); m != nil {
			return m
		}
	}
	return nil
}

// maxTreeDepth bounds every walk of the tree. depth() keeps the tree
// within maxDepth counted elements; the parser may add a few implied ones.
const maxTreeDepth = 4 * maxDepth
