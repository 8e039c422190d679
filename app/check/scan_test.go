package check

import (
	"strings"
	"testing"
	"unicode/utf8"

	"taiyaku/app/controlchar"
	"taiyaku/app/internal/swar"
	"taiyaku/app/spelling"
)

// scanMisses lists the checks that would find something in part, a
// piece of s, although the scan of s says they need not look.
func scanMisses(s, part string) []string {
	f := scanText(s)
	var out []string
	miss := func(flag textFlags, found bool, name string) {
		if f&flag == 0 && found {
			out = append(out, name)
		}
	}
	at, _ := controlchar.Find(part, false)
	miss(fControl, at >= 0, "control")
	miss(fBracket, unbalanced(part) != "", "brackets")
	miss(fHalfKana, firstRun(part, isHalfWidthKana) != "", "half-width kana")
	miss(fFullWidth, firstRun(part, isFullWidthInEnglish) != "", "full width")
	miss(fJapanese, japaneseRun(part) != "", "japanese")
	miss(fComma, mixedCommas(part) != "", "commas")
	bad, _ := mojibake(part)
	miss(fQuestion|fReplacement|fLatin1, bad != "" || brokenChar(part) != "", "encoding")
	miss(fTab, strings.ContainsRune(part, '\t'), "tab")
	miss(fDoubleSpace, strings.Contains(part, "  "), "double space")
	miss(fNewline, strings.Contains(part, "\n"), "line feed")
	miss(fLower, spelling.Check(part, nil) != nil, "spelling")
	return out
}

func TestScanText(t *testing.T) {
	for _, s := range []string{
		"", "plain English text.", "Goverment ministry", "a\u202Eb", "x\u0085y", "del\x7F", "tab\there", "two  spaces",
		"（１）括弧（", "「引用", "ｶﾀｶﾅ", "ＡＢＣ in English", "日本語 in English", "流動的,だからこそ、共通", "S?o Tom?",
		"Ã© mojibake", "\uFFFD", "ｰｱ", "ﾟ", "ｿ", "～", "\xe4(", "\xe3\x80(", "The Goverment", "“quoted", "・", "\xe3\x80", "\xef\xbc", "\xc2",
	} {
		if m := scanMisses(s, s); m != nil {
			t.Errorf("%q: the scan missed %v", s, m)
		}
	}
	if f := scanText("a\u202Eb"); f&fControl == 0 {
		t.Error("a bidi override is no control")
	}
	if f := scanText("plain English text, no marks"); f&^fLower != 0 {
		t.Errorf("plain text flags %b", f)
	}
}

// FuzzScanText checks that a flag left unset never hides a finding, in
// the text or any part of it (the checks read bodies without labels).
func FuzzScanText(f *testing.F) {
	f.Add("（１）括弧「引用」ｶﾀｶﾅ ＡＢＣ, S?o Ã© \u202E\uFFFD\t  x", 3, 20)
	f.Add("Goverment assistance.The", 0, 10)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		if a < 0 || b < a || b > len(s) {
			a, b = 0, len(s)
		}
		if m := scanMisses(s, s[a:b]); m != nil {
			t.Errorf("%q [%d:%d]: the scan missed %v", s, a, b, m)
		}
	})
}

