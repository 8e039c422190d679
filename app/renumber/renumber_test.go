package renumber

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"taiyaku/app/numbering"
	"taiyaku/app/release"
)

// unit is one row of a test release: kind, Japanese text, English text.
type unit struct {
	kind   release.Kind
	ja, en string
}

func build(units []unit) *release.Release {
	r := &release.Release{}
	for _, u := range units {
		r.Append(u.kind, u.ja, u.en)
	}
	return r
}

// long makes a paragraph past the length at which texts may carry labels.
func long(start string) string { return start + strings.Repeat("あ", 130) }

const nbsp = "\u00a0"

// jpUK is the flawed Japan-UK sample: the English lost the paragraph under
// (3), and its (4) was typed (5), so "(5)" appears twice. The page
// breadcrumb is furniture, numbered 1–5 but outside the document.
func jpUK() []unit {
	return []unit{
		{release.Furniture, "1. ホーム", "1. Home"},
		{release.Furniture, "2. ニュースリリース", "2. News Releases"},
		{release.Furniture, "3. バックナンバー", "3. Back Issues"},
		{release.Furniture, "4. 2025年度1月", "4. January FY2025"},
		{release.Furniture, "5. 日英デジタルパートナーシップ政務級会合を開催しました", "5. Ministerial-Level Meeting of Japan-UK Digital Partnership Held"},
		{release.Title, "日英デジタルパートナーシップ政務級会合を開催しました", "Ministerial-Level Meeting of Japan-UK Digital Partnership Held"},
		{release.Date, "令和7年1月22日", "January 22, 2025"},
		{release.Heading, "１．概要", "1. Overview"},
		{release.Paragraph, long("本会合には"), long("The meeting")},
		{release.Caption, "写真1", "写真1"},
		{release.Heading, "２．共同声明の概要", "2. Summary of the joint statement"},
		{release.Heading, "（１）半導体", "(1)" + nbsp + "Semiconductors"}, // 11
		{release.Paragraph, long("日英両国は"), long("Japan and the U.K.")},
		{release.Heading, "（２）AI", "(2)" + nbsp + "AI"}, // 13
		{release.Paragraph, long("国際的な"), long("Recognizing")},
		{release.Heading, "（３）将来の通信技術及び多様化", "(3)" + nbsp + "Future telecoms and diversification"}, // 15
		{release.Paragraph, long("両国は、将来の"), ""},
		{release.Heading, "（４）サイバーレジリエンス", "(5)" + nbsp + "Cyber resilience"}, // 17
		{release.Paragraph, long("両国は、IoT"), long("The two sides")},
		{release.Heading, "（５）データ", "(5)" + nbsp + "Data"}, // 19
		{release.Paragraph, long("両国は、G7"), long("The two sides")},
		{release.Heading, "（６）デジタル・ガバメント・トランスフォーメーション", "(6)" + nbsp + "Digital government transformation"},
		{release.Paragraph, long("2024年7月"), long("In June 2024")},
		{release.Heading, "３．関連資料", "3. Related Materials"},
		{release.Heading, "４．関連リンク", "4. Related Links"},
		{release.Contact, "担当", "Division in Charge"},
	}
}

// official is the Japanese official-style hierarchy 第１ / １ / （１） / ア
// and ①, with the English Part / 1. / (1) / (a) and (i).
func official() []unit {
	return []unit{
		{release.Title, "IoT製品セキュリティ適合性評価制度の相互承認に関する基本方針（概要）", "Basic Policy on Mutual Recognition (Summary)"},
		{release.Heading, "第１　目的", "Part 1 Purpose"}, // 1
		{release.Paragraph, long("本方針は"), long("This policy")},
		{release.Heading, "第２　基本的な考え方", "Part 2 Basic Approach"}, // 3
		{release.Heading, "１　対象範囲", "1. Scope"},                  // 4
		{release.Heading, "（１）対象製品", "(1) Covered products"},     // 5
		{release.Item, "ア　家庭用ルーター", "(a) Home routers"},          // 6
		{release.Item, "イ　ネットワークカメラ", "(b) Network cameras"},     // 7
		{release.Item, "ウ　スマートスピーカー", "(c) Smart speakers"},      // 8
		{release.Heading, "（２）対象外の製品", "(2) Excluded products"},  // 9
		{release.Paragraph, "医療機器及び車載機器は、本方針の対象外とする。", "Medical devices are outside the scope."},
		{release.Heading, "２　評価の手順", "2. Assessment procedure"}, // 11
		{release.Heading, "（１）申請", "(1) Application"},           // 12
		{release.Paragraph, "申請者は、次の書類を提出する。", "Applicants shall submit the following documents."},
		{release.Item, "①　申請書", "(i) Application form"},              // 14
		{release.Item, "②　技術文書", "(ii) Technical documentation"},     // 15
		{release.Item, "③　試験報告書", "(iii) Test report"},               // 16
		{release.Heading, "（２）審査", "(2) Review"},                     // 17
		{release.Paragraph, long("（３）審査期間は"), long("(3) As a rule")}, // prose, never a label
		{release.Heading, "第３　今後の予定", "Part 3 Next Steps"},           // 19
		{release.Paragraph, long("令和6年度中に"), long("Specific procedures")},
	}
}

