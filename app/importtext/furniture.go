package importtext

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"taiyaku/app/numbering"
)

// Page furniture is what a web page wraps around a release: links back to
// the list it came from, to the top of the page, to the other language or
// to a printable copy, the site section's label, "(PDF)" attachment links
// and the translator's "provisional translation" note. One edition often
// has it and the other not; it is kept (nothing is lost) but never paired
// with the release's own text and never reported as missing.

// maxFurnitureRunes bounds a furniture line; page links are short.
const maxFurnitureRunes = 40

// maxNoteRunes bounds a provisional-translation note, which may run to two
// sentences ("The date indicated above denotes …").
const maxNoteRunes = 300

// furnitureLines marks the blocks of one edition that are page furniture.
// A short line near the top is a section label when the page also links
// back to it ("談話" … "談話へ戻る", "Energy" … "Back to Energy") or when
// it is one of the usual names of a press page's section.
func furnitureLines(texts []string) []bool {
	long := make([]bool, len(texts))
	for i, s := range texts {
		long[i] = !short(s)
	}
	return markFurniture(texts, long, numbering.FirstBytes(texts))
}

// markFurniture is furnitureLines of texts whose long ones are told apart
// (long: more than maxFurnitureRunes characters, from the blocks' counts)
// and whose first bytes are gathered (firsts, 0 for an empty text): a
// long line is no note, and so no furniture, unless its first byte may
// open one (noteOpeners), which spares the wait for the line's first
// bytes to reach the cache (the byte gathered in a loop of its own waits
// alongside the others).
func markFurniture(texts []string, longs []bool, firsts []byte) []bool {
	out := make([]bool, len(texts))
	targets := map[string]bool{}
	var scratch []byte // foldScratch's
	for i, s := range texts {
		long := longs[i]
		if long && !noteOpeners[firsts[i]] {
			continue
		}
		if long || sentenceEnd(s) { // only a note may be long or a sentence
			out[i] = isTranslationNote(s) && !isDateLine(s)
			continue
		}
		low := foldScratch(s, &scratch) // once for every test of a short line; none keeps it
		if t, ok := backLinkTarget(s, low); ok {
			out[i] = true
			targets[fold(t)] = true
		} else {
			out[i] = isFurniture(s, low)
		}
	}
	for i := 0; i < len(texts) && i < topLabelLines; i++ {
		if s := texts[i]; short(s) && (targets[fold(s)] || isSectionName(s)) || isCrumbLine(s) {
			out[i] = true
		}
	}
	return out
}

// crumbSeparators join the entries of a breadcrumb written on one line.
const crumbSeparators = ">＞›»/／"

// isCrumbLine recognises a breadcrumb on one line: "Home > Press Releases
// > …", "トップページ ＞ 報道発表".
func isCrumbLine(s string) bool {
	for _, h := range []string{"home", "top page", "top", "ホーム", "トップページ", "トップ"} {
		if rest, ok := strings.CutPrefix(fold(s), h); ok {
			rest = strings.TrimSpace(rest)
			r, _ := utf8.DecodeRuneInString(rest)
			return rest != "" && strings.ContainsRune(crumbSeparators, r)
		}
	}
	return false
}

// topLabelLines is how far down a section label may stand: above the title
// or after a breadcrumb.
const topLabelLines = 3

func short(s string) bool {
	return runesAtMost(s, maxFurnitureRunes)
}

// isFurniture recognises a short line that ends no sentence as furniture
// on its own; low is fold(s).
func isFurniture(s, low string) bool {
	if isTranslationNote(s) {
		return !isDateLine(s) // "January 22, 2025 (Provisional translation)" is the date line
	}
	return isPageLink(low) || isLanguageLink(low) || isAttachmentLink(s)
}

// backLinks open or close a link back to a list page.
var (
	backPrefixes = []string{"back to ", "return to ", "go back to "}
	backSuffixes = []string{"へ戻る", "に戻る", "へもどる", "にもどる", "一覧へ", "一覧に戻る"}
)

// backLinkTarget reads "Back to Press Releases" or "報道発表へ戻る", a short
// line that ends no sentence, and returns the page linked to; low is fold(s).
func backLinkTarget(s, low string) (string, bool) {
	for _, p := range backPrefixes {
		if strings.HasPrefix(low, p) {
			return trimSpaces(s[len(p):]), true
		}
	}
	trimmed := trimSpaces(s)
	for _, suf := range backSuffixes {
		if t, ok := strings.CutSuffix(trimmed, suf); ok {
			return t, true
		}
	}
	return "", false
}

