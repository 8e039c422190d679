package importtext

import (
	"math/bits"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"taiyaku/app/internal/swar"
)

// TestClockKeys: a Japanese and an English time line give the same keys;
// what is not a time gives none.
func TestClockKeys(t *testing.T) {
	same := [][2]string{
		{"9時58分~10時07分", "9:58 - 10:07 a.m."},
		{"午後5時10分", "5:10 p.m."},
		{"午前9時5分", "9:05 a.m."},
	}
	for _, c := range same {
		ja, en := clockKeys(c[0]), clockKeys(c[1])
		if len(ja) == 0 || !slices.Equal(ja, en) {
			t.Errorf("clockKeys(%q) = %v, clockKeys(%q) = %v", c[0], ja, c[1], en)
		}
	}
	for _, s := range []string{"9時に", "Article 74(5)", "ratio 123:456", "10時間", "12:3"} {
		if k := clockKeys(s); len(k) != 0 {
			t.Errorf("clockKeys(%q) = %v, want none", s, k)
		}
	}
}

// FuzzClockKeys: any text gives keys without panicking, and a text with no
// ':' or 時 gives none.
func FuzzClockKeys(f *testing.F) {
	for _, s := range []string{"9時58分~10時07分", "9:58 - 10:07 a.m.", "12:3", "時", ":", "99:99", "1時", "午後5時10分"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keys := clockKeys(s)
		if !strings.ContainsAny(s, ":：時") && len(keys) != 0 {
			t.Fatalf("clockKeys(%q) = %v without a time separator", s, keys)
		}
	})
}

// FuzzFurnitureLines: one mark per line, whatever the text.
func FuzzFurnitureLines(f *testing.F) {
	for _, s := range []string{"報道発表\n題名\n報道発表へ戻る", "Back to \nBack to Press Releases", "英語版 (English)", "(PDF", "仮訳"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		if got := furnitureLines(lines); len(got) != len(lines) {
			t.Fatalf("%d marks for %d lines", len(got), len(lines))
		}
	})
}

// clockKeysByBytes is the reference for clockKeys: every separator is
// tried, whatever stands before it.
func clockKeysByBytes(s string) []uint32 {
	var keys []uint32
	for i := 0; i < len(s); i++ {
		sep := ""
		for _, p := range []string{":", "時", "："} {
			if strings.HasPrefix(s[i:], p) {
				sep = p
			}
		}
		if sep == "" {
			continue
		}
		h, okH := digitsBefore(s, i)
		m, n := digitsAfter(s, i+len(sep))
		okM := n == 2 || sep == "時" && n == 1 && strings.HasPrefix(s[i+len(sep)+n:], "分")
		if sep == "時" && n == 2 {
			okM = strings.HasPrefix(s[i+len(sep)+n:], "分")
		}
		if okH && okM && h <= 24 && m < 60 {
			keys = append(keys, uint32(newKey('t').int(h%12).byte(':').byte(byte('0'+m/10)).byte(byte('0'+m%10))))
		}
	}
	return keys
}

// FuzzClockKeysReference: the separator-led walks find what trying every
// separator finds, in another order.
func FuzzClockKeysReference(f *testing.F) {
	for _, s := range []string{"9時58分~10時07分", "9:58 - 10:07 a.m.", "10:30:15", "午後5時10分", "第12時:34", "1234567890:12", "abcdefgh12:34"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := clockKeys(s), clockKeysByBytes(s)
		slices.Sort(got) // found separator by separator: hardKeys sorts them
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("clockKeys(%q) = %v, want %v", s, got, want)
		}
	})
}

// isTranslationNoteRef is isTranslationNote without the test of how a long
// line opens.
func isTranslationNoteRef(s string) bool {
	if !containsKariyaku(s) && !strings.Contains(s, "ranslation") || !runesAtMost(s, maxNoteRunes) {
		return false
	}
	low := fold(s)
	for _, n := range translationNotes {
		if strings.Contains(low, n) {
			return short(s) || isNoteStart(low)
		}
	}
	return false
}

// FuzzTranslationNote: the early tests change no answer.
func FuzzTranslationNote(f *testing.F) {
	for _, s := range []string{"(Provisional translation)", "※英語版は仮訳です", "Note: this is a tentative translation of the Japanese original text for reference", "NOTE", " (* The foregoing is an unofficial translation)", "This sentence mentions a provisional translation but opens as prose does.", "Note that this PROVISIONAL TRANSLATION is long enough to pass forty characters"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isTranslationNote(s), isTranslationNoteRef(s); got != want {
			t.Fatalf("isTranslationNote(%q) = %v, want %v", s, got, want)
		}
	})
}

// furnitureLinesRef is furnitureLines as it was before it folded each line
// once: every test folds for itself and checks length and ending itself.
func furnitureLinesRef(texts []string) []bool {
	out := make([]bool, len(texts))
	targets := map[string]bool{}
	for i, s := range texts {
		t, ok := "", false
		if short(s) && !sentenceEnd(s) {
			t, ok = backLinkTarget(s, fold(s))
		}
		switch {
		case ok:
			out[i] = true
			targets[fold(t)] = true
		case isTranslationNote(s):
			out[i] = !isDateLine(s)
		case !short(s) || sentenceEnd(s):
		default:
			out[i] = isPageLink(fold(s)) || isLanguageLink(fold(s)) || isAttachmentLink(s)
		}
	}
	for i := 0; i < len(texts) && i < topLabelLines; i++ {
		if s := texts[i]; short(s) && (targets[fold(s)] || isSectionName(s)) || isCrumbLine(s) {
			out[i] = true
		}
	}
	return out
}

