package textfacts

import (
	"math"
	"testing"
)

var numberTests = []struct {
	in   string
	lang Lang
	want string // values; "%" marks a percentage, "w" a word
}{
	// Width and separators.
	{"1,000", JA, "1000"},
	{"1，000", JA, "1000"},
	{"１，０００", JA, "1000"},
	{"1 000", EN, "1000"},
	{"1\u2009000", EN, "1000"}, // thin space
	{"1\u202f000", EN, "1000"}, // narrow no-break space
	{"1\u00a0000", EN, "1000"}, // no-break space
	{"12,345,678", EN, "12345678"},
	{"1,2,3", EN, "1 | 2 | 3"},
	{"in 2024, 100 companies", EN, "2024 | 100"},
	{"in 2024 100 companies", EN, "2024 | 100"},
	{"２０２５", JA, "2025"},
	{"2.5", EN, "2.5"},
	{"0.1", EN, "0.1"},
	{"version 1.2.3", EN, "1.2 | 3"},
	{"in 2024.", EN, "2024"},
	// Ranges give two numbers.
	{"3001~3004", JA, "3001 | 3004"},
	{"3001～3004", JA, "3001 | 3004"},
	{"3001〜3004", JA, "3001 | 3004"},
	{"3001-3004", EN, "3001 | 3004"},
	{"3001–3004", EN, "3001 | 3004"},
	{"2024-2025", EN, "2024 | 2025"},
	// Japanese units and English multipliers.
	{"1億", JA, "100000000"},
	{"3万人", JA, "30000"},
	{"1.5万", JA, "15000"},
	{"2億5000万円", JA, "250000000 JPY"},
	{"1,000万", JA, "10000000"},
	{"5千", JA, "5000"},
	{"100 million", EN, "100000000"},
	{"2.5 million", EN, "2500000"},
	{"3 billion", EN, "3000000000"},
	{"1.2 trillion yen", EN, "1200000000000 JPY"},
	{"5 thousand", EN, "5000"},
	{"one million", EN, "1000000w"},
	{"millions", EN, ""},
	// Kanji numerals used as numbers.
	{"三つ", JA, "3w"},
	{"十二", JA, "12w"},
	{"十二 ", JA, "12w"},
	{"二十", JA, "20w"},
	{"三千五百", JA, "3500w"},
	{"三省庁", JA, "3w"},
	{"二国間", JA, "2w"},
	{"五か国", JA, "5w"},
	{"一人", JA, "1w"},
	{"第三国", JA, "3w"},
	{"一億円", JA, "100000000w"},
	// Kanji numerals inside words.
	{"一方", JA, ""},
	{"一部", JA, ""},
	{"一層", JA, ""},
	{"一般", JA, ""},
	{"統一", JA, ""},
	{"同一", JA, ""},
	{"唯一", JA, ""},
	{"一体", JA, ""},
	{"一環", JA, ""},
	{"一連の", JA, ""},
	{"統一日", JA, ""},
	{"数十人", JA, ""},
	{"古賀友一郎", JA, ""},
	{"岸信千世", JA, ""},
	{"十分", JA, ""},
	{"四半期", JA, ""},
	{"第1四半期", JA, "1"},
	// English number words and ordinals, whole words only.
	{"three ministries", EN, "3w"},
	{"Three ministries", EN, "3w"},
	{"TWELVE", EN, "12w"},
	{"the first quarter", EN, "1w"},
	{"the tenth", EN, "10w"},
	{"someone", EN, ""},
	{"thirteen", EN, "13w"},
	{"often", EN, ""},
	{"oneself", EN, ""},
	// Percentages.
	{"50%", EN, "50%"},
	{"50 %", EN, "50%"},
	{"５０％", JA, "50%"},
	{"50 percent", EN, "50%"},
	{"50-percent", EN, "50%"},
	{"50 per cent", EN, "50%"},
	{"50パーセント", JA, "50%"},
	{"5割", JA, "50%"},
	{"五割", JA, "50%w"},
	{"2.5%", EN, "2.5%"},
	{"50 people", EN, "50"},
	// Numbers inside names.
	{"G7", EN, "7"},
	{"G20", EN, "20"},
	{"G7やOECD", JA, "7"},
	{"5G/6G", EN, "5 | 6"},
	{"Beyond 5G", EN, "5"},
	{"COVID-19", EN, "19"},
	{"22nd", EN, "22"},
	// Digits of dates, URLs, e-mail addresses and telephone numbers.
	{"2025年1月22日", JA, ""},
	{"令和7年1月22日（水）", JA, ""},
	{"January 22, 2025", EN, ""},
	{"2025-01-22", EN, ""},
	{"FY2024", EN, ""},
	{"FY2024-25", EN, ""},
	{"FY2024-2026", EN, "2026"},
	{"January 22 to 3 other dates", EN, "3"},
	{"https://www.meti.go.jp/press/2024/01/20250122001/20250122001.html", EN, ""},
	{"www.meti.go.jp/2024/", EN, ""},
	{"info2025@meti.go.jp", EN, ""},
	{"03-3501-1511", JA, "335011511"},
	{"+81-3-3501-1511", EN, "335011511"},
	{"+81 3 3501 1511", EN, "335011511"},
	{"０３－３５０１－１５１１", JA, "335011511"},
	{"0120-123-456", JA, "120123456"},
	{"+44 20 7946 0000", EN, "442079460000"},
	{"Tel: 03-3501-1511 (ext. 3961)", EN, "335011511 | 3961"},
	// Era years alone are numbers of the Gregorian year.
	{"令和6年", JA, "2024"},
	{"2024年", JA, "2024"},
	{"30日以内", JA, "30"},
	// Labels stay numbers (the caller strips them).
	{"1. Home", EN, "1"},
	{"（１）", JA, "1"},
	{"半導体", JA, ""},
}

