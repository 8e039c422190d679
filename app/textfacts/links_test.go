package textfacts

import (
	"slices"
	"strings"
	"testing"
)

var urlTests = []struct {
	in   string
	want []string
}{
	{"https://www.meti.go.jp/press/2024/01/20250122001/20250122001.html", []string{"https://www.meti.go.jp/press/2024/01/20250122001/20250122001.html"}},
	{"詳細はhttps://www.meti.go.jp/english/を参照。", []string{"https://www.meti.go.jp/english/"}},
	{"（https://www.meti.go.jp/）", []string{"https://www.meti.go.jp"}},
	{"(see https://www.meti.go.jp/press/).", []string{"https://www.meti.go.jp/press/"}},
	{"HTTPS://WWW.METI.GO.JP/Press/X.html.", []string{"https://www.meti.go.jp/Press/X.html"}},
	{"ｈｔｔｐｓ：／／ｗｗｗ．ｍｅｔｉ．ｇｏ．ｊｐ／", []string{"https://www.meti.go.jp"}},
	{"https://en.wikipedia.org/wiki/G7_(group), and", []string{"https://en.wikipedia.org/wiki/G7_(group)"}},
	{"http://example.go.jp/a?b=1&c=2#top;", []string{"http://example.go.jp/a?b=1&c=2#top"}},
	{"Visit www.digital.go.jp/en, or", []string{"www.digital.go.jp/en"}},
	{"WWW.Digital.GO.jp", []string{"www.digital.go.jp"}},
	{"お問い合わせ：info@meti.go.jp。", []string{"info@meti.go.jp"}},
	{"Contact: Info.Desk@METI.go.jp.", []string{"Info.Desk@meti.go.jp"}},
	{"ｉｎｆｏ＠ｍｅｔｉ．ｇｏ．ｊｐ", []string{"info@meti.go.jp"}},
	{"a@b and x@y.z and me@host.jp", []string{"me@host.jp"}},
	{"two: https://a.go.jp and https://b.go.jp/x", []string{"https://a.go.jp", "https://b.go.jp/x"}},
	{"no link here: www. and http:// alone", nil},
	{"@ alone", nil},
}

func TestURLs(t *testing.T) {
	tests := urlTests
	for _, tt := range tests {
		for _, lang := range []Lang{JA, EN} {
			if got := Extract(tt.in, lang, Context{}).URLs; !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q, %s).URLs = %q, want %q", tt.in, lang, got, tt.want)
			}
		}
	}
}

var latinTests = []struct {
	in   string
	want []string
}{
	{"信頼性のある自由なデータ流通（DFFT）", []string{"DFFT"}},
	{"G7やOECD等の多国間の場", []string{"G7", "OECD"}},
	{"Open RANを通じた", []string{"Open RAN"}},
	{"IoT製品セキュリティ", []string{"IoT"}},
	{"国際的なAIガバナンス", []string{"AI"}},
	{"Beyond 5G/6G分野", []string{"Beyond 5G/6G"}},
	{"ＡＩ及びＩｏＴ", []string{"AI", "IoT"}},
	{"R&Dの推進", []string{"R&D"}},
	{"R & D", []string{"R & D"}},
	{"COVID-19対策", []string{"COVID-19"}},
	{"G7 2025年", []string{"G7"}},
	{"2025 Osaka", []string{"Osaka"}},
	{"U.K.の", []string{"U.K"}},
	{"写真1", nil},
	{"1. ホーム", nil},
	{"1,000人", nil},
	{"R7.1.22に", nil},
	{"詳細はhttps://www.meti.go.jp/english/を参照", nil},
	{"連絡先：info@meti.go.jp（DX室）", []string{"DX"}},
	{"03-3501-1511", nil},
}

func TestLatin(t *testing.T) {
	tests := latinTests
	for _, tt := range tests {
		if got := Extract(tt.in, JA, Context{}).Latin; !slices.Equal(got, tt.want) {
			t.Errorf("Extract(%q, JA).Latin = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Extract("G7 and OECD", EN, Context{}).Latin; got != nil {
		t.Errorf("English Latin = %q, want nil", got)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain ASCII", "plain ASCII"},
		{"２０２５年", "2025年"},
		{"（１）\u3000半導体", "(1) 半導体"},
		{"(1)\u00a0Semiconductors", "(1) Semiconductors"},
		{"a\u2009b\u202fc\u2003d\te", "a b c d e"},
		{"3001～3004 3001〜3004", "3001~3004 3001~3004"},
		{"3001–3004 a—b c―d 1−2", "3001-3004 a-b c-d 1-2"},
		{"ｶﾀｶﾅ", "カタカナ"},
		{"ｶﾞ", "ガ"},
		{"㍻", "平成"},
		{"①", "1"},
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"e\u200b\u0301", "é"},
		{"line\nbreak", "line\nbreak"},
		{"ー・「」", "ー・「」"},
	}
	for _, tt := range tests {
		got := Normalize(tt.in)
		if got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := Normalize(got); again != got {
			t.Errorf("Normalize is not idempotent on %q: %q", got, again)
		}
		if slow := slowNormalize(tt.in); slow != got {
			t.Errorf("fast path %q differs from NFKC path %q", got, slow)
		}
	}
}

func TestWWWDot(t *testing.T) {
	for _, s := range []string{"", ".", "www", "www.", "a www.b", "WWW.x", "Www.x", "ww.w.", "..www", "x.www.y", "see www.go.jp."} {
		want := strings.Contains(s, "www.") || strings.Contains(s, "WWW.")
		if got := wwwDot(s); got != want {
			t.Errorf("wwwDot(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFirstLinkStart checks that findLinks skips no byte where a link may
// start: before firstLinkStart there is no '@', no scheme and no "www."
// in any case.
func TestFirstLinkStart(t *testing.T) {
	texts := append(fuzzSeeds(t), corpusFiles(t)...)
	for _, w := range []string{"www.", "WWW.", "Www.", "wWw.", "http://", "HTTPS://", "hTtPs://", "a@b.jp", "ww.", "://"} {
		for _, pre := range []string{"", "a", "詳細は", "x www ", "12345 "} {
			texts = append(texts, pre+w+"example.go.jp", pre+w+"x @ y.com https://z.jp", pre+"mail@x.jp "+w)
		}
	}
	for _, s := range texts {
		mail, scheme := strings.IndexByte(s, '@'), strings.Index(s, "://")
		start := firstLinkStart(s, mail, scheme)
		for i := 0; i < start; i++ {
			if s[i] == '@' || hasSchemeAt(s, i) || i+4 <= len(s) && strings.EqualFold(s[i:i+4], "www.") {
				t.Fatalf("%q: a link may start at %d, before %d", s, i, start)
			}
		}
	}
}