// FuzzFurnitureLinesRef: folding once changes no mark.
func FuzzFurnitureLinesRef(f *testing.F) {
	for _, s := range []string{"報道発表\n題名\n報道発表へ戻る", "Energy\nBack to Energy", "英語版 (English)", "概要(PDF形式:120KB)", "January 22, 2025 (Provisional translation)", "▲ Top of page", "(Provisional translation)\nThe text."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		if got, want := furnitureLines(lines), furnitureLinesRef(lines); !slices.Equal(got, want) {
			t.Fatalf("furnitureLines(%q) = %v, want %v", lines, got, want)
		}
	})
}

// FuzzNextClockSep: the marked walk finds the separator that trying every
// byte finds, from any start, one inside a separator included.
func FuzzNextClockSep(f *testing.F) {
	for _, s := range []string{"9時58分~10時07分", "12：30から", "abcdefg時", "abcdef：", "す時：:", "ab時cdefgh12：34"} {
		f.Add(s, 0)
		f.Add(s, 1)
		f.Add(s, 7)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		wantAt, wantSep := -1, ""
		for k := i; k < len(s); k++ {
			if at, sep := clockSepAt(s, k); at >= 0 {
				wantAt, wantSep = at, sep
				break
			}
		}
		if at, sep := nextClockSep(s, i); at != wantAt || sep != wantSep {
			t.Fatalf("nextClockSep(%q, %d) = %d %q, want %d %q", s, i, at, sep, wantAt, wantSep)
		}
	})
}

// nextClockSep is the word-at-a-time search of the separators that
// appendClockKeys made before it looked for each separator's byte with
// strings.IndexByte: the first separator at or after byte i, and where it
// starts; -1 when none is left.
func nextClockSep(s string, i int) (int, string) {
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load8(s, i)
		m := swar.Equal(x, colonByte) | swar.Equal(x, jiMiddleByte) | swar.Equal(x, colonLastByte)
		for ; m != 0; m &= m - 1 {
			if at, sep := clockSepAt(s, i+bits.TrailingZeros64(m)/8); at >= 0 {
				return at, sep
			}
		}
	}
	for ; i < len(s); i++ {
		if at, sep := clockSepAt(s, i); at >= 0 {
			return at, sep
		}
	}
	return -1, ""
}

// clockKeysWalk is appendClockKeys as it was: one walk from separator to
// separator in the order of the text.
func clockKeysWalk(s string) []uint32 {
	var keys []uint32
	for i := 0; ; {
		at, sep := nextClockSep(s, i)
		if at < 0 {
			return keys
		}
		i = at + len(sep)
		if at == 0 || !isDigit(s[at-1]) {
			continue
		}
		keys = appendTimeKey(keys, s, at, sep)
	}
}

// FuzzClockKeysWalk: separator by separator, the keys are those of the
// walk, in another order.
func FuzzClockKeysWalk(f *testing.F) {
	for _, s := range []string{"9時58分~10時07分", "9:58 - 10:07 a.m.", "10:30:15", "午後5時10分、12：30から1:05まで", "第12時:34", "す時：:", "ab時cdefgh12：34"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := clockKeys(s), clockKeysWalk(s)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("clockKeys(%q) = %v, want %v", s, got, want)
		}
	})
}

// isAttachmentLinkUpper is isAttachmentLink as it was: the line
// upper-cased, then searched for each marker. The oracle of
// FuzzAttachmentLink.
func isAttachmentLinkUpper(s string) bool {
	if strings.IndexByte(s, '(') < 0 && strings.IndexByte(s, '[') < 0 && !strings.Contains(s, "（") {
		return false
	}
	up := strings.ToUpper(s)
	for _, m := range []string{"(PDF", "（PDF", "[PDF", "(WORD", "(EXCEL", "(XLS", "(DOC"} {
		if strings.Contains(up, m) {
			return true
		}
	}
	return false
}

func FuzzAttachmentLink(f *testing.F) {
	for _, s := range []string{"概要(PDF形式:120KB)", "Annex (pdf)", "資料（ＰＤＦ）", "資料（pdf）", "(xlſ)", "[Pdf]", "(Word", "(EXCE", "((DOC", "（\xefPDF", "\xef（PDF", "(ＰDF", "ab(dOc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isAttachmentLink(s), isAttachmentLinkUpper(s); got != want {
			t.Fatalf("isAttachmentLink(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzClockKeysASCII: a text with as many characters as bytes (ASCII,
// invalid bytes counting one each) has no time of day but those with ':',
// which is all appendFactKeys looks for in such a body.
func FuzzClockKeysASCII(f *testing.F) {
	for _, s := range []string{"9:58 - 10:07 a.m.", "10時30分", "\x99\x9a12:30", "12\xe6\x99\x8230分", "1\xef\xbc\x9a05"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.RuneCountInString(s) != len(s) {
			return
		}
		if got, want := appendSepKeys(nil, s, colonByte), appendClockKeys(nil, s); !slices.Equal(got, want) {
			t.Fatalf("keys of %q by ':' alone %v, by every separator %v", s, got, want)
		}
	})
}