// unbalancedRunes is unbalanced as it was, reading every rune: the
// oracle for the byte-stepping one.
func unbalancedRunes(s string) string {
	var stack []rune
	quotes := 0
	for _, r := range s {
		switch {
		case !mayBeBracket(r):
		case r == '"':
			quotes++
		case bracketPairs[r] != 0:
			stack = append(stack, r)
		case closersOf[r] != 0:
			if len(stack) == 0 || stack[len(stack)-1] != closersOf[r] {
				return string(r)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		return string(stack[len(stack)-1])
	}
	if quotes%2 == 1 {
		return `"`
	}
	return ""
}

func FuzzUnbalanced(f *testing.F) {
	for _, s := range []string{"（１）括弧（", "「引用」『二重』【】〔〕", "“quoted” (x) [y] {z}", "\xe3\x80(", "\xef\xbc\x88\xe2", "\"a\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := unbalanced(s), unbalancedRunes(s); got != want {
			t.Errorf("unbalanced(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzEdgeSpace holds edgeSpace to the trims it replaced.
func FuzzEdgeSpace(f *testing.F) {
	for _, s := range []string{"", " a", "a ", "\u3000あ", "あ\u00a0", "\xe3\x80", "a\t", "\x85", "ok"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.TrimSpace(s) != s || strings.Trim(s, "\u3000\u00a0") != s
		if got := edgeSpace(s); got != want {
			t.Errorf("edgeSpace(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzRuneCount holds runeCount, with the flags of the scan, and
// scanCount's count to the standard count.
func FuzzRuneCount(f *testing.F) {
	for _, s := range []string{"", "plain", "日本語のテキスト、長い文です。", "é日本", "\xe0\x80\x80abc", "\xed\xa0\x80", "日\x80本", "😀日本語", "\xe3\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := runeCount(s, scanText(s)), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
		// scanCount's own count, when it gives one, is the same.
		if f, n := scanCount(s); n != -1 && n != utf8.RuneCountInString(s) || (n == -1) != (f&fIrregular != 0) {
			t.Errorf("scanCount(%q) = %b, %d, want %d characters", s, f, n, utf8.RuneCountInString(s))
		}
	})
}

// FuzzScanTextSame holds scanText to the loop it was before the fast
// path for kana and kanji.
func FuzzScanTextSame(f *testing.F) {
	for _, s := range []string{"日本語のテキスト、カタカナ。", "ぁ\xe3\x81", "\xe3\x83\xbb・", "\xe9\x80", "（１）「引用」", "plain  text", "\xe1\x80\x80가\xee\x80\x80\xef\xbf\xbd“\u202eｶ，\xed\x9f\xbf\xf0\x9f\x98\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scanText(s), scanTextBefore(s); got != want {
			t.Errorf("scanText(%q) = %b, want %b", s, got, want)
		}
	})
}

// scanTextBefore is scanText before its fast path, the oracle: a table look-up for each ASCII byte; of the
// other characters only the lead bytes of those that matter are looked
// at closely, and the bytes that continue a character are stepped over
// (kanji, the bulk of Japanese, are two comparisons).
func scanTextBefore(s string) textFlags {
	var f textFlags
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			f |= asciiFlags[c]
			if c == ',' && i > 0 && s[i-1] >= 0x80 {
				f |= fComma // a comma after Japanese, maybe
			}
			if c == ' ' && i > 0 && s[i-1] == ' ' {
				f |= fDoubleSpace // spares the whitespace check a second search
			}
			i++
			continue
		case c >= 0xE4 && c <= 0xE9:
			f |= fJapanese // U+4000–U+9FFF: kanji
		case c >= 0xC2:
			f |= leadFlags(s, i)
		}
		f |= fNonASCII
		n := continued(s, i)
		if n == 1 || c == 0xE0 || c == 0xED {
			f |= fIrregular // runeCount must decode
		}
		i += n
	}
	return f
}

// TestBracketSwitches holds closerOf and openerOf to the maps made from
// the list of brackets.
func TestBracketSwitches(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if closerOf(r) != bracketPairs[r] || openerOf(r) != closersOf[r] {
			t.Fatalf("%q: closerOf %q openerOf %q, maps %q %q", r, closerOf(r), openerOf(r), bracketPairs[r], closersOf[r])
		}
	}
}

// FuzzBracketBytes holds the eight-byte search to a byte-by-byte one.
func FuzzBracketBytes(f *testing.F) {
	for _, s := range []string{"（１）括弧「引用」、。", "“quoted” (x) [y] {z} \"q\"", "\xe3\x80\xe2\x80\xef\xbd\xef\xbc\xee\xbd", "abcdefghijklmnop"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i+9 <= len(s); i++ {
			m := bracketBytes(swar.Load8(s, i), swar.Load8(s, i+1))
			for k := 0; k < 8; k++ {
				c, next := s[i+k], s[i+k+1]
				want := strings.IndexByte("()[]{}\"", c) >= 0 || (c == 0xE2 || c == 0xE3) && next == 0x80 || c == 0xEF && (next == 0xBC || next == 0xBD)
				if got := m>>(8*k+7)&1 == 1; got != want {
					t.Fatalf("bracketBytes(%q) byte %d: %v, want %v", s[i:i+9], k, got, want)
				}
			}
		}
	})
}

// TestScanTextWords puts doubled spaces, commas and Japanese at every
// offset of the eight-byte words of the ASCII scan.
func TestScanTextWords(t *testing.T) {
	for _, mark := range []string{"  ", ",", " (", "\t", "\x7f", "漢字", "?", " "} {
		for k := range 20 {
			s := strings.Repeat("A", k) + mark + strings.Repeat("B", 20-k)
			for _, x := range []string{s, "x " + s, s + " ", "ｶ" + s} {
				if got, want := scanText(x), scanTextBefore(x); got != want {
					t.Errorf("scanText(%q) = %b, want %b", x, got, want)
				}
			}
		}
	}
}

// FuzzNextSearches holds the eight-byte searches to byte-by-byte ones,
// from every start.
func FuzzNextSearches(f *testing.F) {
	for _, s := range []string{"assistance.The, 10,2010; ok! why? \xae\xac", "The IPA and ipa, Ipa; \xc9\xe9", "（１）括弧「引用」“q” (x)"} {
		f.Add(s, byte('i'))
	}
	f.Fuzz(func(t *testing.T, s string, first byte) {
		first &= 0x7F
		fold := byte(0)
		if 'a' <= first|0x20 && first|0x20 <= 'z' {
			first, fold = first|0x20, 0x20
		}
		for i := 0; i <= len(s); i++ {
			q := i
			for q < len(s) && s[q]|fold != first {
				q++
			}
			if i > 0 {
				r := i
				for ; r < len(s); r++ {
					// The words read eight bytes at a time start at i, i+8, …
					// while nine bytes remain.
					if w := i + (r-i)/8*8; spacedPunct[s[r]] && (w+9 > len(s) || s[r+1] != ' ' || s[r-1] == ' ') {
						break
					}
				}
				if got := nextSpacingMark(s, i); got != r {
					t.Fatalf("nextSpacingMark(%q, %d) = %d, want %d", s, i, got, r)
				}
			}
			if got := punctSpacing(s); got != punctSpacingBefore(s) {
				t.Fatalf("punctSpacing(%q) = %q, want %q", s, got, punctSpacingBefore(s))
			}
			if got := swar.NextFolded(s, i, first, fold); got != q {
				t.Fatalf("swar.NextFolded(%q, %d, %q, %#x) = %d, want %d", s, i, first, fold, got, q)
			}
			second, fold1 := foldOf('e')
			if len(s) > 0 {
				second, fold1 = foldOf(s[(i+int(first))%len(s)]) // a byte of the text, for hits
			}
			p := i
			for p+1 < len(s) && !(s[p]|fold == first && s[p+1]|fold1 == second) {
				p++
			}
			if p+1 >= len(s) {
				p = len(s)
			}
			if got := nextPair(s, i, first, fold, second, fold1); got != p {
				t.Fatalf("nextPair(%q, %d, %q, %#x, %q, %#x) = %d, want %d", s, i, first, fold, second, fold1, got, p)
			}
		}
	})
}

// FuzzBlank holds blank to the trim it replaced.
func FuzzBlank(f *testing.F) {
	for _, s := range []string{"", " \t\n\v\f\r", "\u3000\u00a0\u2028", " x ", "\x85", "\xc2\x85", "\xe3\x80", "　あ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := blank(s), strings.TrimSpace(s) == ""; got != want {
			t.Errorf("blank(%q) = %v, want %v", s, got, want)
		}
	})
}

