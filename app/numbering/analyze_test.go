package numbering

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// headingRunes is the length below which a test block may carry a label;
// longer blocks are prose, as the checker will decide.
const headingRunes = 60

// loadBlocks reads a sample as one block per non-empty trimmed line.
func loadBlocks(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	for line := range strings.Lines(string(data)) {
		if line = trimSpace(strings.TrimRight(line, "\r\n")); line != "" {
			blocks = append(blocks, line)
		}
	}
	return blocks
}

func headings(blocks []string) []bool {
	h := make([]bool, len(blocks))
	for i, b := range blocks {
		h[i] = utf8.RuneCountInString(b) < headingRunes
	}
	return h
}

// want is the expected analysis of one labelled block, found by its prefix.
type want struct {
	prefix string
	style  Style
	level  int
	path   []int
}

var officialJa = []want{
	{"第１　目的", StylePart, 1, []int{1}},
	{"第２　基本的な考え方", StylePart, 1, []int{2}},
	{"１　対象範囲", StyleDigit, 2, []int{2, 1}},
	{"（１）対象製品", StyleParenDigit, 3, []int{2, 1, 1}},
	{"ア　家庭用ルーター", StyleKana, 4, []int{2, 1, 1, 1}},
	{"イ　ネットワークカメラ", StyleKana, 4, []int{2, 1, 1, 2}},
	{"ウ　スマートスピーカー", StyleKana, 4, []int{2, 1, 1, 3}},
	{"（２）対象外の製品", StyleParenDigit, 3, []int{2, 1, 2}},
	{"２　評価の手順", StyleDigit, 2, []int{2, 2}},
	{"（１）申請", StyleParenDigit, 3, []int{2, 2, 1}},
	{"①　申請書", StyleCircled, 4, []int{2, 2, 1, 1}},
	{"②　技術文書", StyleCircled, 4, []int{2, 2, 1, 2}},
	{"③　試験報告書", StyleCircled, 4, []int{2, 2, 1, 3}},
	{"（２）審査", StyleParenDigit, 3, []int{2, 2, 2}},
	{"第３　今後の予定", StylePart, 1, []int{3}},
}

var officialEn = []want{
	{"Part 1 Purpose", StylePart, 1, []int{1}},
	{"Part 2 Basic Approach", StylePart, 1, []int{2}},
	{"1. Scope", StyleDigit, 2, []int{2, 1}},
	{"(1) Covered products", StyleParenDigit, 3, []int{2, 1, 1}},
	{"(a) Home routers", StyleParenLower, 4, []int{2, 1, 1, 1}},
	{"(b) Network cameras", StyleParenLower, 4, []int{2, 1, 1, 2}},
	{"(c) Smart speakers", StyleParenLower, 4, []int{2, 1, 1, 3}},
	{"(2) Excluded products", StyleParenDigit, 3, []int{2, 1, 2}},
	{"2. Assessment procedure", StyleDigit, 2, []int{2, 2}},
	{"(1) Application", StyleParenDigit, 3, []int{2, 2, 1}},
	{"(i) Application form", StyleParenRoman, 4, []int{2, 2, 1, 1}},
	{"(ii) Technical documentation", StyleParenRoman, 4, []int{2, 2, 1, 2}},
	{"(iii) Test report", StyleParenRoman, 4, []int{2, 2, 1, 3}},
	{"(2) Review", StyleParenDigit, 3, []int{2, 2, 2}},
	{"Part 3 Next Steps", StylePart, 1, []int{3}},
}

var jpUKJa = []want{
	{"１．概要", StyleDigit, 1, []int{1}},
	{"２．共同声明の概要", StyleDigit, 1, []int{2}},
	{"（１）半導体", StyleParenDigit, 2, []int{2, 1}},
	{"（２）AI", StyleParenDigit, 2, []int{2, 2}},
	{"（３）将来の通信技術", StyleParenDigit, 2, []int{2, 3}},
	{"（４）サイバー", StyleParenDigit, 2, []int{2, 4}},
	{"（５）データ", StyleParenDigit, 2, []int{2, 5}},
	{"（６）デジタル", StyleParenDigit, 2, []int{2, 6}},
	{"３．関連資料", StyleDigit, 1, []int{3}},
	{"４．関連リンク", StyleDigit, 1, []int{4}},
}

