package numbering

import (
	"strings"
	"unicode/utf8"

	"taiyaku/app/internal/prefault"
)

// Info is what Analyze returns for one block.
type Info struct {
	Label     *Label // nil when the block has no label or is furniture
	Level     int    // 1-based nesting level in this edition; 0 when no label
	Path      []int  // ordinals from level 1 down to Level, e.g. [2 4] for （４） under ２．; nil when no label
	Furniture bool   // part of a page breadcrumb at the very top
}

// Analyze parses, resolves and assigns levels for one edition's blocks, in
// order. isHeading[i] tells whether block i may carry any label (callers pass
// false for long prose paragraphs, which then carry only a paragraph number
// such as 1. (1) or a bullet); nil, or an index past its end, means yes.
//
// Levels follow the order in which styles nest in this edition rather than
// a fixed table, because translators mix customs: the first style seen is
// level 1, a style not in the current chain of open levels opens one level
// deeper, and a style already in the chain returns to its level, closing the
// deeper ones.
func Analyze(blocks []string, isHeading []bool) []Info {
	infos := make([]Info, len(blocks))
	prefault.Slice(infos) // written through: its pages mapped at once
	AnalyzeInto(blocks, isHeading, func(i int) *Info { return &infos[i] })
	return infos
}

// AnalyzeInto is Analyze for a caller that keeps each block's Info in a
// record of its own: it sets *at(i) for every block i, so no slice of
// Info is made only to be copied from (half a megabyte an edition of
// 10,000 blocks).
func AnalyzeInto(blocks []string, isHeading []bool, at func(i int) *Info) {
	crumbs := BreadcrumbLen(blocks)
	labels := make([]*Label, len(blocks))
	firsts := FirstBytes(blocks)
	var slab labelSlab
	for i, b := range blocks {
		if i < crumbs {
			continue
		}
		heading := i >= len(isHeading) || isHeading[i]
		if !heading && (!mayOpenByte[firsts[i]] || !mayOpenParagraphLabel(b)) {
			continue // most prose: no need to parse, most not even to look at
		}
		if l, ok := Parse(b); ok && (heading || paragraphStyle(l.Style)) {
			labels[i] = slab.add(l)
		}
	}
	Resolve(labels)
	var chain []openLevel
	var paths pathSlab
	for i, l := range labels {
		switch {
		case i < crumbs:
			*at(i) = Info{Furniture: true}
		case l != nil:
			chain = enter(chain, l)
			*at(i) = Info{Label: l, Level: len(chain), Path: paths.ordinals(chain)}
		default:
			*at(i) = Info{}
		}
	}
}

// openLevel is one level of the chain: its style and the ordinal of its
// latest label.
type openLevel struct {
	style   Style
	ordinal int
}

// enter places l in the chain: back at its style's level if that is open,
// otherwise one level below the deepest.
func enter(chain []openLevel, l *Label) []openLevel {
	style := levelStyle(l.Style)
	for j, o := range chain {
		if o.style == style {
			if style == StyleBullet {
				l.Ordinal = o.ordinal + 1 // bullets are counted, not typed
			}
			chain = chain[:j]
			break
		}
	}
	return append(chain, openLevel{style, l.Ordinal})
}

// levelStyle merges styles that fill the same level in practice. Gojūon and
// iroha kana are alternative orders for one level, and a lone イ read the
// other way must not open a phantom level.
func levelStyle(s Style) Style {
	switch s {
	case StyleIroha:
		return StyleKana
	case StyleParenIroha:
		return StyleParenKana
	}
	return s
}

// maxCrumbRunes bounds one breadcrumb entry; page titles are short.
const maxCrumbRunes = 100

// homeWords open a breadcrumb trail.
var homeWords = []string{"Home", "Top", "Top Page", "ホーム", "トップ", "トップページ"}