// pageLinkWords are whole lines that link within the page or print it.
var pageLinkWords = []string{
	"このページのトップへ", "ページの先頭へ", "ページトップへ", "先頭へ", "トップへ",
	"印刷", "印刷する", "このページを印刷する", "印刷用ページ",
	"top of page", "page top", "to top", "back to top", "go to top", "top",
	"print", "print this page", "printer-friendly version", "printer friendly",
	"related link", "related links", "関連リンク", "関連情報", "related information",
}

// isPageLink takes the folded line.
func isPageLink(low string) bool {
	if mayTrimPageLink(low) {
		low = strings.Trim(low, "▲↑^ ")
	}
	for _, w := range pageLinkWords {
		if low == w {
			return true
		}
	}
	return false
}

// mayTrimPageLink tells whether low may begin or end with ▲ (E2 96 B2),
// ↑ (E2 86 91), ^ or a space, which isPageLink trims: most lines do not,
// and Trim with characters beyond ASCII decodes both ends.
func mayTrimPageLink(low string) bool {
	if low == "" {
		return false
	}
	first, last := low[0], low[len(low)-1]
	return first == ' ' || first == '^' || first == 0xE2 || last == ' ' || last == '^' || last == 0xB2 || last == 0x91
}

// languageWords make up a language-switch link: "英語版 (English)",
// "Japanese page", "日本語".
var languageWords = []string{"英語版", "日本語版", "英語", "日本語", "english", "japanese", "version", "page", "ページ", "はこちら", "language", "in"}

var linkPunctuation = strings.NewReplacer("(", " ", ")", " ", "（", " ", "）", " ", "/", " ", "|", " ", "・", " ")

// isLanguageLink takes the folded line.
func isLanguageLink(low string) bool {
	if !namesLanguage(low) {
		return false // checked first: most short lines name none
	}
	rest := linkPunctuation.Replace(low)
	words := strings.Fields(rest)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		for _, lw := range languageWords {
			w = strings.ReplaceAll(w, lw, "")
		}
		if w != "" {
			return false
		}
	}
	return true
}

// namesLanguage tells whether a folded line names one of the editions'
// languages, which a language link must.
func namesLanguage(low string) bool {
	for _, lang := range []string{"英語", "日本語", "english", "japanese"} {
		if strings.Contains(low, lang) {
			return true
		}
	}
	return false
}

// isAttachmentLink recognises a link to a file: "概要(PDF形式:120KB)",
// "Annex (PDF)". It is strings.Contains(strings.ToUpper(s), m) for the
// markers m, matched at each opening bracket (every marker opens with one,
// which upper-casing keeps) rune by rune, upper-cased one at a time:
// ToUpper copied the line and cased every Japanese character of it.
func isAttachmentLink(s string) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(':
			if matchUpper(s[i+1:], "PDF") || matchUpper(s[i+1:], "WORD") || matchUpper(s[i+1:], "EXCEL") ||
				matchUpper(s[i+1:], "XLS") || matchUpper(s[i+1:], "DOC") {
				return true
			}
		case s[i] == '[':
			if matchUpper(s[i+1:], "PDF") {
				return true
			}
		case strings.HasPrefix(s[i:], "（"):
			if matchUpper(s[i+len("（"):], "PDF") {
				return true
			}
		}
	}
	return false
}