// scanPieces are characters that change the flags or the fast paths:
// kana, kanji, the marks of U+3000–U+303F, katakana of E3 83 and ・,
// full-width and half-width forms, general punctuation and bidi marks,
// Hangul, E1, E0 and ED characters, ASCII, broken and four-byte ones.
var scanPieces = []string{
	"あ", "ア", "ン", "ー", "・", "漢", "字", "、", "。", "「", "」", "（", "）", "，", "１", "ｶ", "ﾟ", "\uFFFD",
	"“", "\u202E", "\u2066", "한", "\u1100", "\u0800", "\uD7FF", "\uE000", "a", " ", "1", "(", "\xe3", "\x81", "\xe3\x81",
	"😀", "é", "\u3000", "\u30FF", "\u9FFF", "\uA000",
}

// TestScanTextPieces holds scanText, and its fast path over eight
// characters at a time, to the oracle over lines of long runs of kana
// and kanji broken by the other pieces at every offset.
func TestScanTextPieces(t *testing.T) {
	quiet := []string{"あ", "ア", "ン", "漢", "字", "ー", "한"}
	rnd := lcg(1)
	for range 20000 {
		var b strings.Builder
		rate := 2 + rnd(30) // one piece in rate characters
		for range rnd(80) {
			if rnd(rate) == 0 {
				b.WriteString(scanPieces[rnd(len(scanPieces))])
			} else {
				b.WriteString(quiet[rnd(len(quiet))])
			}
		}
		s := b.String()
		if got, want := scanText(s), scanTextBefore(s); got != want {
			t.Fatalf("scanText(%q) = %b, want %b", s, got, want)
		}
	}
}

