package xliff

import (
	"encoding/xml"
	"strings"
)

// node is one element of a unit's subtree, read whole: a unit is small, so
// holding it keeps the reading code plain while the file as a whole is
// streamed. kids holds *node and string (character data) in order.
type node struct {
	name xml.Name
	attr []xml.Attr
	kids []any
	line int // where the element starts, for errors
}

// get returns the attribute with the given local name and namespace
// ("" matches no namespace, as unprefixed attributes have none).
func (n *node) get(space, local string) string { return attr(n.attr, space, local) }

// elems returns the child elements named local, in the document's
// namespace ns.
func (n *node) elems(ns, local string) []*node {
	var out []*node
	for _, k := range n.kids {
		if c, ok := k.(*node); ok && c.name.Local == local && c.name.Space == ns {
			out = append(out, c)
		}
	}
	return out
}

// first returns the first child element named local, or nil.
func (n *node) first(ns, local string) *node {
	for _, k := range n.kids {
		if c, ok := k.(*node); ok && c.name.Local == local && c.name.Space == ns {
			return c
		}
	}
	return nil
}

// plain returns all the character data below n, elements ignored: the text
// of a note or a context.
func (n *node) plain() string {
	var b strings.Builder
	n.walkText(&b, func(*node) bool { return true }, nil)
	return b.String()
}

// walkText appends the character data below n; enter decides whether an
// element's content counts (a placeholder's native code does not), and
// leaf, when not nil, may write something for an element (a code point).
func (n *node) walkText(b *strings.Builder, enter func(*node) bool, leaf func(*strings.Builder, *node)) {
	for _, k := range n.kids {
		switch c := k.(type) {
		case string:
			b.WriteString(c)
		case *node:
			if leaf != nil {
				leaf(b, c)
			}
			if enter(c) {
				c.walkText(b, enter, leaf)
			}
		}
	}
}
