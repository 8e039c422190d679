package importtext

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"taiyaku/app/internal/prefault"
	"taiyaku/app/numbering"
	"taiyaku/app/release"
)

// Block is one non-empty line of an edition.
type Block struct {
	Text  string
	Line  int // 1-based line in the source file
	Runes int // characters in Text, counted once for every test of length
	Kind  release.Kind
	Info  numbering.Info
}

// Split cuts a text into blocks: one non-empty line is one block, with
// spaces (no-break and ideographic ones included) trimmed at both ends.
// The lines are found first (lineSpans), so that the blocks are made at
// their exact number, their pages mapped at once: counting the empty
// lines ahead (strings.Count of "\n\n" stops at every paragraph) cost
// half a millisecond an edition.
func Split(text string) []Block { return split(source{text: text}) }

// split is Split of an edition's text: of a text decode checked, from the
// line ends and characters it noted (splitScanned).
func split(src source) []Block {
	text := src.text
	if len(text) > math.MaxInt32 {
		return splitLong(text)
	}
	if src.scan != nil {
		return splitScanned(text, src.scan)
	}
	spans := lineSpans(text)
	out := make([]Block, len(spans))
	prefault.Slice(out) // written block by block: its pages mapped at once
	for i, sp := range spans {
		s := text[sp.lo:sp.hi]
		out[i] = Block{Text: s, Line: int(sp.line), Runes: runeCount(s)}
	}
	return out
}

// splitScanned is Split of a text whose line ends and characters decode
// noted as it checked the text (scanLines): the lines are not looked for
// again, and a line's characters are those before its end less those
// before its start, less those trimmed (a few lines have any).
func splitScanned(text string, sc *textScan) []Block {
	out := make([]Block, nonEmptyLines(len(text), sc.ends))
	prefault.Slice(out) // written block by block: its pages mapped at once
	n := 0
	eachScannedLine(text, sc, func(pos, end, line, runes int) {
		lo, hi := trimBounds(text[pos:end])
		if lo == hi {
			return
		}
		if lo > 0 || hi < end-pos { // spaces trimmed: counted off
			runes -= validRuneCount(text[pos:pos+lo]) + validRuneCount(text[pos+hi:end])
		}
		out[n] = Block{Text: text[pos+lo : pos+hi], Line: line, Runes: runes}
		n++
	})
	return out[:n]
}

// nonEmptyLines is room for the blocks of a text of size bytes whose line
// ends are ends: the lines that are not empty, trimmed or not. A line is
// empty when its end follows the end before it (the LF of a CR LF too,
// which ends no line of its own).
func nonEmptyLines(size int, ends []lineEnd) int {
	n, last := 0, int32(-1)
	for _, e := range ends {
		if e.at > last+1 {
			n++
		}
		last = e.at
	}
	if size > int(last)+1 {
		n++
	}
	return n
}

// eachScannedLine is eachLine over the line ends sc noted, also giving
// each line's characters: a CR LF ends one line, and the characters
// before a line's start are those before the end that ends the line
// above, and that end itself.
func eachScannedLine(text string, sc *textScan, f func(pos, end, line, runes int)) {
	pos, before, line := 0, 0, 1
	for k := 0; k < len(sc.ends); k++ {
		e := sc.ends[k]
		f(pos, int(e.at), line, int(e.before)-before)
		if text[e.at] == '\r' && k+1 < len(sc.ends) && sc.ends[k+1].at == e.at+1 && text[e.at+1] == '\n' {
			k++
			e = sc.ends[k]
		}
		pos, before, line = int(e.at)+1, int(e.before)+1, line+1
	}
	if pos < len(text) {
		f(pos, len(text), line, sc.runes-before)
	}
}

// validRuneCount is utf8.RuneCountInString of well-formed UTF-8 (the
// spaces splitScanned trims): every byte but a continuation byte opens a
// character.
func validRuneCount(s string) int { return len(s) - continuations(s) }

// lineSpan is where a non-empty line of a text stands once trimmed, and
// its 1-based number: twelve bytes a line, for a text below 2 GiB.
type lineSpan struct{ lo, hi, line int32 }