// matchUpper tells whether s opens with runes that unicode.ToUpper makes
// into word (ASCII capitals), as strings.ToUpper(s) would open with word:
// ToUpper works rune by rune, and 'ſ' becomes 'S'.
func matchUpper(s, word string) bool {
	for k := 0; k < len(word); k++ {
		if s == "" {
			return false
		}
		if c := s[0]; c < utf8.RuneSelf { // most: ASCII, or the other bytes of a line
			if c&^0x20 != word[k] {
				return false
			}
			s = s[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if unicode.ToUpper(r) != rune(word[k]) {
			return false
		}
		s = s[size:]
	}
	return true
}

// translationNotes are the phrases of a translator's note on the status
// of the English edition.
var translationNotes = []string{"provisional translation", "tentative translation", "unofficial translation", "仮訳"}

func isTranslationNote(s string) bool {
	// cheap tests first: this runs on every line of both editions
	if len(s) > utf8.UTFMax*maxNoteRunes || !short(s) && !mayStartNote(trimLeftSpaces(s)) ||
		!containsKariyaku(s) && !strings.Contains(s, "ranslation") || !runesAtMost(s, maxNoteRunes) {
		return false
	}
	low := fold(s)
	for _, n := range translationNotes {
		if strings.Contains(low, n) {
			return short(s) || isNoteStart(low) // a sentence of the release may mention a translation
		}
	}
	return false
}

// containsKariyaku is strings.Contains(s, "仮訳") searched from the second
// byte on: the first (E4) starts thousands of common kanji, and a search
// led by it stops at almost every character of a Japanese line.
func containsKariyaku(s string) bool {
	const tail = "\xbb\xae\xe8\xa8\xb3" // 仮訳 is E4 BB AE E8 A8 B3
	for from := 1; from < len(s); {
		i := strings.Index(s[from:], tail)
		if i < 0 {
			return false
		}
		if s[from+i-1] == 0xE4 {
			return true
		}
		from += i + 1
	}
	return false
}

// noteOpeners marks the first bytes of the lines that mayStartNote may
// accept once trimLeftSpaces has trimmed them: those it accepts, and the
// first bytes of the spaces trimmed (mayStartSpace).
var noteOpeners = func() (t [256]bool) {
	for _, c := range []byte("(*[nN\xEF\xE2\xE6 \t\n\v\f\r\xC2\xE1\xE3") {
		t[c] = true
	}
	return t
}()

// mayStartNote is isNoteStart(strings.ToLower(t)) without the copy: no
// character but N, O, T and E lower-cases to the letters of "note", and the
// other openings are their own lower case. Long lines are notes only when
// they open so, which spares most paragraphs the search for the phrases.
//
// The first byte decides most lines: EqualFold on the first four bytes of
// a Japanese line would decode them.
func mayStartNote(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case '(', '*', '[':
		return true
	case 'n', 'N': // no other character folds to n
		return len(t) >= 4 && strings.EqualFold(t[:4], "note")
	case 0xEF, 0xE2, 0xE6: // the leads of （, ※ and 注
		return strings.HasPrefix(t, "（") || strings.HasPrefix(t, "※") || strings.HasPrefix(t, "注")
	}
	return false
}

// isNoteStart reports a line that opens as a note does: "(* The foregoing
// is …)", "*Note: …", "※英語版は仮訳です".
func isNoteStart(low string) bool {
	for _, p := range []string{"(", "（", "*", "※", "note", "注", "["} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// sectionNames are the usual labels of a ministry site's press section,
// which pages print above the title.
var sectionNames = []string{
	"報道発表", "報道発表資料", "報道資料", "記者発表", "発表資料", "談話", "プレスリリース", "ニュースリリース", "ニュース", "記者会見", "会見", "お知らせ", "新着情報",
	"press releases", "press release", "news releases", "news release", "statements", "press conferences", "news",
}

func isSectionName(s string) bool {
	low := fold(s)
	for _, n := range sectionNames {
		if low == n {
			return true
		}
	}
	return false
}

// abbreviations end a line with a dot that ends no sentence
// ("9:58 - 10:07 a.m.", "Japan and the U.S.").
var abbreviations = []string{"a.m.", "p.m.", "etc.", "inc.", "ltd.", "co.", "jr.", "u.s.", "u.k.", "no.", ".."}

// abbreviationEnds are the bytes before the last dot of abbreviations,
// in either case.
const abbreviationEnds = "mcdorsk.MCDORSK"

// sentenceEnd reports whether s ends as a sentence does.
func sentenceEnd(s string) bool {
	// Trimming keeps a last character that is no space: most lines are
	// decided by it without trimming.
	if strings.HasSuffix(s, "。") || strings.HasSuffix(s, "．") {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(s); r != '.' && !unicode.IsSpace(r) {
		return false
	}
	if n := len(s); n >= 2 && s[n-1] == '.' && s[n-2] < utf8.RuneSelf && !strings.ContainsRune(abbreviationEnds, rune(s[n-2])) {
		return true // "… in 2026.": every abbreviation ends in one of a few letters and a dot
	}
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "。") || strings.HasSuffix(s, "．") {
		return true
	}
	if !strings.HasSuffix(s, ".") {
		return false
	}
	var buf [8]byte // low's, when ASCII
	low := lowerTail(&buf, s[max(0, len(s)-8):])
	for _, a := range abbreviations {
		if strings.HasSuffix(low, a) && (len(low) == len(a) || !isLetterByte(low[len(low)-len(a)-1])) {
			return false
		}
	}
	return true
}

// lowerTail is strings.ToLower of a line's last bytes (eight at most),
// written into buf when they are ASCII: most English lines end with a
// letter that some abbreviation ends with ("measures.": "u.s."), and
// ToLower copied them to the heap. The string is buf's bytes.
func lowerTail(buf *[8]byte, t string) string {
	if len(t) > len(buf) {
		return strings.ToLower(t)
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(t) // ToLower may change its length
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return unsafe.String(&buf[0], len(t))
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
