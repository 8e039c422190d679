// Package webpage reads the main text of a saved web page, such as a
// ministry's press release page saved from a browser, as lines of text:
// one line per paragraph, heading, list item or table row, with the site's
// menus, breadcrumbs, headers, footers and scripts left out.
package webpage

import (
	"strings"

	"taiyaku/app/problem"
)

// Limit is the largest page read, in bytes. A saved press release is well
// under 1 MB; the parsed tree takes several times the file's size.
const Limit = 32 << 20

// maxDepth is the deepest nesting of elements read. Real pages nest a few
// dozen levels; deeper input is hostile or broken, and parsing it would
// take time that grows with the square of the depth.
const maxDepth = 512

// maxTags is the most tags (start and end) and comments read. A press
// release page has a few thousand; each element costs a few hundred bytes
// in the parsed tree, so this bounds the memory a page takes to about
// 100 MB whatever its size.
const maxTags = 400_000

// Text returns the main text of the page in data, one block a line, each
// line ending in "\n". Errors are *problem.Error values without the file
// name (the caller adds it).
func Text(data []byte) (string, error) {
	if len(data) > Limit {
		return "", problem.New("ErrWebTooLarge", "Limit", Limit>>20)
	}
	src, err := decode(data)
	if err != nil {
		return "", err
	}
	if looksBinary(src) {
		return "", problem.New("ErrWebNotPage")
	}
	switch deepest, tags := shape(src); {
	case deepest > maxDepth:
		return "", problem.New("ErrWebNested", "Depth", maxDepth)
	case tags > maxTags:
		return "", problem.New("ErrWebTags", "Limit", maxTags)
	}
	lines, err := extract(src)
	if err != nil {
		return "", err
	}
	if len(lines) == 0 {
		return "", problem.New("ErrWebEmpty")
	}
	return strings.Join(lines, "\n") + "\n", nil
}

// looksBinary spots a file that starts like a page but is not text: a NUL
// or many control characters other than tab, line ends and form feed.
func looksBinary(s string) bool {
	ctrl := 0
	for _, r := range s {
		switch {
		case r == 0:
			return true
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f':
			ctrl++
		}
	}
	return ctrl*20 > len(s)
}
