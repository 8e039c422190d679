package numbering

import "testing"

// parseAs parses text and, when as is not StyleNone, takes the reading of
// that style, as Resolve would have decided it.
func parseAs(t *testing.T, text string, as Style) Label {
	t.Helper()
	l, ok := Parse(text)
	if !ok {
		t.Fatalf("Parse(%q): no label", text)
	}
	if as != StyleNone && as != l.Style {
		if l.Alt == nil || l.Alt.Style != as {
			t.Fatalf("Parse(%q) = %s, has no %s reading", text, l.Style, as)
		}
		l = *l.Alt
	}
	l.Alt = nil
	return l
}

func TestRelabel(t *testing.T) {
	tests := []struct {
		text    string
		as      Style // the reading to relabel; StyleNone for Parse's first one
		ordinal int
		want    string
	}{
		// Digits keep their width and punctuation.
		{"（４）半導体", "", 5, "（５）"},
		{"(5)\u00a0Cyber resilience", "", 4, "(4)"},
		{"（1）対象", "", 2, "（2）"},
		{"１．概要", "", 2, "２．"},
		{"1. Overview", "", 2, "2."},
		{"9. Nine", "", 10, "10."},
		{"１　対象範囲", "", 2, "２"},
		{"１　対象範囲", "", 12, "１２"},
		{"1、概要", "", 3, "3、"},
		{"10) Ten", "", 11, "11)"},
		{"１）概要", "", 2, "２）"},
		{"12. Twelve", "", 3, "3."},

		// Enclosed numbers, and what lies past their blocks.
		{"⑴　対象", "", 2, "⑵"},
		{"⒇　対象", "", 19, "⒆"},
		{"⒇　対象", "", 21, "(21)"},
		{"①　申請書", "", 2, "②"},
		{"⑳ x", "", 21, "㉑"},
		{"㉟ x", "", 36, "㊱"},
		{"㊿ x", "", 49, "㊾"},
		{"①、申請書", "", 51, "(51)、"},

		// Kana in either order, bare or bracketed.
		{"ア　家庭用ルーター", "", 2, "イ"},
		{"ウ、スマートスピーカー", "", 1, "ア、"},
		{"イ　定義", StyleIroha, 2, "ロ"},
		{"ロ　定義", "", 3, "ハ"},
		{"（ア）対象", "", 2, "（イ）"},
		{"(ア) 対象", "", 3, "(ウ)"},
		{"（イ）対象", StyleParenIroha, 3, "（ハ）"},
		{"ア　x", "", 46, "ン"},
		{"ア　x", "", 47, "４７"},
		{"ウ、スマートスピーカー", "", 47, "４７、"},
		{"（ア）対象", "", 47, "（４７）"},
		{"イ　定義", StyleIroha, 47, "ス"},

		// Parts: 第 with digits or kanji, and English part words.
		{"第１　目的", "", 2, "第２"},
		{"第１　目的", "", 10, "第１０"},
		{"第1 目的", "", 2, "第2"},
		{"第一　総則", "", 2, "第二"},
		{"第一　総則", "", 12, "第十二"},
		{"第十二条", "", 21, "第二十一条"},
		{"第1章　総則", "", 2, "第2章"},
		{"第一　総則", "", 222, "第２２２"},
		{"Part 1 Purpose", "", 2, "Part 2"},
		{"Chapter 3", "", 4, "Chapter 4"},
		{"Section 3: Scope", "", 4, "Section 4:"},
		{"Article 4. Definitions", "", 5, "Article 5."},
		{"Part\u00a01 Purpose", "", 2, "Part\u00a02"},
		{"Part IV Outlook", "", 5, "Part V"},

		// Letters keep their case and width.
		{"(a) Home routers", "", 2, "(b)"},
		{"ａ　家庭用", "", 2, "ｂ"},
		{"（ａ）対象", "", 3, "（ｃ）"},
		{"(A) x", "", 2, "(B)"},
		{"A. Background", "", 2, "B."},
		{"b) bananas", "", 1, "a)"},
		{"(i) x", StyleParenLower, 10, "(j)"},
		{"(z) x", StyleParenLower, 27, "(27)"},
		{"a. apples", "", 27, "27."},
		{"b) bananas", "", 27, "27)"},
		{"ａ　家庭用", "", 27, "２７"},

		// Roman numerals: letters and symbols.
		{"(i) Application form", "", 2, "(ii)"},
		{"(i) Application form", "", 10, "(x)"},
		{"（ｉ）申請書", "", 4, "（ｉｖ）"},
		{"(I) x", "", 3, "(III)"},
		{"i. first", "", 2, "ii."},
		{"I. Introduction", "", 2, "II."},
		{"IV) Outlook", "", 9, "IX)"},
		{"III Outlook", "", 4, "IV"},
		{"Ⅰ　総論", "", 2, "Ⅱ"},
		{"Ⅱ．背景", "", 12, "Ⅻ．"},
		{"Ⅻ　x", "", 13, "ＸＩＩＩ"},
		{"ⅲ x", "", 1, "ⅰ"},
		{"ⅲ x", "", 14, "ｘｉｖ"},

		// Kanji numerals.
		{"一、総則", "", 2, "二、"},
		{"一、総則", "", 10, "十、"},
		{"一、総則", "", 20, "二十、"},
		{"二十一．附則", "", 99, "九十九．"},
		{"三　今後の予定", "", 105, "百五"},
		{"三　今後の予定", "", 222, "２２２"},

		// Out of range: the label stays as typed.
		{"（４）半導体", "", 0, "（４）"},
		{"（４）半導体", "", -3, "（４）"},
		{"（４）半導体", "", 1000, "（４）"},
	}
	for _, tt := range tests {
		l := parseAs(t, tt.text, tt.as)
		if got := Relabel(l, tt.ordinal); got != tt.want {
			t.Errorf("Relabel(%q %s, %d) = %q, want %q", l.Raw, l.Style, tt.ordinal, got, tt.want)
		}
	}
}