// edit returns units with some texts replaced: edits maps a unit index to
// its new Japanese (ja true) or English text.
func edit(units []unit, ja bool, edits map[int]string) []unit {
	units = slices.Clone(units)
	for i, s := range edits {
		if ja {
			units[i].ja = s
		} else {
			units[i].en = s
		}
	}
	return units
}

func ja(i int, text string) Change { return Change{Unit: i, Edition: release.JA, Text: text} }
func en(i int, text string) Change { return Change{Unit: i, Edition: release.EN, Text: text} }

func TestSequential(t *testing.T) {
	tests := []struct {
		name  string
		units []unit
		ed    release.Edition
		level int
		want  []Change
	}{
		{
			name: "flawed sample: only the first (5) becomes (4)", units: jpUK(), ed: release.EN, level: 2,
			want: []Change{en(17, "(4)"+nbsp+"Cyber resilience")},
		},
		{name: "flawed sample, English top level (breadcrumb left out)", units: jpUK(), ed: release.EN, level: 1},
		{name: "flawed sample, Japanese is right", units: jpUK(), ed: release.JA, level: 2},
		{name: "flawed sample, no level 3", units: jpUK(), ed: release.EN, level: 3},
		{name: "official sample is right at every level", units: official(), ed: release.JA, level: 4},
		{name: "level 0", units: edit(official(), true, map[int]string{7: "ウ　ネットワークカメラ"}), ed: release.JA, level: 0},
		{
			name:  "official hierarchy at level 4: kana and circled, each under its own parent",
			units: edit(official(), true, map[int]string{7: "ウ　ネットワークカメラ", 14: "②　申請書", 15: "③　技術文書", 16: "④　試験報告書"}),
			ed:    release.JA, level: 4,
			want: []Change{
				ja(7, "イ　ネットワークカメラ"),
				ja(14, "①　申請書"), ja(15, "②　技術文書"), ja(16, "③　試験報告書"),
			},
		},
		{
			name:  "level 4 is untouched by a renumbering of level 3",
			units: edit(official(), true, map[int]string{7: "ウ　ネットワークカメラ"}),
			ed:    release.JA, level: 3,
		},
		{
			name:  "full-width digits stay full-width",
			units: edit(official(), true, map[int]string{11: "３　評価の手順"}),
			ed:    release.JA, level: 2,
			want: []Change{ja(11, "２　評価の手順")},
		},
		{
			name:  "level 3 restarts under each parent",
			units: edit(official(), true, map[int]string{12: "（３）申請", 17: "（４）審査"}),
			ed:    release.JA, level: 3,
			want: []Change{ja(12, "（１）申請"), ja(17, "（２）審査")},
		},
		{
			name:  "English letters and roman numerals at level 4",
			units: edit(official(), false, map[int]string{7: "(c) Network cameras", 15: "(iii) Technical documentation", 16: "(iv) Test report"}),
			ed:    release.EN, level: 4,
			want: []Change{en(7, "(b) Network cameras"), en(15, "(ii) Technical documentation"), en(16, "(iii) Test report")},
		},
		{
			name:  "kanji parts stay kanji",
			units: edit(official(), true, map[int]string{1: "第一　目的", 3: "第三　基本的な考え方", 19: "第四　今後の予定"}),
			ed:    release.JA, level: 1,
			want: []Change{ja(3, "第二　基本的な考え方"), ja(19, "第三　今後の予定")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sequential(build(tt.units), tt.ed, tt.level)
			checkChanges(t, got, tt.want)
		})
	}
}