// jpUKEn lists the clean English edition; the flawed one repeats (5) where
// (4) belongs, which Analyze reports as typed for the checker to flag.
func jpUKEn(fourth int) []want {
	return []want{
		{"1. Overview", StyleDigit, 1, []int{1}},
		{"2. Summary of the joint statement", StyleDigit, 1, []int{2}},
		{"(1)\u00a0Semiconductors", StyleParenDigit, 2, []int{2, 1}},
		{"(2)\u00a0AI", StyleParenDigit, 2, []int{2, 2}},
		{"(3)\u00a0Future telecoms", StyleParenDigit, 2, []int{2, 3}},
		{"(", StyleParenDigit, 2, []int{2, fourth}},
		{"(5)\u00a0Data", StyleParenDigit, 2, []int{2, 5}},
		{"(6)\u00a0Digital government", StyleParenDigit, 2, []int{2, 6}},
		{"3. Related Materials", StyleDigit, 1, []int{3}},
		{"4. Related Links", StyleDigit, 1, []int{4}},
	}
}

func TestAnalyzeSamples(t *testing.T) {
	tests := []struct {
		file      string
		furniture int
		want      []want
	}{
		{"official-style-hierarchy/ja.txt", 0, officialJa},
		{"official-style-hierarchy/en.txt", 0, officialEn},
		{"jp-uk-digital-2025/ja.txt", 5, jpUKJa},
		{"jp-uk-digital-2025/en.txt", 5, jpUKEn(4)},
		{"jp-uk-digital-2025-flawed/ja.txt", 5, jpUKJa},
		{"jp-uk-digital-2025-flawed/en.txt", 5, jpUKEn(5)},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			blocks := loadBlocks(t, tt.file)
			if got := BreadcrumbLen(blocks); got != tt.furniture {
				t.Errorf("BreadcrumbLen = %d, want %d", got, tt.furniture)
			}
			for _, isHeading := range [][]bool{nil, headings(blocks)} {
				checkInfos(t, blocks, Analyze(blocks, isHeading), tt.furniture, tt.want)
			}
		})
	}
}

// checkInfos compares the labelled blocks, in order, with want: every
// labelled block must be listed and every listed block labelled.
func checkInfos(t *testing.T, blocks []string, infos []Info, furniture int, want []want) {
	t.Helper()
	n := 0
	for i, info := range infos {
		if info.Furniture != (i < furniture) {
			t.Errorf("block %d %q: Furniture = %v", i, blocks[i], info.Furniture)
		}
		if info.Label == nil {
			if info.Level != 0 || info.Path != nil {
				t.Errorf("block %d %q: level %d path %v without a label", i, blocks[i], info.Level, info.Path)
			}
			continue
		}
		if n >= len(want) || !strings.HasPrefix(blocks[i], want[n].prefix) {
			t.Errorf("block %d %q is labelled, want %s", i, blocks[i], describe(want, n))
			return
		}
		w := want[n]
		if info.Label.Style != w.style || info.Level != w.level || !slices.Equal(info.Path, w.path) {
			t.Errorf("block %q = %s level %d path %v, want %s level %d path %v",
				blocks[i], info.Label.Style, info.Level, info.Path, w.style, w.level, w.path)
		}
		n++
	}
	if n < len(want) {
		t.Errorf("missing label: %s", describe(want, n))
	}
}

func describe(want []want, n int) string {
	if n < len(want) {
		return "next " + want[n].prefix
	}
	return "no more labels"
}

