package check

import (
	"fmt"
	"strings"
	"testing"

	"taiyaku/app/importtext"
	"taiyaku/app/release"
)

// TestRealPagePatterns (chkstruct, issue 8) imports small pairs modelled on
// the page patterns of real government releases (../shared/real-pairs) and
// checks the structure findings the whole pipeline gives: page furniture,
// paragraph numbers, bullets, header lines in another order, a greeting
// merged into the first paragraph, a title broken over two lines.
func TestRealPagePatterns(t *testing.T) {
	cases := []struct {
		name   string
		ja, en []string
		want   []string // structure findings as "check message", in order
	}{
		{"furniture and paragraph numbers",
			[]string{"報道発表", "洪水被害に対する緊急無償資金協力", "平成26年11月7日",
				"1 本7日,我が国政府は,洪水被害を踏まえ,合計20万ドルの緊急無償資金協力を行うことを決定しました。",
				"2 9月初旬に大規模な洪水被害が発生し,死者数は合計682人に上っています。", "報道発表へ戻る"},
			[]string{"Press Releases", "Emergency Grant Aid for Flood Disaster", "November 7, 2014",
				"1. The Government of Japan decided on November 7th to extend emergency grant aid of 200 thousand dollars.",
				"2. Large-scale flood damage occurred in early September, with 682 deaths.", "Related Link",
				"(* The foregoing is a provisional translation. The date indicated above denotes the date of issue of the original press release in Japanese.)",
				"Back to Press Releases"},
			nil},
		{"section label, language link and page-top link",
			[]string{"外務報道官談話", "大統領選挙について", "平成31年4月22日", "英語版 (English)",
				"1 我が国は,4月21日に実施された選挙が平穏に行われたことを歓迎します。", "このページのトップへ戻る", "外務報道官談話へ戻る"},
			[]string{"Press Releases", "Presidential Election", "April 22, 2019",
				"1. The Government of Japan welcomes that the election on April 21 was held peacefully.", "Back to Press Releases"},
			nil},
		{"header lines in another order, greeting merged",
			[]string{"平成30年5月8日(火曜日)", "9時58分~10時07分", "於:記者会見室", "(冒頭発言)",
				"おはようございます。まず、私から1件申し上げます。",
				"経産省は、今年の10月23日に、東京において、水素に関心を持つ主要国の閣僚が参加をする水素閣僚会議を開催することといたしました。"},
			[]string{"1. Home", "  2. Press Conferences", "  3. Press Conference by Minister Seko", "Press Conference by Minister Seko",
				"*Note: This is a provisional translation for reference purpose only.",
				"9:58 - 10:07 a.m.", "Tuesday, May 8, 2018", "Press Conference Room, METI", "Opening Remarks",
				"Minister Seko: Good morning. First, let me start with one topic. METI decided to hold a ministerial conference on hydrogen on October 23 this year in Tokyo."},
			[]string{"structure.missing-counterpart FindingMissingJA"}}, // the repost lacks the title
		{"doubled marker and indented list",
			[]string{"談話", "平成26年10月29日",
				"1.10月26日,ウクライナにおいて選挙が平穏に行われたことを歓迎します。",
				"2.我が国は,10名の監視要員を派遣しました。", "談話へ戻る"},
			[]string{"Statement on the Elections", "October 29, 2014",
				"  1. 1. The Government of Japan welcomes that the elections on October 26 were held peacefully.",
				"    2. The Government of Japan sent 10 election observers."},
			[]string{"structure.missing-counterpart FindingMissingJA", "structure.numbering-sequence FindingDoubledLabel"}},
		{"bullets against numbers, title over two lines",
			[]string{"令和元年9月18日", "財務大臣談話", "-日本振興銀行株式会社について-",
				"- アジア開発銀行(ADB)では、中尾総裁が来年1月16日をもって辞任するとの意向を表明された。",
				"- 日本は、浅川氏を後任候補として指名する。"},
			[]string{"September 18, 2019", "Statement by Mr. ASO Taro", "Minister of Finance, Japan", "on the ADB Presidency",
				"  1. Mr. NAKAO, the President of the Asian Development Bank (ADB), expressed his intention to resign effective as of January 16, 2020.",
				"  2. Japan will nominate Mr. ASAKAWA as the candidate."},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, _ := importtext.Import(strings.Join(c.ja, "\n"), strings.Join(c.en, "\n"), nil)
			var got []string
			for _, f := range Run(r, Options{}) {
				if strings.HasPrefix(f.Check, "structure.") {
					got = append(got, f.Check+" "+f.Message)
				}
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("structure findings:\n%s\nwant:\n%s\nunits:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"), units(r))
			}
		})
	}
}

// units lists a release's units, kind and both texts, for a failure message.
func units(r *release.Release) string {
	var b strings.Builder
	for i, u := range r.Units {
		fmt.Fprintf(&b, "%d %s | %q | %q\n", i, u.Kind, u.JA, u.EN)
	}
	return b.String()
}