func TestFollowJapanese(t *testing.T) {
	tests := []struct {
		name  string
		units []unit
		want  []Change
	}{
		{
			name: "flawed sample: same change as Sequential", units: jpUK(),
			want: []Change{en(17, "(4)"+nbsp+"Cyber resilience")},
		},
		{name: "official sample agrees", units: official()},
		{
			name:  "English style kept: letters follow kana, roman follows circled",
			units: edit(official(), false, map[int]string{6: "(b) Home routers", 8: "(a) Smart speakers", 16: "(ii) Test report"}),
			want:  []Change{en(6, "(a) Home routers"), en(8, "(c) Smart speakers"), en(16, "(iii) Test report")},
		},
		{
			name:  "English follows a Japanese mistake too",
			units: edit(official(), true, map[int]string{9: "（３）対象外の製品"}),
			want:  []Change{en(9, "(3) Excluded products")},
		},
		{
			name: "levels differ: no change",
			// The English drops "1. Scope", so its (1) and (2) sit one
			// level higher than the Japanese （１） and （２）.
			units: edit(official(), false, map[int]string{4: "Scope", 5: "(5) Covered products", 9: "(7) Excluded products"}),
		},
		{
			name:  "English without a label: no change",
			units: edit(official(), false, map[int]string{7: "Network cameras"}),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkChanges(t, FollowJapanese(build(tt.units)), tt.want)
		})
	}
}

func TestLevels(t *testing.T) {
	tests := []struct {
		name  string
		units []unit
		ed    release.Edition
		want  []LevelInfo
	}{
		{"official Japanese", official(), release.JA, []LevelInfo{{1, "第１"}, {2, "１"}, {3, "（１）"}, {4, "ア"}}},
		{"official English", official(), release.EN, []LevelInfo{{1, "Part 1"}, {2, "1."}, {3, "(1)"}, {4, "(a)"}}},
		{"sample without breadcrumb", jpUK(), release.EN, []LevelInfo{{1, "1."}, {2, "(1)"}}},
		{"no labels", []unit{{release.Title, "題名", "Title"}}, release.JA, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Levels(build(tt.units), tt.ed); !slices.Equal(got, tt.want) {
				t.Errorf("Levels = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestChangesApply applies the changes and checks that the edition then
// needs none, and that the bodies are untouched.
func TestChangesApply(t *testing.T) {
	units := edit(official(), true, map[int]string{
		4: "３　対象範囲", 7: "ア　ネットワークカメラ", 9: "（５）対象外の製品", 15: "⑤　技術文書",
	})
	r := build(units)
	for level := 1; level <= 4; level++ {
		for _, c := range Sequential(r, release.JA, level) {
			old := r.Units[c.Unit].Text(c.Edition)
			if numbering.Body(old) != numbering.Body(c.Text) {
				t.Errorf("unit %d: body changed from %q to %q", c.Unit, old, c.Text)
			}
			r.Units[c.Unit].SetText(c.Edition, c.Text)
		}
	}
	for level := 1; level <= 4; level++ {
		if got := Sequential(r, release.JA, level); got != nil {
			t.Errorf("level %d after applying: %v", level, got)
		}
	}
	if got := FollowJapanese(r); got != nil {
		t.Errorf("FollowJapanese after renumbering the Japanese: %v", got)
	}
}

func TestNil(t *testing.T) {
	if Sequential(nil, release.JA, 1) != nil || FollowJapanese(nil) != nil || Levels(nil, release.EN) != nil {
		t.Error("nil release gives changes")
	}
	if got := Sequential(&release.Release{}, release.JA, 1); got != nil {
		t.Errorf("empty release: %v", got)
	}
}

func checkChanges(t *testing.T, got, want []Change) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n%s\nwant:\n%s", show(got), show(want))
	}
}

func show(cs []Change) string {
	if len(cs) == 0 {
		return "  (none)"
	}
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "  unit %d %s %q\n", c.Unit, c.Edition, c.Text)
	}
	return b.String()
}
