package importtext

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"taiyaku/app/release"
)

// sampleCases are the real release pairs copied from /work/shared/samples.
var sampleCases = []string{"jp-uk-digital-2025", "jp-uk-digital-2025-flawed", "official-style-hierarchy"}

func loadSample(t testing.TB, name string) (ja, en string) {
	t.Helper()
	read := func(lang string) string {
		data, err := os.ReadFile(filepath.Join("testdata", "samples", name, lang+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	return read("ja"), read("en")
}

func TestSplit(t *testing.T) {
	type bl struct {
		Line int
		Text string
	}
	tests := []struct {
		name string
		in   string
		want []bl
	}{
		{"empty", "", nil},
		{"only newlines", "\n\n\r\n\r", nil},
		{"only spaces", " \t\n\u3000\u3000\n\u00a0\u00a0\r\n\uFEFF\n", nil},
		{"one line, no newline", "題名", []bl{{1, "題名"}}},
		{"one line with newline", "題名\n", []bl{{1, "題名"}}},
		{"blank lines keep numbers", "a\n\nb\n\n\nc\n", []bl{{1, "a"}, {3, "b"}, {6, "c"}}},
		{"leading blank lines", "\n\n題名", []bl{{3, "題名"}}},
		{"ideographic space trimmed", "\u3000本文です。\u3000\n", []bl{{1, "本文です。"}}},
		{"no-break space trimmed", "\u00a0Text\u00a0\u00a0\n", []bl{{1, "Text"}}},
		{"mixed spaces trimmed", " \t\u3000\u00a0（１）半導体\u00a0\u3000\t \n", []bl{{1, "（１）半導体"}}},
		{"inner spaces kept", "第１\u3000目的\n(1)\u00a0AI\n", []bl{{1, "第１\u3000目的"}, {2, "(1)\u00a0AI"}}},
		{"blank line of spaces", "a\n\u3000\u3000\nb", []bl{{1, "a"}, {3, "b"}}},
		{"CRLF", "a\r\n\r\nb\r\n", []bl{{1, "a"}, {3, "b"}}},
		{"CR", "a\r\rb\r", []bl{{1, "a"}, {3, "b"}}},
		{"mixed line ends", "a\nb\r\nc\rd", []bl{{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}}},
		{"CR then CRLF", "a\r\r\nb", []bl{{1, "a"}, {3, "b"}}},
		{"LF then CR", "a\n\rb", []bl{{1, "a"}, {3, "b"}}},
		{"byte-order mark trimmed", "\uFEFF題名\n本文", []bl{{1, "題名"}, {2, "本文"}}},
		{"breadcrumb indent", "1. ホーム\n  2. ニュースリリース\n", []bl{{1, "1. ホーム"}, {2, "2. ニュースリリース"}}},
		{"form feed is space", "\fa\f\n", []bl{{1, "a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []bl
			for _, b := range Split(tt.in) {
				got = append(got, bl{b.Line, b.Text})
				if b.Kind != "" {
					t.Errorf("Split set Kind %q on %q", b.Kind, b.Text)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q) =\n%v\nwant\n%v", tt.in, got, tt.want)
			}
		})
	}
}

// TestSplitSampleLines: every block of the samples keeps its 1-based line
// in the file.
func TestSplitSampleLines(t *testing.T) {
	for _, c := range sampleCases {
		ja, en := loadSample(t, c)
		for _, text := range []string{ja, en} {
			lines := splitLines(text)
			for _, b := range Split(text) {
				if b.Line < 1 || b.Line > len(lines) || trimLine(lines[b.Line-1]) != b.Text {
					t.Errorf("%s: block %q claims line %d", c, b.Text, b.Line)
				}
			}
		}
	}
}

func TestClassifySamples(t *testing.T) {
	type want struct {
		text string
		kind release.Kind
	}
	breadcrumbsJA := []string{"1. ホーム", "2. ニュースリリース", "3. バックナンバー", "4. 2025年度1月", "5. 日英デジタルパートナーシップ政務級会合を開催しました"}
	breadcrumbsEN := []string{"1. Home", "2. News Releases", "3. Back Issues", "4. January FY2025", "5. Ministerial-Level Meeting of Japan-UK Digital Partnership Held"}
	jpukJA := []want{
		{"日英デジタルパートナーシップ政務級会合を開催しました", release.Title},
		{"令和7年1月22日", release.Date},
		{"１．概要", release.Heading},
		{"写真1", release.Caption},
		{"２．共同声明の概要", release.Heading},
		{"（１）半導体", release.Heading},
		{"（２）AI", release.Heading},
		{"（３）将来の通信技術及び多様化", release.Heading},
		{"（４）サイバーレジリエンス", release.Heading},
		{"（５）データ", release.Heading},
		{"（６）デジタル・ガバメント・トランスフォーメーション", release.Heading},
		{"３．関連資料", release.Heading},
		{"４．関連リンク", release.Heading},
		{"担当", release.Heading},
		{"商務情報政策局 国際室", release.Contact},
	}
	jpukEN := []want{
		{"Ministerial-Level Meeting of Japan-UK Digital Partnership Held", release.Title},
		{"January 22, 2025", release.Date},
		{"1. Overview", release.Heading},
		{"写真1", release.Caption},
		{"2. Summary of the joint statement", release.Heading},
		{"(1)\u00a0Semiconductors", release.Heading},
		{"(2)\u00a0AI", release.Heading},
		{"(5)\u00a0Data", release.Heading},
		{"(6)\u00a0Digital government transformation", release.Heading},
		{"3. Related Materials", release.Heading},
		{"4. Related Links", release.Heading},
		{"Division in Charge", release.Heading},
		{"Office of International Affairs, Commerce and Information Policy Bureau", release.Contact},
	}
	tests := []struct {
		sample, lang string
		furniture    []string
		want         []want
	}{
		{"jp-uk-digital-2025", "ja", breadcrumbsJA, jpukJA},
		{"jp-uk-digital-2025", "en", breadcrumbsEN, append(jpukEN,
			want{"(3)\u00a0Future telecoms and diversification", release.Heading},
			want{"(4)\u00a0Cyber resilience", release.Heading},
		)},
		{"jp-uk-digital-2025-flawed", "ja", breadcrumbsJA, jpukJA},
		// In the flawed English, "(3) …" has lost its paragraph and is
		// followed by a sibling, so it reads as a list item: not checked.
		{"jp-uk-digital-2025-flawed", "en", breadcrumbsEN, append(jpukEN,
			want{"(5)\u00a0Cyber resilience", release.Heading},
		)},
		{"official-style-hierarchy", "ja", nil, []want{
			{"IoT製品セキュリティ適合性評価制度の相互承認に関する基本方針（概要）", release.Title},
			{"令和6年3月29日", release.Date},
			{"第１\u3000目的", release.Heading},
			{"第２\u3000基本的な考え方", release.Heading},
			{"１\u3000対象範囲", release.Heading},
			{"（１）対象製品", release.Heading},
			{"ア\u3000家庭用ルーター", release.Item},
			{"イ\u3000ネットワークカメラ", release.Item},
			{"ウ\u3000スマートスピーカー", release.Item},
			{"（２）対象外の製品", release.Heading},
			{"医療機器及び車載機器は、本方針の対象外とする。", release.Paragraph},
			{"２\u3000評価の手順", release.Heading},
			{"（１）申請", release.Heading},
			{"申請者は、次の書類を提出する。", release.Paragraph},
			{"①\u3000申請書", release.Item},
			{"③\u3000試験報告書", release.Item},
			{"（２）審査", release.Heading},
			{"第３\u3000今後の予定", release.Heading},
			{"令和6年度中に具体的な手続を定め、令和7年4月1日から運用を開始する。", release.Paragraph},
		}},
		{"official-style-hierarchy", "en", nil, []want{
			{"Basic Policy on Mutual Recognition of IoT Product Security Conformity Assessment Schemes (Summary)", release.Title},
			{"March 29, 2024", release.Date},
			{"Part 1 Purpose", release.Heading},
			{"Part 2 Basic Approach", release.Heading},
			{"1. Scope", release.Heading},
			{"(1) Covered products", release.Heading},
			{"(a) Home routers", release.Item},
			{"(c) Smart speakers", release.Item},
			{"(2) Excluded products", release.Heading},
			{"Medical devices and in-vehicle devices are outside the scope of this policy.", release.Paragraph},
			{"2. Assessment procedure", release.Heading},
			{"(1) Application", release.Heading},
			{"Applicants shall submit the following documents.", release.Paragraph},
			{"(i) Application form", release.Item},
			{"(iii) Test report", release.Item},
			{"(2) Review", release.Heading},
			{"Part 3 Next Steps", release.Heading},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.sample+"/"+tt.lang, func(t *testing.T) {
			ja, en := loadSample(t, tt.sample)
			text := ja
			if tt.lang == "en" {
				text = en
			}
			blocks := Split(text)
			Classify(blocks)
			kind := map[string]release.Kind{}
			for _, b := range blocks {
				if !b.Kind.Valid() {
					t.Errorf("block %q has invalid kind %q", b.Text, b.Kind)
				}
				kind[b.Text] = b.Kind
			}
			// Breadcrumbs first, then the title: the first content line.
			for i, f := range tt.furniture {
				if blocks[i].Text != f || blocks[i].Kind != release.Furniture {
					t.Errorf("block %d = %q (%s), want breadcrumb %q as furniture", i, blocks[i].Text, blocks[i].Kind, f)
				}
			}
			for _, b := range blocks[len(tt.furniture):] {
				if b.Kind == release.Furniture {
					t.Errorf("%q after the breadcrumb is furniture", b.Text)
				}
			}
			if first := blocks[len(tt.furniture)]; first.Kind != release.Title {
				t.Errorf("first content line %q is %s, want title", first.Text, first.Kind)
			}
			for _, w := range tt.want {
				got, ok := kind[w.text]
				if !ok {
					t.Errorf("no block %q", w.text)
					continue
				}
				if got != w.kind {
					t.Errorf("%q is %s, want %s", w.text, got, w.kind)
				}
			}
			// Exactly one title; the block after the contact heading is contact.
			titles := 0
			for i, b := range blocks {
				if b.Kind == release.Title {
					titles++
				}
				if (b.Text == "担当" || b.Text == "Division in Charge") && (i+1 >= len(blocks) || blocks[i+1].Kind != release.Contact) {
					t.Errorf("line after %q is not contact", b.Text)
				}
			}
			if titles != 1 {
				t.Errorf("%d titles, want 1", titles)
			}
		})
	}
}

// TestClassifyRules: the single-line rules on small hand-made editions.
func TestClassifyRules(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []release.Kind
	}{
		{"title then date", []string{"会合を開催しました", "令和7年1月22日"}, []release.Kind{release.Title, release.Date}},
		{"english date", []string{"Meeting Held", "January 22, 2025"}, []release.Kind{release.Title, release.Date}},
		{"captions", []string{"題名", "写真1", "図2\u3000推移", "Photo 3", "Figure 4: Trends", "表5"}, []release.Kind{release.Title, release.Caption, release.Caption, release.Caption, release.Caption, release.Caption}},
		{"caption word without number is no caption", []string{"題名", "写真について説明します。"}, []release.Kind{release.Title, release.Paragraph}},
		{"contact block", []string{"題名", "担当", "商務情報政策局 国際室", "電話：03-3501-1511"}, []release.Kind{release.Title, release.Heading, release.Contact, release.Contact}},
		{"english contact block", []string{"Title", "Division in Charge", "Trade Policy Bureau", "Tel: +81-3-3501-1511"}, []release.Kind{release.Title, release.Heading, release.Contact, release.Contact}},
		{"sentence is paragraph", []string{"題名", "本会合を開催した。"}, []release.Kind{release.Title, release.Paragraph}},
		{"short line is heading", []string{"題名", "今後の予定"}, []release.Kind{release.Title, release.Heading}},
		// chkstruct: page furniture in both languages, and numbered paragraphs.
		{"back links and page top", []string{"題名", "本文です。", "このページのトップへ戻る", "外務報道官談話へ戻る"}, []release.Kind{release.Title, release.Paragraph, release.Furniture, release.Furniture}},
		{"section label linked back", []string{"エネルギー安全保障", "題名", "本文です。", "エネルギー安全保障へ戻る"}, []release.Kind{release.Furniture, release.Title, release.Paragraph, release.Furniture}},
		{"section name at top", []string{"談話", "令和6年5月2日", "題名", "1 本日、会談しました。"}, []release.Kind{release.Furniture, release.Date, release.Title, release.Paragraph}},
		{"english furniture", []string{"Press Releases", "Title", "Related Link", "(* The foregoing is a provisional translation. The date indicated above denotes the date of issue.)", "Back to Press Releases"}, []release.Kind{release.Furniture, release.Title, release.Furniture, release.Furniture, release.Furniture}},
		{"language link and attachment", []string{"題名", "英語版 (English)", "概要(PDF形式:120KB)", "*Note: This is a provisional translation for reference purpose only."}, []release.Kind{release.Title, release.Furniture, release.Furniture, release.Furniture}},
		{"numbered section keeps its heading", []string{"題名", "１．概要", "本文です。", "４．関連リンク", "リンク先の説明"}, []release.Kind{release.Title, release.Heading, release.Paragraph, release.Heading, release.Heading}},
		{"a sentence that mentions a translation is text", []string{"題名", "外務省は、本日、協定の仮訳を作成し、関係国に送付するとともに、ウェブサイトに掲載することとしました。"}, []release.Kind{release.Title, release.Paragraph}},
		{"a date line with a translation note stays a date", []string{"Title", "May 2, 2024 (Provisional translation)"}, []release.Kind{release.Title, release.Date}},
		{"a numbered paragraph is no title", []string{"談話", "平成26年10月29日", "1 我が国は,選挙が平穏に行われたことを歓迎します。", "(参考1)最終結果"}, []release.Kind{release.Furniture, release.Date, release.Paragraph, release.Heading}},
		{"breadcrumb on one line", []string{"Home > Press Releases > Statements", "Title", "Body text here."}, []release.Kind{release.Furniture, release.Title, release.Paragraph}},
		{"bullets are items", []string{"題名", "- 日本は指名する。", "- 支持を求める。"}, []release.Kind{release.Title, release.Item, release.Item}},
		{"bullet breadcrumb", []string{"- ホーム", "- 談話等", "平成22年9月10日", "金融担当大臣談話"}, []release.Kind{release.Furniture, release.Furniture, release.Date, release.Title}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]Block, len(tt.lines))
			for i, l := range tt.lines {
				blocks[i] = Block{Text: l, Line: i + 1, Runes: runeCount(l)} // as Split counts them
			}
			Classify(blocks)
			var got []release.Kind
			for _, b := range blocks {
				got = append(got, b.Kind)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("kinds = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestClassifyEmpty(t *testing.T) {
	Classify(nil) // must not panic
	Classify([]Block{})
}

// TestSentenceEnd (chkstruct): a line ending in an abbreviation is no
// sentence, so "9:58 - 10:07 a.m." pairs with "9時58分~10時07分".
func TestSentenceEnd(t *testing.T) {
	for s, want := range map[string]bool{
		"本会合を開催した。":                   true,
		"The ministers met.":          true,
		"9:58 - 10:07 a.m.":           false,
		"Japan and the U.S.":          false,
		"Press Conference Room, METI": false,
		"The cost was 3 bn. etc.":     false,
		"He left at 5 p.m.":           false,
	} {
		if got := sentenceEnd(s); got != want {
			t.Errorf("sentenceEnd(%q) = %v, want %v", s, got, want)
		}
	}
}
