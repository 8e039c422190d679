package importtext

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// splitByLines is the reference Split must agree with: cut at the first
// CR or LF, CRLF as one break, trim with unicode.IsSpace and the BOM.
func splitByLines(text string) []Block {
	var out []Block
	line := 0
	for len(text) > 0 {
		line++
		var s string
		if i := strings.IndexAny(text, "\r\n"); i >= 0 {
			s = text[:i]
			if strings.HasPrefix(text[i:], "\r\n") {
				i++
			}
			text = text[i+1:]
		} else {
			s, text = text, ""
		}
		if s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }); s != "" {
			out = append(out, Block{Text: s, Line: line, Runes: utf8.RuneCountInString(s)})
		}
	}
	return out
}

var splitCases = []string{
	"", "a", "a\n", "a\r\nb", "a\rb\r\n\r\nc\n", "\n\n x \n", " \t\u3000題名\u00a0\r\n\uFEFFTitle\v\f",
	"\r\r\n\n\r", "x\r", "é\x85\n\xff", "one\ntwo\rthree\r\nfour",
	"日本語の文。\n\u3000😀 emoji \u0800\uD7FF\u00e9\n　全角　",
	"行\r\n\r\n 二行目 \r\rx\n\r\u3000y\u00a0\r\n", "12345678\n1234567\r\n123456789\r\n経済産業省\r\n",
}

func TestSplitAsLines(t *testing.T) {
	for _, s := range splitCases {
		if got, want := Split(s), splitByLines(s); !equalBlocks(got, want) {
			t.Errorf("Split(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range splitCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Split(s), splitByLines(s); !equalBlocks(got, want) {
			t.Errorf("Split(%q) = %+v, want %+v", s, got, want)
		}
		if got, want := Split(s), splitLong(s); !equalBlocks(got, want) { // the walk of a text past 2 GiB
			t.Errorf("Split(%q) = %+v, splitLong %+v", s, got, want)
		}
		if utf8.ValidString(s) { // as decode reads a file: from the line ends it noted
			sc := scanLines([]byte(s), true)
			if got, want := split(source{s, &sc}), Split(s); !equalBlocks(got, want) {
				t.Errorf("split(scanned %q) = %+v, Split %+v", s, got, want)
			}
		}
	})
}

// equalBlocks compares block lists, an empty list equal to none.
func equalBlocks(a, b []Block) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}

// acronymsByFields is the reference for Acronyms: words by FieldsFunc,
// then counted.
func acronymsByFields(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !(r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9'))
	}) {
		upper, lower, digit := 0, 0, 0
		for i := 0; i < len(w); i++ {
			switch c := w[i]; {
			case c >= 'A' && c <= 'Z':
				upper++
			case c >= 'a' && c <= 'z':
				lower++
			default:
				digit++
			}
		}
		letters := upper + lower
		if upper >= 2 || (digit > 0 && letters > 0) || (upper == 1 && lower > 0 && w[0] >= 'a' && w[0] <= 'z') {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

var acronymCases = []string{"", "DFFT and G7, IoT; 5G", "iPhone Apple APPLE a1 1a 12 x", "経済産業省(METI)とＤＦＦＴ", "R&D U.S. eVTOL"}

func FuzzAcronyms(f *testing.F) {
	for _, s := range acronymCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Acronyms(s), acronymsByFields(s); !reflect.DeepEqual(got, want) {
			t.Errorf("Acronyms(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzRuneCount(f *testing.F) {
	for _, s := range []string{"", "abc", "経済産業省", "\xe0\x80\x80", "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf", "é€𝄞", "\xe3\x81", "あ\xe0\x80\x80いう\xed\xa0\x80えお", "経済産業省\xe3\x81x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	})
}

func FuzzContainsKariyaku(f *testing.F) {
	for _, s := range []string{"", "仮訳", "（仮訳）", "\xbb\xae\xe8\xa8\xb3", "x\xbb\xae\xe8\xa8\xb3仮訳", "仮 訳", "\xe4\xe4\xbb\xae\xe8\xa8\xb3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := containsKariyaku(s), strings.Contains(s, "仮訳"); got != want {
			t.Errorf("containsKariyaku(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzDecodeSplit: an edition decode read and noted the lines of (a
// byte-order mark dropped first) splits as its text does.
func FuzzDecodeSplit(f *testing.F) {
	for _, s := range splitCases {
		f.Add([]byte(s))
	}
	f.Add([]byte("\xef\xbb\xbf題名\r\n\r\n本文\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := decode(data, false)
		if err != nil || src.scan == nil {
			return
		}
		if got, want := split(src), Split(src.text); !equalBlocks(got, want) {
			t.Errorf("split(decode(%q)) = %+v, Split %+v", data, got, want)
		}
		lines := 0 // room for the blocks: the lines not empty
		eachScannedLine(src.text, src.scan, func(pos, end, _, _ int) {
			if pos < end {
				lines++
			}
		})
		if room := nonEmptyLines(len(src.text), src.scan.ends); room != lines {
			t.Errorf("nonEmptyLines(decode(%q)) = %d, want %d", data, room, lines)
		}
	})
}