func TestBreadcrumbLen(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
		want   int
	}{
		{"home word", []string{"1. Home", "2. News", "Body text."}, 2},
		{"upper-case home", []string{"1. TOP", "2. お知らせ", "3. 記事"}, 3},
		{"full-width digits", []string{"１．ホーム", "２．ニュース"}, 2},
		{"title repeated", []string{"1. About", "2. Visit of the Minister", "Visit of the Minister"}, 2},
		{"document sections", []string{"1. Overview", "2. Summary", "Text"}, 0},
		{"single entry", []string{"1. Home", "Text"}, 0},
		{"gap", []string{"1. Home", "3. News"}, 0},
		{"sentence", []string{"1. Home", "2. The ministers met. They agreed."}, 0},
		{"not first", []string{"Title", "1. Home", "2. News"}, 0},
		{"paren digits", []string{"(1) Home", "(2) News"}, 0},
		{"bullets from home", []string{"- ホーム", "- 談話等", "平成22年9月10日"}, 2},
		{"bullets without home", []string{"- 日本は指名する。", "- 支持を求める。"}, 0},
		{"empty", nil, 0},
	}
	for _, tt := range tests {
		if got := BreadcrumbLen(tt.blocks); got != tt.want {
			t.Errorf("%s: BreadcrumbLen = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestAnalyzeHeadingsOnly: a block that may not be a heading (long prose)
// keeps only a paragraph number; "ア　" or "A." opening prose is no label.
func TestAnalyzeHeadingsOnly(t *testing.T) {
	blocks := []string{"１．概要", "ア　この段落は見出しではない。", "２．経緯", "3 本日、長い段落を公表した。"}
	infos := Analyze(blocks, []bool{true, false, true, false})
	if infos[1].Label != nil {
		t.Errorf("block 1 is not a heading but got label %+v", infos[1].Label)
	}
	if !slices.Equal(infos[2].Path, []int{2}) {
		t.Errorf("block 2 path = %v, want [2]", infos[2].Path)
	}
	if !slices.Equal(infos[3].Path, []int{3}) {
		t.Errorf("block 3 (a numbered paragraph) path = %v, want [3]", infos[3].Path)
	}
}

// TestAnalyzeBullets: bullets are counted within their list, and a bullet
// list nested under a number does not disturb the numbers.
func TestAnalyzeBullets(t *testing.T) {
	blocks := []string{"1 概要", "- 一つ目", "・二つ目", "2 経緯", "- 別の一つ目"}
	infos := Analyze(blocks, nil)
	want := [][]int{{1}, {1, 1}, {1, 2}, {2}, {2, 1}}
	for i, w := range want {
		if !slices.Equal(infos[i].Path, w) {
			t.Errorf("block %d %q: path %v, want %v", i, blocks[i], infos[i].Path, w)
		}
	}
}

// TestIsBullet: the range test before the search leaves out no bullet.
func TestIsBullet(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if got, want := isBullet(r), strings.ContainsRune(dashBullets+symbolBullets, r); got != want {
			t.Fatalf("isBullet(%U) = %v, want %v", r, got, want)
		}
	}
}

// FuzzMayOpenByte: a text that mayOpenParagraphLabel accepts opens with a
// byte that mayOpenByte marks, so the test of the first byte alone never
// skips a text that AnalyzeInto would parse.
func FuzzMayOpenByte(f *testing.F) {
	for _, s := range []string{"1. a", "（１）", "⑴", "①", "㉑", "㊱", "・", "－", "-", "\u3000１", "\u00a0(1)", "\t1", "● x", "■", "〇", "第1", "A."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if mayOpenParagraphLabel(s) && (s == "" || !mayOpenByte[s[0]]) {
			t.Fatalf("mayOpenParagraphLabel(%q) but its first byte is not marked", s)
		}
	})
}

// TestMayOpenByteEveryRune: every character that mayOpenParagraphLabel
// accepts at the start of a text opens with a marked byte.
func TestMayOpenByteEveryRune(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if s := string(r) + "1"; mayOpenParagraphLabel(s) && !mayOpenByte[s[0]] {
			t.Fatalf("mayOpenParagraphLabel(%q) but %#x is not marked", s, s[0])
		}
	}
}
