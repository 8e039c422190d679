package check

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFirstLastSpace holds firstSpace and lastSpace to decoding, over
// every string of up to four bytes made of the bytes that start or end
// spaces, kana, kanji and broken characters, alone and after or before
// other text.
func TestFirstLastSpace(t *testing.T) {
	bytes := []byte{0x09, 0x0A, 0x20, 0x41, 0x80, 0x81, 0x82, 0x85, 0x8A, 0x8B, 0x9A, 0x9F, 0xA0, 0xA8, 0xAF, 0xBF, 0xC2, 0xE1, 0xE2, 0xE3, 0xE4, 0xED, 0xEF, 0xF0}
	var all func(prefix []byte, n int)
	check := func(s string) {
		first, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		if got, want := firstSpace(s), unicode.IsSpace(first); got != want {
			t.Fatalf("firstSpace(%q) = %v, want %v", s, got, want)
		}
		if got, want := lastSpace(s), unicode.IsSpace(last); got != want {
			t.Fatalf("lastSpace(%q) = %v, want %v", s, got, want)
		}
	}
	all = func(prefix []byte, n int) {
		if len(prefix) > 0 {
			for _, s := range []string{string(prefix), "あ" + string(prefix), string(prefix) + "あ", "a" + string(prefix)} {
				check(s)
			}
		}
		if n == 0 {
			return
		}
		for _, b := range bytes {
			all(append(prefix, b), n-1)
		}
	}
	all(nil, 4)
	for r := rune(0); r < 0x10000; r++ {
		s := string(r)
		check(s)
		check("x" + s)
	}
}

// FuzzTrimSpace holds trimSpace, which the untranslated check now uses
// too, to strings.TrimSpace.
func FuzzTrimSpace(f *testing.F) {
	for _, s := range []string{"", " a ", "\u3000あ", "あ\u00a0", "\xe3\x80", "。", "a\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