// FuzzScanTextPieces is TestScanTextPieces with lines the fuzzer makes:
// each byte picks a piece, or a run of quiet characters.
func FuzzScanTextPieces(f *testing.F) {
	f.Add([]byte{200, 7, 200, 9, 200, 12, 0, 255, 18, 200})
	f.Fuzz(func(t *testing.T, picks []byte) {
		var b strings.Builder
		for _, p := range picks {
			if int(p) < len(scanPieces) {
				b.WriteString(scanPieces[p])
			} else {
				b.WriteString(strings.Repeat("漢あ", int(p)%13))
			}
		}
		s := b.String()
		if got, want := scanText(s), scanTextBefore(s); got != want {
			t.Errorf("scanText(%q) = %b, want %b", s, got, want)
		}
	})
}

// punctSpacingBefore is punctSpacing as it was, stopping at every mark:
// the oracle of the search that steps over "word, ".
func punctSpacingBefore(s string) string {
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !spacedPunct[c] {
			continue
		}
		bad := i+1 < len(s) && badPunctAt(s, i)
		if !bad && (c == ',' || c == '.' && endsField(s, i+1)) {
			bad = s[i-1] == ' ' && i > 1 && s[i-2] != ' '
		}
		if bad && !isAddressField(fieldAround(s, i)) {
			return around(s, i)
		}
	}
	return ""
}

// TestPunctSpacingPieces holds punctSpacing to its oracle over lines of
// English pieces, the marks among them at every offset of the words.
func TestPunctSpacingPieces(t *testing.T) {
	pieces := []string{"word", "Word", ", ", ". ", " ,", " .", "1.5", "2,300", "U.S.", "e.g.", "x", " ", "  ", "approx.23", "assistance.The",
		"http://a.b/c", "a@b.c", "10,2010", "Japan,China", "ok!", "why? ", ";", "Fig.1", "(1) ", "end."}
	eachPieceLine(7, pieces, 30, 30000, func(s string) {
		if got, want := punctSpacing(s), punctSpacingBefore(s); got != want {
			t.Fatalf("punctSpacing(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestUnbalancedPieces holds unbalanced to its oracle over lines of
// Japanese and English pieces, brackets and the marks 、。 (whose lead
// bytes the eight-byte search stops at too) at every offset. A search
// that also read the third byte, to pass over 、。, was tried on it: no
// faster (3.8 ms either way over the bracketed texts of the 10k release).
func TestUnbalancedPieces(t *testing.T) {
	pieces := []string{"漢字", "かな", "、", "。", "「", "」", "（", "）", "【", "】", "〔", "〕", "“", "”", "(", ")", "\"", "[", "]",
		"｛", "｝", "{", "}", "〈", "〉", "《", "》", "『", "』", "〖", "〗", "—", "…", "\u3000", "a", "1", "\xe3\x80", "\xef\xbc"}
	eachPieceLine(11, pieces, 24, 30000, func(s string) {
		if got, want := unbalanced(s), unbalancedRunes(s); got != want {
			t.Fatalf("unbalanced(%q) = %q, want %q", s, got, want)
		}
	})
}

// lcg is a small random source that gives the same numbers in every run
// and Go version: rnd(n) is in [0, n).
func lcg(seed uint64) func(n int) int {
	return func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
}

// eachPieceLine calls f with count lines of up to most pieces each,
// drawn from pieces by lcg(seed).
func eachPieceLine(seed uint64, pieces []string, most, count int, f func(string)) {
	rnd := lcg(seed)
	for range count {
		var b strings.Builder
		for range rnd(most) {
			b.WriteString(pieces[rnd(len(pieces))])
		}
		f(b.String())
	}
}