// roundTrips are labelled texts, one or more per style and form. For each
// ordinal 1..12 the relabelled text must parse back to the same style with
// that ordinal (as its first reading or as its Alt, which Resolve settles).
var roundTrips = []struct {
	text string
	as   Style
}{
	{"第１　目的", ""},
	{"第1 目的", ""},
	{"第一　総則", ""},
	{"第十二条", ""},
	{"第1章　総則", ""},
	{"Part 1 Purpose", ""},
	{"Chapter 2", ""},
	{"Section 3: Scope", ""},
	{"Part IV Outlook", ""},
	{"１．概要", ""},
	{"1. Overview", ""},
	{"１　対象範囲", ""},
	{"１ 対象範囲", ""},
	{"1\u3000対象", ""},
	{"1、概要", ""},
	{"（１）半導体", ""},
	{"(1)\u00a0Semiconductors", ""},
	{"（1）対象", ""},
	{"⑴　対象", ""},
	{"１）概要", ""},
	{"1) Scope", ""},
	{"①　申請書", ""},
	{"②技術文書", ""},
	{"ア　家庭用ルーター", ""},
	{"ウ、スマートスピーカー", ""},
	{"エ．対象", ""},
	{"イ　定義", StyleIroha},
	{"ロ　定義", ""},
	{"（ア）対象", ""},
	{"(イ) 対象", ""},
	{"（ロ）対象", ""},
	{"一、総則", ""},
	{"三　今後の予定", ""},
	{"二十一．附則", ""},
	{"Ⅲ　今後", ""},
	{"Ⅱ．背景", ""},
	{"ⅲ x", ""},
	{"I. Introduction", ""},
	{"II. Background", ""},
	{"IV) Outlook", ""},
	{"i. first", ""},
	{"ａ　家庭用", ""},
	{"ｂ 対象", ""},
	{"a. apples", ""},
	{"b) bananas", ""},
	{"A. Background", ""},
	{"（ａ）対象", ""},
	{"(a) Home routers", ""},
	{"(A) x", ""},
	{"(i) Application form", ""},
	{"(i) x", StyleParenLower},
	{"（ｉ）申請書", ""},
	{"(ii) Technical documentation", ""},
	{"(I) x", ""},
}

func TestRelabelRoundTrip(t *testing.T) {
	for _, rt := range roundTrips {
		l := parseAs(t, rt.text, rt.as)
		for n := 1; n <= 12; n++ {
			text, ok := RelabelText(rt.text, l, n)
			if !ok {
				t.Fatalf("RelabelText(%q, %q): label not found", rt.text, l.Raw)
			}
			got, ok := Parse(text)
			switch {
			case !ok:
				t.Errorf("%q at %d: %q has no label", rt.text, n, text)
			case got.Style == l.Style && got.Ordinal == n:
			case got.Alt != nil && got.Alt.Style == l.Style && got.Alt.Ordinal == n:
			default:
				t.Errorf("%q at %d: %q parses as %s, want %s %d", rt.text, n, text, reading(&got), l.Style, n)
			}
			if got.BodyAt < len(text) && text[got.BodyAt:] != rt.text[l.BodyAt:] {
				t.Errorf("%q at %d: body %q, want %q", rt.text, n, text[got.BodyAt:], rt.text[l.BodyAt:])
			}
		}
	}
}

func TestRelabelText(t *testing.T) {
	tests := []struct {
		text    string
		ordinal int
		want    string
	}{
		{"（５）\u3000データ（５）", 4, "（４）\u3000データ（５）"},
		{"  (5)\u00a0Cyber resilience", 4, "  (4)\u00a0Cyber resilience"},
		{"\u3000ア　家庭用", 3, "\u3000ウ　家庭用"},
		{"３．", 1, "１．"},
	}
	for _, tt := range tests {
		l, ok := Parse(tt.text)
		if !ok {
			t.Fatalf("Parse(%q): no label", tt.text)
		}
		if got, ok := RelabelText(tt.text, l, tt.ordinal); !ok || got != tt.want {
			t.Errorf("RelabelText(%q, %d) = %q %v, want %q", tt.text, tt.ordinal, got, ok, tt.want)
		}
	}
	if got, ok := RelabelText("(2) y", Label{Style: StyleParenDigit, Ordinal: 1, Raw: "(9)"}, 3); ok || got != "(2) y" {
		t.Errorf("RelabelText with a foreign label = %q %v, want the text unchanged and false", got, ok)
	}
	if got := Relabel(Label{Style: StyleParenDigit, Raw: "(x)"}, 2); got != "(x)" {
		t.Errorf("Relabel of a label that does not match its style = %q, want it unchanged", got)
	}
}

// TestRelabelIdentity relabels every parse case with its own ordinal, which
// must give the label back as typed, and with every ordinal up to 1000,
// which must not fail.
func TestRelabelIdentity(t *testing.T) {
	for _, c := range parseCases {
		l, _ := Parse(c.in)
		readings := []Label{l}
		if l.Alt != nil {
			readings = append(readings, *l.Alt)
		}
		for _, r := range readings {
			if got := Relabel(r, r.Ordinal); got != r.Raw {
				t.Errorf("Relabel(%q %s, %d) = %q, want it unchanged", r.Raw, r.Style, r.Ordinal, got)
			}
			for n := 1; n <= 1000; n++ {
				if got := Relabel(r, n); got == "" {
					t.Errorf("Relabel(%q %s, %d) is empty", r.Raw, r.Style, n)
				}
			}
		}
	}
}
