package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"taiyaku/app/release"
)

// rowSizer works out how tall a row must be to show all of its text at
// the list's width. It wraps the text as Fyne's entry does (wrapRows)
// with the advance of each character measured once: measuring every
// candidate line with the shaper, as Fyne does when it draws, costs tens
// of milliseconds a paragraph, too slow for a 10,000-unit release.
// Heights are cached per text, edition and width.
type rowSizer struct {
	cache   map[sizeKey]float32
	advance map[rune]float32 // measured advances beyond the table below
	// narrow holds the advances of the characters below U+3000 (Latin,
	// punctuation, symbols), known[r] once measured: looked up for every
	// character of every row when a release opens, a map cost a third of
	// the time.
	narrow  [narrowEnd]float32
	known   [narrowEnd]bool
	runes   []rune  // the text being sized, reused from text to text
	wide    float32 // the advance of a full-width (CJK) character
	latinH  float32 // a row of Latin text
	cjkH    float32 // a row with Japanese in it
	pad     float32 // inner padding above and below an entry's text
	headerH float32 // the caption above the two entries
	minH    float32 // an entry showing one line
	wrapJA  bool    // the Japanese column wraps at words, not characters
}

// maxCachedSizes bounds the cache: every keystroke makes a new text.
const maxCachedSizes = 100000

// narrowEnd is where full-width characters begin (isWide).
const narrowEnd = 0x3000

type sizeKey struct {
	text  string
	ed    release.Edition
	width float32
}

func newRowSizer(probeRow *rowView) *rowSizer {
	size := theme.TextSize()
	wide := fyne.MeasureText("国", size, fyne.TextStyle{})
	latin := fyne.MeasureText("Mg", size, fyne.TextStyle{})
	s := &rowSizer{
		cache: map[sizeKey]float32{}, advance: map[rune]float32{},
		wide: wide.Width, latinH: latin.Height, cjkH: max(wide.Height, latin.Height),
		pad:     theme.InnerPadding(),
		headerH: probeRow.header.root.MinSize().Height,
		minH:    probeRow.ja.MinSize().Height,
		wrapJA:  probeRow.ja.Wrapping == fyne.TextWrapWord,
	}
	return s
}

// adv is the advance of one character, measured once.
func (s *rowSizer) adv(r rune) float32 {
	if r >= 0 && r < narrowEnd {
		if !s.known[r] {
			s.narrow[r], s.known[r] = measureRune(r), true
		}
		return s.narrow[r]
	}
	if isWide(r) {
		return s.wide
	}
	a, ok := s.advance[r]
	if !ok {
		a = measureRune(r)
		s.advance[r] = a
	}
	return a
}

func measureRune(r rune) float32 {
	return fyne.MeasureText(string(r), theme.TextSize(), fyne.TextStyle{}).Width
}

func measureRunes(r []rune) float32 {
	return fyne.MeasureText(string(r), theme.TextSize(), fyne.TextStyle{}).Width
}

// rowHeight is the height of one wrapped row of text: taller with
// Japanese, which comes from another font.
func (s *rowSizer) rowHeight(text string) float32 {
	if hasWide(text) {
		return s.cjkH
	}
	return s.latinH
}

// isWide tells whether r is drawn full width by a Japanese font: kana,
// kanji, and the full-width forms and punctuation.
func isWide(r rune) bool {
	return (r >= 0x3000 && r <= 0x9FFF) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0xFF01 && r <= 0xFF60)
}

func hasWide(s string) bool {
	for _, r := range s {
		if isWide(r) {
			return true
		}
	}
	return false
}

// columnWidth is the width of one entry in a row of the given width: the
// severity mark and the paddings of the row's border and grid come off.
func columnWidth(rowWidth float32) float32 {
	pad := theme.Padding()
	return (rowWidth - theme.Padding() - 2*pad - pad) / 2
}

// entryHeight is the height an entry of width w needs to show text whole:
// its rows, and the text's padding above and below (the entry's border
// lies inside its text's padding).
func (s *rowSizer) entryHeight(text string, ed release.Edition, w float32) float32 {
	if w <= 0 {
		return s.minH
	}
	k := sizeKey{text, ed, w}
	if h, ok := s.cache[k]; ok {
		return h
	}
	word := ed == release.EN || s.wrapJA
	s.runes = s.runes[:0]
	for _, r := range text {
		s.runes = append(s.runes, r)
	}
	rows := wrapRunes(s.runes, w-2*s.pad, word, s.adv, measureRunes)
	if ed == release.JA {
		// Shown by kinsokuView, or by the entry while it is edited.
		rows = max(rows, kinsokuRows(s.runes, w-2*s.pad, s.adv))
	}
	rowH := s.rowHeight(text)
	// One pixel more than the text: an entry scrolls as soon as its text
	// is a fraction taller than its view.
	h := max(float32(rows)*rowH+2*s.pad+1, s.minH)
	if len(s.cache) > maxCachedSizes {
		clear(s.cache) // the texts of many keystrokes ago
	}
	s.cache[k] = h
	return h
}

// height is the height of the row showing u in a list of width w.
func (s *rowSizer) height(u *release.Unit, w float32, placeholder func(release.Edition) string) float32 {
	cw := columnWidth(w)
	h := float32(0)
	for _, ed := range []release.Edition{release.JA, release.EN} {
		text := u.Text(ed)
		if text == "" {
			text = placeholder(ed)
		}
		h = max(h, s.entryHeight(text, ed, cw))
	}
	return s.headerH + theme.Padding() + h
}

// forget drops the cached sizes of another width, so the cache holds
// the texts of one layout, not of every width the window passed through.
func (s *rowSizer) forget(keep float32) {
	for k := range s.cache {
		if k.width != keep {
			delete(s.cache, k)
		}
	}
}