// lineSpans finds the non-empty lines of text, trimmed as Split trims.
func lineSpans(text string) []lineSpan {
	// room for every line (a fast count): never grown, and only the pages
	// of the spans written are ever touched
	spans := make([]lineSpan, 0, strings.Count(text, "\n")+1)
	eachLine(text, func(pos, end, line int) {
		if lo, hi := trimBounds(text[pos:end]); lo < hi {
			spans = append(spans, lineSpan{int32(pos + lo), int32(pos + hi), int32(line)})
		}
	})
	return spans
}

// eachLine calls f with where each line of text starts and ends (before
// its LF, CR or CRLF) and its number from 1.
func eachLine(text string, f func(pos, end, line int)) {
	crs := strings.IndexByte(text, '\r') >= 0 // most texts have none: no line needs a second look
	for pos, line := 0, 1; pos < len(text); line++ {
		end, next := len(text), len(text)
		if nl := strings.IndexByte(text[pos:], '\n'); nl >= 0 {
			end, next = pos+nl, pos+nl+1
		}
		if crs {
			end, next = endAtCR(text, pos, end, next)
		}
		f(pos, end, line)
		pos = next
	}
}

// splitLong is Split for a text of 2 GiB or more, whose offsets a
// lineSpan cannot hold: blocks appended into room counted ahead.
func splitLong(text string) []Block {
	// Room for every line but the empty ones after a line break: pasted
	// editions leave a blank line between paragraphs, and a million-pair
	// release would otherwise hold half its blocks' memory unused.
	out := make([]Block, 0, strings.Count(text, "\n")+1-strings.Count(text, "\n\n"))
	prefault.Slice(out)
	eachLine(text, func(pos, end, line int) {
		if s := TrimSpace(text[pos:end]); s != "" {
			out = append(out, Block{Text: s, Line: line, Runes: runeCount(s)})
		}
	})
	return out
}

// endAtCR ends the line text[pos:end] at its first CR, if any: CR or CRLF
// ends a line. next is where the line after it starts.
func endAtCR(text string, pos, end, next int) (int, int) {
	cr := strings.IndexByte(text[pos:end], '\r')
	if cr < 0 {
		return end, next
	}
	end = pos + cr
	if next = end + 1; next < len(text) && text[next] == '\n' {
		next++
	}
	return end, next
}

// TrimSpace trims Unicode spaces and the byte-order mark.
func TrimSpace(s string) string {
	lo, hi := trimBounds(s)
	return s[lo:hi]
}

// trimBounds is where TrimSpace(s) starts and ends in s.
func trimBounds(s string) (lo, hi int) {
	if s != "" && isPlainEnd(s[0]) && isPlainEnd(s[len(s)-1]) {
		return 0, len(s) // most lines: nothing to trim, no rune to decode
	}
	left := strings.TrimLeftFunc(s, isTrimmed)
	lo = len(s) - len(left)
	return lo, lo + len(strings.TrimRightFunc(left, isTrimmed))
}

