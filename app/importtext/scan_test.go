package importtext

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"taiyaku/app/internal/swar"
)

var scanCases = []string{
	"", "abc\n", "経済産業省\r\n令和8年", "abcdefg\x00hij", "\x01\x02\x03\x04\x05\x06\x07\x08\x0b",
	"あいう\xe3\x81", "\xed\xa0\x80", "\xe0\x80\x80abc", "é€𝄞\t\f", "12345678\x1b経済\x00", "\xff", "\xef\xbf\xbd",
}

// scanText answers as the three passes it replaces do, on valid text.
func TestScanText(t *testing.T) {
	for _, s := range scanCases {
		checkScan(t, []byte(s))
	}
}

// scanPieces are the bytes the resumption after the first uncommon
// character must get right, whatever word boundaries fall among them.
var scanPieces = []string{"a", "\x01", "\x00", "\n", "経", "。", "é", "𠮷", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xe3", "\x81", "\xc1\x80", "\xed\xa0\x80"}

func TestScanTextPieces(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b []byte
		for range rng.IntN(24) {
			b = append(b, scanPieces[rng.IntN(len(scanPieces))]...)
		}
		checkScan(t, b)
	}
}

func FuzzScanText(f *testing.F) {
	for _, s := range scanCases {
		f.Add([]byte(s))
	}
	f.Fuzz(checkScan)
}

func checkScan(t *testing.T, data []byte) {
	valid, ctrl, nul := scanText(data)
	if valid != utf8.Valid(data) {
		t.Fatalf("scanText(%q) valid %v", data, valid)
	}
	if !valid {
		return
	}
	if want := controlBytes(data); ctrl != want {
		t.Errorf("scanText(%q) ctrl %d, want %d", data, ctrl, want)
	}
	if want := bytes.IndexByte(data, 0) >= 0; nul != want {
		t.Errorf("scanText(%q) nul %v, want %v", data, nul, want)
	}
}

func FuzzCountCommon(f *testing.F) {
	for _, s := range []string{"", "abc", "経済産業省", "\xe0\x80\x80", "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf", "é€𝄞", "\xe3\x81", "あ\xe0\x80\x80いう\xed\xa0\x80えお", "経済産業省\xe3\x81x", "abcdefg経", "\xc2\xa0\xc1\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := countCommon(s)
		if ok && (n != utf8.RuneCountInString(s) || !utf8.ValidString(s)) {
			t.Errorf("countCommon(%q) = %d, want %d (valid %v)", s, n, utf8.RuneCountInString(s), utf8.ValidString(s))
		}
		if !ok && utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x10000 || r >= 0x800 && r < 0x1000 || r >= 0xD000 && r < 0xE000 }) {
			t.Errorf("countCommon(%q) refused common text", s)
		}
	})
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", " ", "\u3000報道発表\u3000", "Back to Top", "ＡＢＣ", "経済\xe3\x81", "\u00a0x\u0085", "談話へ戻る", "Ⅰ", "\u2000a\u205f", "あ\xe3", "１．目的", "（Ａ）ｂ", "‐※", "\xe2\x80", "\xef\xbc", "Ｚ［", " Back To TOP ", "Print This Page\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimSpaces(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpaces(%q) = %q, want %q", s, got, want)
		}
		if got, want := fold(s), strings.ToLower(strings.TrimSpace(s)); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
		scratch := []byte("stale bytes of a line before")
		if got, want := foldScratch(s, &scratch), fold(s); got != want {
			t.Errorf("foldScratch(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzPageLinkAndNoteStart(f *testing.F) {
	for _, s := range []string{"", "▲top", "↑ page top ^", "print", " note", "（注）", "※", "注意", "notebook", "Ｎote", "\u3000(x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref := false
		for _, w := range pageLinkWords {
			ref = ref || strings.Trim(s, "▲↑^ ") == w
		}
		if got := isPageLink(s); got != ref {
			t.Errorf("isPageLink(%q) = %v, want %v", s, got, ref)
		}
		if got, want := mayStartNote(trimLeftSpaces(s)), isNoteStart(strings.ToLower(strings.TrimSpace(s))); got != want {
			t.Errorf("mayStartNote(%q) = %v, want %v", s, got, want)
		}
	})
}

// continuations counts as swar.Continuations does, past the 255 words
// after which its byte counters are summed too.
func FuzzContinuations(f *testing.F) {
	for _, s := range []string{"", "a", "経済産業省", "\x80\x80\x80\x80\x80\x80\x80\x80\x80", strings.Repeat("\xbf", 8*255+9), strings.Repeat("あ", 3000), "é€𝄞\xff\xc0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := continuations(s), swar.Continuations(s); got != want {
			t.Errorf("continuations(%q) = %d, want %d", s, got, want)
		}
	})
}
