package numbering

import (
	"reflect"
	"strings"
	"testing"
)

type parseCase struct {
	in     string
	style  Style
	ord    int
	raw    string
	body   string
	alt    Style // StyleNone when the label must be unambiguous
	altOrd int
}

var parseCases = []parseCase{
	// Part: 第 + number, with or without a counter word; English part words.
	{"第１　目的", StylePart, 1, "第１", "目的", "", 0},
	{"第1 目的", StylePart, 1, "第1", "目的", "", 0},
	{"第一　総則", StylePart, 1, "第一", "総則", "", 0},
	{"第十二条", StylePart, 12, "第十二条", "", "", 0},
	{"第1章　総則", StylePart, 1, "第1章", "総則", "", 0},
	{"第2節 対象", StylePart, 2, "第2節", "対象", "", 0},
	{"第3条\u00a0定義", StylePart, 3, "第3条", "定義", "", 0},
	{"第4項", StylePart, 4, "第4項", "", "", 0},
	{"Part 1 Purpose", StylePart, 1, "Part 1", "Purpose", "", 0},
	{"Chapter 2", StylePart, 2, "Chapter 2", "", "", 0},
	{"Section 3: Scope", StylePart, 3, "Section 3:", "Scope", "", 0},
	{"Article 4. Definitions", StylePart, 4, "Article 4.", "Definitions", "", 0},
	{"Part IV Outlook", StylePart, 4, "Part IV", "Outlook", "", 0},

	// Digit: both widths, then ．. 、 or a wide space (an ASCII space only after full-width).
	{"１．概要", StyleDigit, 1, "１．", "概要", "", 0},
	{"1. Overview", StyleDigit, 1, "1.", "Overview", "", 0},
	{"  2. News Releases", StyleDigit, 2, "2.", "News Releases", "", 0},
	{"１　対象範囲", StyleDigit, 1, "１", "対象範囲", "", 0},
	{"１ 対象範囲", StyleDigit, 1, "１", "対象範囲", "", 0},
	{"1\u3000対象", StyleDigit, 1, "1", "対象", "", 0},
	{"1\u00a0Overview", StyleDigit, 1, "1", "Overview", "", 0},
	{"1、概要", StyleDigit, 1, "1、", "概要", "", 0},
	{"1.概要", StyleDigit, 1, "1.", "概要", "", 0},
	{"12. Twelve", StyleDigit, 12, "12.", "Twelve", "", 0},
	{"３．", StyleDigit, 3, "３．", "", "", 0},

	// Paragraph numbers of web pages (chkstruct): a half-width digit and a
	// space before Japanese, a number running into a month, bullets.
	{"1 本7日,我が国政府は", StyleDigit, 1, "1", "本7日,我が国政府は", "", 0},
	{"1 11月30日に行われた", StyleDigit, 1, "1", "11月30日に行われた", "", 0},
	{"1 日・モンゴル首脳会談", StyleDigit, 1, "1", "日・モンゴル首脳会談", "", 0},
	{"1.10月26日,ウクライナ", StyleDigit, 1, "1.", "10月26日,ウクライナ", "", 0},
	{"2.2024年に", StyleDigit, 2, "2.", "2024年に", "", 0},
	{"1.本日、", StyleDigit, 1, "1.", "本日、", "", 0},
	{"- 日本は、", StyleBullet, 1, "-", "日本は、", "", 0},
	{"・日本は、", StyleBullet, 1, "・", "日本は、", "", 0},
	{"● Japan will", StyleBullet, 1, "●", "Japan will", "", 0},

	// Paren digit: (1) （１） （1） ⑴.
	{"（１）半導体", StyleParenDigit, 1, "（１）", "半導体", "", 0},
	{"(1)\u00a0Semiconductors", StyleParenDigit, 1, "(1)", "Semiconductors", "", 0},
	{"（1）対象", StyleParenDigit, 1, "（1）", "対象", "", 0},
	{"⑴　対象", StyleParenDigit, 1, "⑴", "対象", "", 0},
	{"⑽ 十", StyleParenDigit, 10, "⑽", "十", "", 0},

	// Digit paren: 1) １）.
	{"１）概要", StyleDigitParen, 1, "１）", "概要", "", 0},
	{"1) Scope", StyleDigitParen, 1, "1)", "Scope", "", 0},

	// Circled numbers in all three blocks.
	{"①　申請書", StyleCircled, 1, "①", "申請書", "", 0},
	{"②技術文書", StyleCircled, 2, "②", "技術文書", "", 0},
	{"⑳ x", StyleCircled, 20, "⑳", "x", "", 0},
	{"㉑ x", StyleCircled, 21, "㉑", "x", "", 0},
	{"㊱ x", StyleCircled, 36, "㊱", "x", "", 0},
	{"㊿", StyleCircled, 50, "㊿", "", "", 0},

	// Kana: gojūon first, iroha where gojūon would be implausibly far; イ is both.
	{"ア　家庭用ルーター", StyleKana, 1, "ア", "家庭用ルーター", "", 0},
	{"イ　ネットワークカメラ", StyleKana, 2, "イ", "ネットワークカメラ", StyleIroha, 1},
	{"ウ、スマートスピーカー", StyleKana, 3, "ウ、", "スマートスピーカー", "", 0},
	{"エ．対象", StyleKana, 4, "エ．", "対象", "", 0},
	{"ア\u00a0x", StyleKana, 1, "ア", "x", "", 0},
	{"ロ　定義", StyleIroha, 2, "ロ", "定義", "", 0},
	{"ハ 定義", StyleIroha, 3, "ハ", "定義", "", 0},
	{"カ　x", StyleKana, 6, "カ", "x", StyleIroha, 14},
	{"（ア）対象", StyleParenKana, 1, "（ア）", "対象", "", 0},
	{"(イ) 対象", StyleParenKana, 2, "(イ)", "対象", StyleParenIroha, 1},
	{"（ロ）対象", StyleParenIroha, 2, "（ロ）", "対象", "", 0},

	// Kanji numerals directly followed by the separator.
	{"一、総則", StyleKanji, 1, "一、", "総則", "", 0},
	{"十二、雑則", StyleKanji, 12, "十二、", "雑則", "", 0},
	{"二十一．附則", StyleKanji, 21, "二十一．", "附則", "", 0},
	{"三　今後の予定", StyleKanji, 3, "三", "今後の予定", "", 0},

	// Roman numerals: symbols, and letters with '.' or ')' (or a space when
	// the word cannot be English).
	{"Ⅲ　今後", StyleRoman, 3, "Ⅲ", "今後", "", 0},
	{"Ⅱ．背景", StyleRoman, 2, "Ⅱ．", "背景", "", 0},
	{"ⅲ x", StyleLowerRoman, 3, "ⅲ", "x", "", 0},
	{"I. Introduction", StyleRoman, 1, "I.", "Introduction", StyleUpper, 9},
	{"II. Background", StyleRoman, 2, "II.", "Background", "", 0},
	{"IV) Outlook", StyleRoman, 4, "IV)", "Outlook", "", 0},
	{"III Outlook", StyleRoman, 3, "III", "Outlook", "", 0},
	{"i. first", StyleLowerRoman, 1, "i.", "first", StyleLower, 9},

	// Letters, both widths.
	{"ａ　家庭用", StyleLower, 1, "ａ", "家庭用", "", 0},
	{"ｂ 対象", StyleLower, 2, "ｂ", "対象", "", 0},
	{"a. apples", StyleLower, 1, "a.", "apples", "", 0},
	{"b) bananas", StyleLower, 2, "b)", "bananas", "", 0},
	{"A. Background", StyleUpper, 1, "A.", "Background", "", 0},
	{"（ａ）対象", StyleParenLower, 1, "（ａ）", "対象", "", 0},
	{"(a) Home routers", StyleParenLower, 1, "(a)", "Home routers", "", 0},
	{"(b)", StyleParenLower, 2, "(b)", "", "", 0},
	{"(A) x", StyleParenUpper, 1, "(A)", "x", "", 0},

	// Paren roman, and the letters that are also roman numerals.
	{"(i) Application form", StyleParenRoman, 1, "(i)", "Application form", StyleParenLower, 9},
	{"（ｉ）申請書", StyleParenRoman, 1, "（ｉ）", "申請書", StyleParenLower, 9},
	{"(ii) Technical documentation", StyleParenRoman, 2, "(ii)", "Technical documentation", "", 0},
	{"(iv) x", StyleParenRoman, 4, "(iv)", "x", "", 0},
	{"(v) x", StyleParenRoman, 5, "(v)", "x", StyleParenLower, 22},
	{"(x) x", StyleParenRoman, 10, "(x)", "x", StyleParenLower, 24},
	{"(c) Smart speakers", StyleParenLower, 3, "(c)", "Smart speakers", StyleParenRoman, 100},
	{"(d) x", StyleParenLower, 4, "(d)", "x", StyleParenRoman, 500},
	{"(l) x", StyleParenLower, 12, "(l)", "x", StyleParenRoman, 50},
	{"(m) x", StyleParenLower, 13, "(m)", "x", StyleParenRoman, 1000},
	{"(I) x", StyleParenUpperRoman, 1, "(I)", "x", StyleParenUpper, 9},
	{"(II) x", StyleParenUpperRoman, 2, "(II)", "x", "", 0},
}