// BreadcrumbLen returns how many leading blocks form a web page breadcrumb
// ("1. Home", "2. News Releases", … "5. <title>"), or 0. Such a trail looks
// like a numbered list but is page furniture, not the document's first
// section. It must be at least 2 short StyleDigit entries numbered 1, 2, 3 …,
// and either start at a home word or end with the title that the next block
// repeats.
func BreadcrumbLen(blocks []string) int {
	n := 0
	for ; n < len(blocks); n++ {
		l, ok := Parse(blocks[n])
		if !ok || !crumbStyle(l, n) || !isCrumb(Body(blocks[n])) {
			break
		}
	}
	if n < 2 {
		return 0
	}
	if isHomeWord(Body(blocks[0])) || n < len(blocks) && trimSpace(blocks[n]) == Body(blocks[n-1]) {
		return n
	}
	return 0
}

// isCrumb reports whether body is short and not a sentence.
func isCrumb(body string) bool {
	return body != "" && utf8.RuneCountInString(body) < maxCrumbRunes && !strings.ContainsAny(body, ".。")
}

func isHomeWord(s string) bool {
	for _, w := range homeWords {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// paragraphStyle reports the labels that number paragraphs of any length:
// "1." or "(1)" at the start of long prose is its number, whereas "A." or
// "一、" there may open a sentence.
func paragraphStyle(s Style) bool {
	switch s {
	case StyleDigit, StyleParenDigit, StyleDigitParen, StyleCircled, StyleBullet:
		return true
	}
	return false
}

// crumbStyle accepts entry n of a breadcrumb: "n+1." or a bullet ("- ホーム").
func crumbStyle(l Label, n int) bool {
	return l.Style == StyleDigit && l.Ordinal == n+1 || l.Style == StyleBullet
}

// mayOpenParagraphLabel is a cheap test of the first character for the
// paragraph-number styles: a digit, a bracket, a circled number, a bullet.
func mayOpenParagraphLabel(s string) bool {
	r, _ := utf8.DecodeRuneInString(trimSpaceLeft(s))
	n := narrow(r)
	return n >= '0' && n <= '9' || n == '(' || r >= '⑴' && r <= '⒇' || r >= '①' && r <= '⑳' ||
		r >= '㉑' && r <= '㉟' || r >= '㊱' && r <= '㊿' || isBullet(r)
}

// FirstBytes gathers the first byte of every text (0 for an empty one).
// The loop does nothing else, so the processor fetches the texts' first
// bytes many at a time; read one by one in the loop of AnalyzeInto, where
// every line's tests branch on them, each waited for its cache line (a
// tenth of Classify's time went to that wait). The importer's furniture
// tests gather them likewise.
func FirstBytes(texts []string) []byte {
	out := make([]byte, len(texts))
	for i, s := range texts {
		if s != "" {
			out[i] = s[0]
		}
	}
	return out
}

// mayOpenByte marks the bytes that may open a text that
// mayOpenParagraphLabel accepts: the spaces it trims (' ', '\t', and the
// leads C2 of U+00A0 and E3 of U+3000), a digit, '(' or '-', and the leads
// of the characters it looks for beyond ASCII: E2 (U+2000–U+2FFF: the
// bracketed and circled numbers, the symbol bullets), E3 (U+3000–U+3FFF:
// ・ and the circled numbers from 21) and EF (the full-width forms). A
// kanji or a Latin letter, which open most prose, is none of them.
var mayOpenByte = func() (t [256]bool) {
	for _, c := range []byte(" \t(-0123456789\xC2\xE2\xE3\xEF") {
		t[c] = true
	}
	return t
}()

// isBullet tells a dash or symbol bullet. Every bullet is '-', '・', '－'
// or lies in U+2010–U+25FF, so the letters, kana and kanji that open most
// prose are told apart without searching the list.
func isBullet(r rune) bool {
	if r != '-' && r != '・' && r != '－' && (r < 0x2010 || r > 0x25FF) {
		return false
	}
	return strings.ContainsRune(dashBullets+symbolBullets, r)
}