func TestNumbers(t *testing.T) {
	tests := numberTests
	for _, tt := range tests {
		if got := join(numberStrings(tt.in, tt.lang)); got != tt.want {
			t.Errorf("Extract(%q, %s) numbers = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}

func TestNumberFields(t *testing.T) {
	ns := Extract("3万人と5割", JA, Context{}).Numbers
	want := []Number{{Value: 30000, Raw: "3万"}, {Value: 50, Raw: "5割", Unit: Percent}}
	if len(ns) != len(want) {
		t.Fatalf("numbers = %+v, want %+v", ns, want)
	}
	for i := range want {
		if ns[i] != want[i] {
			t.Errorf("number %d = %+v, want %+v", i, ns[i], want[i])
		}
	}
	// 100 million and 1億 are the same value.
	en := Extract("100 million", EN, Context{}).Numbers
	ja := Extract("1億", JA, Context{}).Numbers
	if len(en) != 1 || len(ja) != 1 || en[0].Value != ja[0].Value {
		t.Errorf("100 million = %+v, 1億 = %+v", en, ja)
	}
}

func TestFractions(t *testing.T) {
	cases := []struct {
		text string
		lang Lang
		want []float64
	}{
		{"補助率は2分の1以内", JA, []float64{0.5}},
		{"3分の2を補助する", JA, []float64{2.0 / 3}},
		{"up to one half", EN, []float64{0.5}},
		{"two thirds of the cost", EN, []float64{2.0 / 3}},
		{"a quarter of firms", EN, []float64{0.25}},
		{"half of the budget", EN, []float64{0.5}},
		{"the third meeting", EN, []float64{3}},
		{"one third", EN, []float64{1.0 / 3}},
	}
	for _, c := range cases {
		var got []float64
		for _, n := range Extract(c.text, c.lang, Context{}).Numbers {
			got = append(got, n.Value)
		}
		if len(got) != len(c.want) || (len(got) > 0 && math.Abs(got[0]-c.want[0]) > 1e-9) {
			t.Errorf("%q: numbers %v, want %v", c.text, got, c.want)
		}
	}
}

func TestFiscalRange(t *testing.T) {
	f := Extract("2024～2027年度の4年間", JA, Context{})
	if len(f.Dates) != 2 || !f.Dates[0].Fiscal || f.Dates[0].Year != 2024 || f.Dates[1].Year != 2027 || len(f.Numbers) != 1 {
		t.Fatalf("dates %+v numbers %+v", f.Dates, f.Numbers)
	}
	e := Extract("from FY2024 to FY2027", EN, Context{})
	if len(e.Dates) != 2 || !f.Dates[0].Matches(e.Dates[0]) || !f.Dates[1].Matches(e.Dates[1]) {
		t.Fatalf("English dates %+v", e.Dates)
	}
}

func TestMultiples(t *testing.T) {
	for _, c := range []struct {
		text string
		want float64
	}{{"raised to twice the amount", 2}, {"a threefold increase", 3}, {"doubled", 2}} {
		ns := Extract(c.text, EN, Context{}).Numbers
		if len(ns) != 1 || ns[0].Value != c.want || !ns[0].Word {
			t.Errorf("%q: %+v", c.text, ns)
		}
	}
}

// TestPlainDigitsAsFull holds plainDigits (and groupedDigits) to the full
// reading of a numeral wherever they answer, and checks they answer for
// the shapes they are for.
func TestPlainDigitsAsFull(t *testing.T) {
	texts := []string{"2025年", "22日", "25 countries", "4,951件", "12,026 in", "1 000 people",
		"1,000,000円", "1,000万円", "1,234.5", "2.5%", "3万", "1,00", "12,3456", "1,234,56",
		"123456789012345678901", "1,234,567,890,123,456,789", "7", "99,999.", "1,000 000", "0,001",
		"502億円", "1,000万ドル", "3万5000", "5千", "2億五千万", "1兆", "7万十", "8億 円", "9万万", "1,000億1"}
	for c := range 256 {
		texts = append(texts, "4,951"+string([]byte{byte(c)})+"1", "12"+string([]byte{byte(c)})+"345",
			"3万"+string([]byte{byte(c)})+"1", "3万\xe4"+string([]byte{byte(c)})+"\x80")
	}
	answered := 0
	for _, text := range texts {
		for i := range len(text) {
			if !isDigit(text[i]) {
				continue
			}
			var quick, full numScan
			okQuick := plainDigits(text, i, &quick)
			okFull := fullNumeral(text, i, &full)
			if okQuick {
				answered++
				if !okFull || quick != full {
					t.Fatalf("%q at %d: plainDigits %+v, full %+v (%v)", text, i, quick, full, okFull)
				}
			}
		}
	}
	for _, text := range []string{"4,951件", "12,026 in", "2025年", "502億円", "1,000万ドル"} {
		var ns numScan
		if !plainDigits(text, 0, &ns) {
			t.Errorf("plainDigits(%q) does not answer", text)
		}
	}
	if answered < 100 {
		t.Fatalf("plainDigits answered only %d times", answered)
	}
}
