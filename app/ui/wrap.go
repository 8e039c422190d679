package ui

import (
	"iter"
	"slices"
	"unicode"
)

// wrapRows counts the rows a text takes in an entry whose text area is
// width wide, following Fyne's own wrapping (widget/richtext.go lineBounds):
// by character for the Japanese column (word=false), else at the last
// space that fits, or by character when a word is longer than a row.
// adv gives a character's advance; summing single advances ignores
// kerning, which only narrows real text, so the count errs on the side
// of one row too many, never one too few. Fyne measures a tab after
// other text far wider than a tab stop, so a line with tabs is measured
// whole by exact (when given), as Fyne does.
func wrapRows(text string, width float32, word bool, adv func(rune) float32, exact func([]rune) float32) int {
	return wrapRunes([]rune(text), width, word, adv, exact)
}

// wrapRunes is wrapRows of a text already in runes.
func wrapRunes(text []rune, width float32, word bool, adv func(rune) float32, exact func([]rune) float32) int {
	rows := 0
	for line := range linesOf(text) {
		fit := func(s []rune) int { return fitting(s, width, adv) }
		if exact != nil && slices.Contains(line, '\t') {
			fit = func(s []rune) int { return fittingExact(s, width, exact) }
		}
		rows += lineRows(line, word, fit)
	}
	return rows
}

// splitRunes cuts a text at its newlines.
func splitRunes(text string) [][]rune {
	return slices.Collect(linesOf([]rune(text)))
}

// linesOf yields the lines of a text, without their newlines, as parts
// of text itself: no copies (a text without newlines is one line, an
// empty text one empty line).
func linesOf(text []rune) iter.Seq[[]rune] {
	return func(yield func([]rune) bool) {
		for {
			i := slices.Index(text, '\n')
			if i < 0 {
				yield(text[:len(text):len(text)])
				return
			}
			if !yield(text[:i:i]) {
				return
			}
			text = text[i+1:]
		}
	}
}

// lineRows counts the rows of one line without newlines.
func lineRows(line []rune, word bool, fitting func([]rune) int) int {
	rows := 0
	low := 0
	for low < len(line) || rows == 0 {
		rows++
		if low >= len(line) {
			break
		}
		fit := fitting(line[low:])
		if low+fit >= len(line) {
			break
		}
		next := low + max(fit, 1) // even a character too wide takes a row
		if word && fit > 0 {
			if sp := lastSpace(line[low:], fit); sp >= 0 {
				next = low + max(sp, 1) // Fyne keeps a leading space on its row
			}
		}
		low = next
		if word && low < len(line) && unicode.IsSpace(line[low]) {
			low++ // the space at a break is not drawn
		}
	}
	return rows
}

// fitting is how many leading characters of s fit in width.
func fitting(s []rune, width float32, adv func(rune) float32) int {
	w := float32(0)
	for i, r := range s {
		w += adv(r)
		if w > width {
			return i
		}
	}
	return len(s)
}

// fittingExact is how many leading characters of s fit in width,
// measuring whole prefixes (a binary search, as Fyne's own).
func fittingExact(s []rune, width float32, measure func([]rune) float32) int {
	lo, hi := 0, len(s) // s[:lo] fits; s[:hi+1] does not, or hi == len(s)
	if measure(s) <= width {
		return len(s)
	}
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(s[:mid]) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// lastSpace is the index of the last space in s[:fit+1] (the character
// that did not fit counts: a break may fall on it), or -1.
func lastSpace(s []rune, fit int) int {
	for i := min(fit, len(s)-1); i >= 0; i-- {
		if unicode.IsSpace(s[i]) {
			return i
		}
	}
	return -1
}