// notLabels start like labels but are prose, ordinals inside a sentence,
// numbers or words.
var notLabels = []string{
	"第3回日英デジタルパートナーシップ",
	"第1四半期の実績",
	"第三国への移転",
	"第1条の2",
	"2.5 million people",
	"3.14",
	"1.5",
	"１．５倍",
	"2024年7月、英国政府",
	"2024. Review",
	"30 days of review",
	"1 apple",
	"1",
	"I am pleased",
	"A new framework",
	"アメリカ合衆国",
	"ア",
	"一方、両国は",
	"十分な検討",
	"写真1",
	"IoT製品",
	"U.S. and Japan",
	"1.Overview",
	"Mr. Koga",
	// chkstruct: numbers that a space or a dot separate from what follows.
	"100 万円の予算",
	"3 月 5 日に開催",
	"2024 年 3 月",
	"1.5年間",
	"1.10 of the rules",
	"-日本振興銀行株式会社について-",
	"- ",
	"・",
	"— Minister Seko",
	"No. 5",
	"Ⅱ型糖尿病",
	"(2024) report",
	"(0) zero",
	"0. Zero",
	"(AI) governance",
	"(note) x",
	"Section 3.2 Scope",
	"Part one",
	"Home",
	"",
	"\u3000 ",
}

