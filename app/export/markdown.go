package export

import (
	"strings"
	"unicode"

	"taiyaku/app/release"
)

// renderMD writes the title as "#", headings as "##" or "###" and every
// other block as a paragraph, each escaped so that its text stays literal.
func renderMD(bs []block) []byte {
	var b strings.Builder
	for i, x := range bs {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(mdLine(x))
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// mdLine renders one block. Heading text needs no line-start escape: after
// "## " a "1. Overview" is literal text, not a list.
func mdLine(x block) string {
	text := mdInline(strings.TrimLeft(x.text, " \t"))
	switch x.kind {
	case release.Title:
		return "# " + text
	case release.Heading:
		if x.level >= 2 {
			return "### " + text
		}
		return "## " + text
	default:
		return mdLineStart(text)
	}
}

// mdLineStart escapes what would make a paragraph into another block: a
// heading (#), a list (- + * or "1." "1)"), a quote (>). Leading spaces are
// already gone, so no line turns into a code block.
func mdLineStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '*', '>', '=', '|':
		return `\` + s
	}
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') {
		return s[:n] + `\` + s[n:]
	}
	return s
}

// mdInline escapes the characters that start inline markup anywhere in a
// line: code, emphasis, links and raw HTML. An underscore between two
// letters or digits is left alone because it never starts emphasis and URLs
// such as "press_2025.html" are common; "&" is escaped only where it would
// start an entity such as "&amp;".
func mdInline(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case strings.ContainsRune("\\`*[]<", r),
			r == '_' && !(between(rs, i)),
			r == '&' && entityAt(rs, i):
			b.WriteRune('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// between reports whether rs[i] has a letter or digit on both sides.
func between(rs []rune, i int) bool {
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return i > 0 && i+1 < len(rs) && alnum(rs[i-1]) && alnum(rs[i+1])
}

// entityAt reports whether rs[i] ("&") begins a character reference:
// "&" then letters, digits or "#", then ";".
func entityAt(rs []rune, i int) bool {
	j := i + 1
	for j < len(rs) && (rs[j] == '#' || rs[j] < 128 && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]))) {
		j++
	}
	return j > i+1 && j < len(rs) && rs[j] == ';'
}