// isTrimmed tells the characters TrimSpace trims.
func isTrimmed(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// isPlainEnd tells an ASCII byte other than a space, which TrimSpace keeps.
func isPlainEnd(c byte) bool {
	return c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r')
}

// Classify sets each block's numbering information and kind: breadcrumb
// furniture, title, date line, numbered heading or item, unnumbered
// heading, caption, contact line, or paragraph.
func Classify(blocks []Block) {
	texts := make([]string, len(blocks))
	heads := make([]bool, len(blocks))
	long := make([]bool, len(blocks))
	for i := range blocks {
		texts[i] = blocks[i].Text
		heads[i] = mayBeHeading(blocks[i].Runes)
		long[i] = blocks[i].Runes > maxFurnitureRunes
	}
	numbering.AnalyzeInto(texts, heads, func(i int) *numbering.Info { return &blocks[i].Info })
	furniture := markFurniture(texts, long, numbering.FirstBytes(texts))
	titled, contact := false, false
	for i := range blocks {
		b := &blocks[i]
		switch {
		case b.Info.Furniture:
			b.Kind = release.Furniture
		case furniture[i] && b.Info.Label == nil:
			b.Kind, b.Info = release.Furniture, numbering.Info{Furniture: true}
		case !titled && b.Runes <= maxTopDateRunes && isDateLine(b.Text):
			b.Kind = release.Date // a page that puts the date above the title
		case !titled && b.Info.Label == nil: // "1 我が国は…" opens the body of a page whose title was not copied
			b.Kind, titled = release.Title, true
		case b.Info.Label != nil:
			b.Kind, titled = numberedKind(blocks, i), true // the title stands above the body
		case isCaption(b.Text, b.Runes):
			b.Kind = release.Caption
		case isDateLine(b.Text):
			b.Kind = release.Date
		case contact:
			b.Kind = release.Contact
		case isShortHeading(b.Text, b.Runes):
			b.Kind = release.Heading
			contact = isContactHeading(b.Text)
		default:
			b.Kind = release.Paragraph
		}
	}
}

// maxTopDateRunes bounds a date line above the title ("平成30年5月8日(火曜日)",
// "Tuesday, May 8, 2018"); a longer line with a date is the title itself.
const maxTopDateRunes = 24

// numberedKind makes a labelled block a heading when prose or a deeper
// level follows it, and an item when a sibling or a shallower level does:
// the entries of a list carry no body of their own.
func numberedKind(blocks []Block, i int) release.Kind {
	b := &blocks[i]
	switch {
	case b.Info.Label.Style == numbering.StyleBullet:
		return release.Item
	case isProse(b.Text, b.Runes):
		return release.Paragraph // a numbered paragraph ("1 本日、…。")
	}
	lv := b.Info.Level
	if lv == 1 || i+1 >= len(blocks) {
		return release.Heading
	}
	next := blocks[i+1].Info
	if next.Label == nil || next.Level > lv {
		return release.Heading
	}
	return release.Item
}

// mayBeHeading excludes long prose from label parsing: a paragraph that
// happens to begin with "2024年" or "1." inside a sentence is no heading.
func mayBeHeading(runes int) bool {
	return runes <= 120
}

// isProse tells a numbered paragraph from a numbered heading: too long
// for a heading, or ending as a sentence does.
func isProse(s string, runes int) bool {
	return !mayBeHeading(runes) || strings.HasSuffix(s, "。") || strings.HasSuffix(s, "．") ||
		strings.HasSuffix(s, ".") && runes > 60
}

// isShortHeading recognises unnumbered headings such as 担当, 関連リンク or
// "Division in Charge": short, and not a sentence.
func isShortHeading(s string, n int) bool {
	if n > 40 {
		return false // too long whatever the script: no need to look
	}
	limit := 20
	if isLatin(s) {
		limit = 40
	}
	return n <= limit && !strings.ContainsAny(lastRune(s), "。．.!?！？:：、,")
}

func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// isLatin reports whether s has no Japanese script at all.
func isLatin(s string) bool {
	for _, r := range s {
		if r >= 0x3000 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return false
		}
	}
	return true
}

var captionWords = []string{"写真", "図", "表", "画像", "Photo", "Figure", "Fig.", "Table", "Image"}

// isCaption recognises "写真1", "図2　…", "Photo 1: …": a caption word
// followed by a number, in a short line.
func isCaption(s string, runes int) bool {
	if runes > 80 {
		return false
	}
	for _, w := range captionWords {
		if rest, ok := strings.CutPrefix(s, w); ok {
			rest = strings.TrimLeft(rest, " \u00a0\u3000")
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsDigit(r)
		}
	}
	return false
}

var contactHeadings = []string{"担当", "問い合わせ", "問合せ", "お問い合わせ", "連絡先", "Division in Charge", "Contact", "Inquiries", "For further information"}

func isContactHeading(s string) bool {
	for _, h := range contactHeadings {
		if strings.HasPrefix(strings.ToLower(s), strings.ToLower(h)) {
			return true
		}
	}
	return false
}