func TestParse(t *testing.T) {
	for _, c := range parseCases {
		l, ok := Parse(c.in)
		if !ok {
			t.Errorf("Parse(%q): no label", c.in)
			continue
		}
		if l.Style != c.style || l.Ordinal != c.ord || l.Raw != c.raw {
			t.Errorf("Parse(%q) = %s %d %q, want %s %d %q", c.in, l.Style, l.Ordinal, l.Raw, c.style, c.ord, c.raw)
		}
		if got := trimSpace(c.in[l.BodyAt:]); got != c.body {
			t.Errorf("Parse(%q): body at %d is %q, want %q", c.in, l.BodyAt, got, c.body)
		}
		checkAlt(t, c, l.Alt)
	}
}

func checkAlt(t *testing.T, c parseCase, alt *Label) {
	t.Helper()
	switch {
	case c.alt == StyleNone && alt != nil:
		t.Errorf("Parse(%q): unexpected Alt %s %d", c.in, alt.Style, alt.Ordinal)
	case c.alt != StyleNone && alt == nil:
		t.Errorf("Parse(%q): no Alt, want %s %d", c.in, c.alt, c.altOrd)
	case alt != nil && (alt.Style != c.alt || alt.Ordinal != c.altOrd || alt.Raw != c.raw):
		t.Errorf("Parse(%q): Alt = %s %d %q, want %s %d %q", c.in, alt.Style, alt.Ordinal, alt.Raw, c.alt, c.altOrd, c.raw)
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range notLabels {
		if l, ok := Parse(in); ok {
			t.Errorf("Parse(%q) = %s %d %q, want no label", in, l.Style, l.Ordinal, l.Raw)
		}
	}
}

func TestBody(t *testing.T) {
	tests := map[string]string{
		"  １．概要\u3000":            "概要",
		"(1)\u00a0Semiconductors": "Semiconductors",
		"\u3000担当 ":               "担当",
		"2024年7月、英国":              "2024年7月、英国",
	}
	for in, want := range tests {
		if got := Body(in); got != want {
			t.Errorf("Body(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, c := range parseCases {
		f.Add(c.in)
	}
	for _, in := range notLabels {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		l, ok := Parse(text)
		_ = Body(text)
		if !ok {
			return
		}
		trimmed := trimSpaceLeft(text)
		if l.Ordinal < 1 || l.Raw == "" || !strings.HasPrefix(trimmed, l.Raw) {
			t.Fatalf("Parse(%q) = %+v: bad ordinal or raw", text, l)
		}
		if start := len(text) - len(trimmed); l.BodyAt < start+len(l.Raw) || l.BodyAt > len(text) {
			t.Fatalf("Parse(%q): BodyAt %d outside [%d, %d]", text, l.BodyAt, start+len(l.Raw), len(text))
		}
		if a := l.Alt; a != nil && (a.Ordinal < 1 || a.Raw != l.Raw || a.BodyAt != l.BodyAt || a.Alt != nil) {
			t.Fatalf("Parse(%q): bad Alt %+v", text, *a)
		}
	})
}

// TestParseDoubled: a label typed twice ("1. 1.", an HTML list marker over a
// typed number) is read once, flagged, and the body starts after both.
func TestParseDoubled(t *testing.T) {
	cases := []struct {
		in      string
		doubled bool
		body    string
	}{
		{"1. 1. The Government of Japan", true, "The Government of Japan"},
		{"(1) (1) Scope", true, "Scope"},
		{"1. 2. Scope", false, "2. Scope"},
		{"1. 1.5 million people", false, "1.5 million people"},
		{"- - item", false, "- item"},
	}
	for _, c := range cases {
		l, ok := Parse(c.in)
		if !ok || l.Doubled != c.doubled || c.in[l.BodyAt:] != c.body {
			t.Errorf("Parse(%q) = %+v (ok %v), want doubled %v body %q", c.in, l, ok, c.doubled, c.body)
		}
	}
}

// FuzzParseDispatch: the parsers picked by the first character read what
// trying every parser reads.
func FuzzParseDispatch(f *testing.F) {
	for _, c := range parseCases {
		f.Add(c.in)
	}
	for _, in := range notLabels {
		f.Add(in)
	}
	for _, in := range []string{"第1章 総則", "一、概要", "十二．", "Part 2", "IV. Scope", "The Government", "経済産業省", "\u3000（１）", "a) item",
		"Chapter 3", "Section IV.", "Articles 5", "Iｖ. x", "Xｉ) y", "Did", "MIX.", "civil", "CIVIL.", "xviiii.", "十、", "百．", "四　", "本日", "〇．"} {
		f.Add(in)
	}
	all := func(string) []parser { return parsers }
	f.Fuzz(func(t *testing.T, text string) {
		got, gotOK := Parse(text)
		want, wantOK := parseWith(text, all)
		if gotOK != wantOK || !reflect.DeepEqual(got, want) {
			t.Fatalf("Parse(%q) = %+v %v, every parser gives %+v %v", text, got, gotOK, want, wantOK)
		}
	})
}

// FuzzTrimSpace: the fast paths trim as the rune-by-rune trims do.
func FuzzTrimSpace(f *testing.F) {
	for _, in := range []string{"", " a ", "\u3000担当\u3000", "\u00a0x\u00a0", "\xc2", "a\xa0", "\xe3\x80", "\t"} {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimSpace(s), strings.TrimFunc(s, isSpace); got != want {
			t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimSpaceLeft(s), strings.TrimLeftFunc(s, isSpace); got != want {
			t.Fatalf("trimSpaceLeft(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestBodyOf: with the label Analyze found, BodyOf gives Body.
func TestBodyOf(t *testing.T) {
	texts := []string{"第1章 総則", "１．概要", "（１）対象", "ア　目的", "The Government of Japan", "1. 1. Scope", "・項目", "IV. Scope", "経済産業省は"}
	for i, info := range Analyze(texts, nil) {
		if got, want := BodyOf(texts[i], info.Label), Body(texts[i]); got != want {
			t.Errorf("BodyOf(%q) = %q, want %q", texts[i], got, want)
		}
	}
}

// FuzzRomanValueFold: reading a word of one case without copying it gives
// what upper-casing it and building the canonical spelling gave.
func FuzzRomanValueFold(f *testing.F) {
	for _, s := range []string{"iv", "IV", "mcmxcix", "iiii", "ic", "xl", "MMMM", "vx", "the", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		up := strings.ToUpper(word)
		if word != up && word != strings.ToLower(word) || leadingLetters(word) != word {
			return // latinReadings reads ASCII letters (foldLetters), rejecting mixed case first
		}
		want, wantOK := 0, false
		v, rest := 0, up
		for _, rs := range romanSymbols {
			for strings.HasPrefix(rest, rs.symbol) {
				v += rs.value
				rest = rest[len(rs.symbol):]
			}
		}
		if rest == "" && v > 0 && v < 4000 && toRoman(v) == up {
			want, wantOK = v, true
		}
		lower := word != up
		if got, ok := romanValueFold(word, lower); got != want || ok != wantOK {
			t.Fatalf("romanValueFold(%q, %v) = %d %v, want %d %v", word, lower, got, ok, want, wantOK)
		}
	})
}

// TestKanaIndex: the tables give the position strings.IndexRune finds, for
// every rune of the kana blocks and around them.
func TestKanaIndex(t *testing.T) {
	for _, order := range []string{gojuon, iroha} {
		for r := rune(0x3000); r < 0x3200; r++ {
			want := 0
			if i := strings.IndexRune(order, r); i >= 0 {
				want = i/len("ア") + 1
			}
			if got := kanaIndex(order, r); got != want {
				t.Fatalf("kanaIndex(%U) = %d, want %d", r, got, want)
			}
		}
	}
}
