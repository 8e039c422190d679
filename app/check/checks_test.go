package check

import (
	"strings"
	"testing"

	"taiyaku/app/glossary"
	"taiyaku/app/release"
)

// tables maps every check id to its table; TestEveryCheckHasCases keeps it
// complete.
var tables = map[string]func() []checkCase{
	NumberingMismatch:  numberingMismatchCases,
	NumberingSequence:  numberingSequenceCases,
	NumberingStyle:     numberingStyleCases,
	LevelMismatch:      levelMismatchCases,
	KindMismatch:       kindMismatchCases,
	MissingCounterpart: missingCounterpartCases,
	Untranslated:       untranslatedCases,
	NumberMismatch:     numberMismatchCases,
	DateMismatch:       dateMismatchCases,
	URLMismatch:        urlMismatchCases,
	AcronymMismatch:    acronymMismatchCases,
	TermMismatch:       termMismatchCases,
	Width:              widthCases,
	Brackets:           bracketsCases,
	Whitespace:         whitespaceCases,
	LengthRatio:        lengthRatioCases,
	Spelling:           spellingCases,      // chknew
	Encoding:           encodingCases,      // chknew
	OrderMismatch:      orderMismatchCases, // chkstruct
	TimeMismatch:       timeMismatchCases,  // chkfacts
	Control:            controlCases,
}

func TestEveryCheckHasCases(t *testing.T) {
	if len(IDs) != 21 {
		t.Errorf("IDs lists %d checks, want 21", len(IDs))
	}
	seen := map[string]bool{}
	for _, id := range IDs {
		if seen[id] {
			t.Errorf("%s listed twice in IDs", id)
		}
		seen[id] = true
		if got := severities[id]; got != wantSeverity[id] {
			t.Errorf("%s: severity %q, want %q", id, got, wantSeverity[id])
		}
		table, ok := tables[id]
		if !ok {
			t.Errorf("%s: no test table", id)
			continue
		}
		pos, neg := 0, 0
		for _, c := range table() {
			if len(c.want) > 0 {
				pos++
			} else {
				neg++
			}
		}
		if pos == 0 || neg == 0 {
			t.Errorf("%s: %d positive and %d negative cases, want at least one of each", id, pos, neg)
		}
	}
	for id := range tables {
		if !seen[id] {
			t.Errorf("table for %s, which is not in IDs", id)
		}
	}
}

func TestNumberingMismatch(t *testing.T)  { runCases(t, NumberingMismatch, numberingMismatchCases()) }
func TestNumberingSequence(t *testing.T)  { runCases(t, NumberingSequence, numberingSequenceCases()) }
func TestNumberingStyle(t *testing.T)     { runCases(t, NumberingStyle, numberingStyleCases()) }
func TestLevelMismatch(t *testing.T)      { runCases(t, LevelMismatch, levelMismatchCases()) }
func TestKindMismatch(t *testing.T)       { runCases(t, KindMismatch, kindMismatchCases()) }
func TestMissingCounterpart(t *testing.T) { runCases(t, MissingCounterpart, missingCounterpartCases()) }
func TestUntranslated(t *testing.T)       { runCases(t, Untranslated, untranslatedCases()) }
func TestNumberMismatch(t *testing.T)     { runCases(t, NumberMismatch, numberMismatchCases()) }
func TestDateMismatch(t *testing.T)       { runCases(t, DateMismatch, dateMismatchCases()) }
func TestURLMismatch(t *testing.T)        { runCases(t, URLMismatch, urlMismatchCases()) }
func TestAcronymMismatch(t *testing.T)    { runCases(t, AcronymMismatch, acronymMismatchCases()) }
func TestTermMismatch(t *testing.T)       { runCases(t, TermMismatch, termMismatchCases()) }
func TestWidth(t *testing.T)              { runCases(t, Width, widthCases()) }
func TestBrackets(t *testing.T)           { runCases(t, Brackets, bracketsCases()) }
func TestWhitespace(t *testing.T)         { runCases(t, Whitespace, whitespaceCases()) }
func TestLengthRatio(t *testing.T)        { runCases(t, LengthRatio, lengthRatioCases()) }
func TestOrderMismatch(t *testing.T)      { runCases(t, OrderMismatch, orderMismatchCases()) }
func TestControl(t *testing.T)            { runCases(t, Control, controlCases()) }
func TestTimeMismatch(t *testing.T)       { runCases(t, TimeMismatch, timeMismatchCases()) }

// The joint-statement headings of the jp-uk sample, (1) to (6).
var statementJA = []string{"（１）半導体", "（２）AI", "（３）将来の通信技術及び多様化", "（４）サイバーレジリエンス", "（５）データ", "（６）デジタル・ガバメント"}
var statementEN = []string{"(1)\u00a0Semiconductors", "(2)\u00a0AI", "(3)\u00a0Future telecoms and diversification", "(4)\u00a0Cyber resilience", "(5)\u00a0Data", "(6)\u00a0Digital government"}

// statement builds the headings with some English labels replaced.
func statement(jaLabels, enLabels map[int]string) *release.Release {
	var units []release.Unit
	for i := range statementJA {
		ja, en := statementJA[i], statementEN[i]
		if l, ok := jaLabels[i]; ok {
			ja = l + ja[strings.Index(ja, "）")+len("）"):]
		}
		if l, ok := enLabels[i]; ok {
			en = l + en[strings.Index(en, ")")+1:]
		}
		units = append(units, u(release.Heading, ja, en))
	}
	return rel(units...)
}

// official is the full official hierarchy against its usual English
// equivalents, as in the official-style-hierarchy sample.
func official() *release.Release {
	return rel(
		u(release.Title, "基本方針（概要）", "Basic Policy (Summary)"),
		u(release.Heading, "第１\u3000目的", "Part 1 Purpose"),
		u(release.Paragraph, "本方針は、基本的な考え方を示す。", "This policy sets out the basic approach."),
		u(release.Heading, "第２\u3000基本的な考え方", "Part 2 Basic Approach"),
		u(release.Heading, "１\u3000対象範囲", "1. Scope"),
		u(release.Heading, "（１）対象製品", "(1) Covered products"),
		u(release.Item, "ア\u3000家庭用ルーター", "(a) Home routers"),
		u(release.Item, "イ\u3000ネットワークカメラ", "(b) Network cameras"),
		u(release.Heading, "（２）手続", "(2) Procedure"),
		u(release.Item, "①\u3000申請書", "(i) Application form"),
		u(release.Item, "②\u3000技術文書", "(ii) Technical documentation"),
		u(release.Heading, "２\u3000評価の手順", "2. Assessment procedure"),
		u(release.Heading, "（１）申請", "(1) Application"),
		u(release.Heading, "第３\u3000今後の予定", "Part 3 Next Steps"),
	)
}

func numberingMismatchCases() []checkCase {
	return []checkCase{
		{name: "（４） against (5)", r: statement(nil, map[int]string{3: "(5)"}),
			want: []want{{3, EN, "FindingNumberingMismatch"}}},
		// both editions break their own sequence here: no odd one out (issue 8)
		{name: "（４） against (5), alone", r: heads("（４）サイバーレジリエンス", "(5) Cyber resilience"),
			want: []want{{0, Both, ""}}},
		{name: "Japanese skips, English follows", r: statement(map[int]string{2: "（４）"}, nil),
			want: []want{{2, JA, ""}}},
		{name: "（４） against (4)", r: statement(nil, nil)},
		{name: "styles differ, ordinals agree at every level", r: official()},
		{name: "labelled heading against unlabelled one", r: heads("（１）半導体", "Semiconductors")},
		{name: "full-width against half-width digits", r: heads("１．概要", "1. Overview", "２．共同声明の概要", "2. Summary of the joint statement")},
		// chkstruct (issue 8): one defect, one finding.
		{name: "English repeats (2): one mismatch, not one per later label", r: statement(nil, map[int]string{2: "(2)", 3: "(3)", 4: "(4)", 5: "(5)"}),
			want: []want{{2, EN, "FindingNumberingMismatch"}}},
		{name: "English steps back: one mismatch", r: statement(nil, map[int]string{4: "(3)", 5: "(4)"}),
			want: []want{{4, EN, "FindingNumberingMismatch"}}},
		{name: "mismatched parent does not flag its children", r: heads(
			"１．概要", "1. Overview", "２．声明", "3. Statement", "（１）半導体", "(1) Semiconductors", "（２）AI", "(2) AI"),
			want: []want{{1, EN, "FindingNumberingMismatch"}}},
		{name: "a child differs under a mismatched parent", r: heads(
			"１．概要", "1. Overview", "２．声明", "3. Statement", "（１）半導体", "(1) Semiconductors", "（２）AI", "(3) AI"),
			want: []want{{1, EN, ""}, {3, EN, ""}}},
		{name: "paragraph numbers of a web page against 1. 2. 3.", r: rel(
			u(release.Paragraph, "1 本7日,我が国政府は,緊急無償資金協力を行うことを決定しました。", "1. On November 7, the Government of Japan decided to extend emergency grant aid."),
			u(release.Paragraph, "2 大規模な洪水被害が発生しました。", "2. Heavy rainfall caused large-scale flood damage."),
			u(release.Paragraph, "3.今次選挙を支援しました。", "    3. Japan supported the elections."))},
		{name: "bullets against numbers", r: rel(
			u(release.Item, "- 総裁が辞任の意向を表明された。", "  1. The President expressed his intention to resign."),
			u(release.Item, "- 日本は浅川氏を指名する。", "  2. Japan will nominate Mr. Asakawa."))},
	}
}

func numberingSequenceCases() []checkCase {
	return []checkCase{
		{name: "gap in both editions", r: statement(map[int]string{2: "（４）", 3: "（５）", 4: "（６）", 5: "（７）"}, map[int]string{2: "(4)", 3: "(5)", 4: "(6)", 5: "(7)"}),
			want: []want{{2, JA, "FindingSequenceGap"}, {2, EN, "FindingSequenceGap"}}},
		// the gap at (5) is reported once, as the numbering mismatch (issue 8)
		{name: "repeat in the English", r: statement(nil, map[int]string{3: "(5)"}),
			want: []want{{4, EN, "FindingSequenceRepeat"}}},
		{name: "repeat of the previous label, a mismatch too", r: statement(nil, map[int]string{2: "(2)", 3: "(3)", 4: "(4)", 5: "(5)"})},
		{name: "step back, a mismatch too", r: statement(nil, map[int]string{4: "(3)", 5: "(4)"})},
		{name: "repeat where the Japanese has no label", r: rel(
			u(release.Heading, "（１）半導体", "(1) Semiconductors"),
			u(release.Paragraph, "両国は協力する。", "(1) The two sides will cooperate."),
			u(release.Heading, "（２）AI", "(2) AI")),
			want: []want{{1, EN, "FindingSequenceRepeat"}}},
		{name: "list that does not start at 1", r: heads("（２）AI", "(2) AI"),
			want: []want{{0, JA, "FindingSequenceGap"}, {0, EN, "FindingSequenceGap"}}},
		{name: "clean (1) to (6)", r: statement(nil, nil)},
		{name: "restart under a new parent", r: heads(
			"１．概要", "1. Overview", "（１）会合", "(1) Meeting", "（２）声明", "(2) Statement",
			"２．詳細", "2. Details", "（１）半導体", "(1) Semiconductors", "（２）AI", "(2) AI")},
		{name: "official hierarchy", r: official()},
		{name: "breadcrumb before the first section", r: rel(
			u(release.Paragraph, "1. ホーム", "1. Home"),
			u(release.Paragraph, "2. ニュースリリース", "2. News Releases"),
			u(release.Paragraph, "3. バックナンバー", "3. Back Issues"),
			u(release.Title, "会合を開催しました", "Meeting Held"),
			u(release.Heading, "１．概要", "1. Overview"),
			u(release.Heading, "２．声明", "2. Statement"))},
		// chkstruct (issue 8): web-page paragraph numbers and list markers.
		{name: "doubled marker 1. 1.", r: rel(
			u(release.Paragraph, "1.10月26日,選挙が行われたことを歓迎します。", "  1. 1. Japan welcomes the elections held on October 26."),
			u(release.Paragraph, "2.我が国は期待します。", "    2. Japan expects progress.")),
			want: []want{{0, EN, "FindingDoubledLabel"}}},
		{name: "long numbered paragraphs 1. to 3., no space after the dot", r: rel(
			u(release.Paragraph, "1.本日、"+strings.Repeat("長い段落の本文です。", 15), "1. Today, "+strings.Repeat("a long paragraph. ", 15)),
			u(release.Paragraph, "同行は、経営改善に取り組んでいた。", ""),
			u(release.Paragraph, "2.当該申出を踏まえ、"+strings.Repeat("長い段落の本文です。", 15), "2. Receiving the notification, "+strings.Repeat("a long paragraph. ", 15)))},
		{name: "a new list at 1 after an unnumbered heading", r: rel(
			u(release.Heading, "１．概要", "1. Overview"),
			u(release.Heading, "２．声明", "2. Statement"),
			u(release.Heading, "【参考】", "Reference"),
			u(release.Heading, "１．日程", "1. Schedule"),
			u(release.Heading, "２．場所", "2. Venue"))},
		{name: "a restart at 1 without a heading is a step back", r: rel(
			u(release.Heading, "１．概要", "1. Overview"),
			u(release.Heading, "２．声明", "2. Statement"),
			u(release.Paragraph, "両国は協力する。", "The two sides will cooperate."),
			u(release.Heading, "１．日程", "1. Schedule")),
			want: []want{{3, JA, "FindingSequenceBack"}, {3, EN, "FindingSequenceBack"}}},
		{name: "a gap left by a missing counterpart is that finding", r: rel(
			u(release.Heading, "１．概要", "1. Overview"),
			u(release.Heading, "２．声明", ""),
			u(release.Heading, "３．日程", "3. Schedule"))},
		{name: "labels that moved with their sections", r: rel(
			u(release.Paragraph, "（１）半導体分野では、2025年までに3つの拠点を整備し、OECDと連携する。", ""),
			u(release.Paragraph, "（２）AI分野では、G7の枠組みで12件の共同研究を行う。", "(2) In AI, 12 joint research projects will run under the G7 framework."),
			u(release.Paragraph, "両国は協力を続ける。", "The two sides will continue to cooperate."),
			u(release.Paragraph, "", "(1) In semiconductors, 3 hubs will be set up by 2025 in cooperation with the OECD."))},
		{name: "bullets are counted, never a gap", r: rel(
			u(release.Item, "- 一つ目。", "- First."),
			u(release.Item, "・二つ目。", "- Second."))},
		{name: "ordinal inside a sentence is no label", r: rel(
			u(release.Heading, "１．概要", "1. Overview"),
			u(release.Paragraph, "第3回日英会合を開催した。", "The 3rd Japan-UK meeting was held."),
			u(release.Heading, "２．声明", "2. Statement"))},
	}
}

func numberingStyleCases() []checkCase {
	sixth := func(ja, en string) *release.Release {
		r := statement(nil, nil)
		r.Units[5].JA, r.Units[5].EN = ja, en
		return r
	}
	return []checkCase{
		{name: "（１）…（５） then ６）", r: sixth("６）デジタル・ガバメント", "6) Digital government"),
			want: []want{{5, JA, "FindingNumberingStyle"}, {5, EN, "FindingNumberingStyle"}}},
		{name: "English only switches to 6)", r: sixth("（６）デジタル・ガバメント", "6) Digital government"),
			want: []want{{5, EN, ""}}},
		{name: "clean (1) to (6)", r: statement(nil, nil)},
		{name: "a new style that starts a nested list at 1", r: rel(
			u(release.Heading, "（１）半導体", "(1) Semiconductors"),
			u(release.Paragraph, "次の事項に取り組む。", "They will work on the following."),
			u(release.Item, "１）研究開発", "1) Research and development"),
			u(release.Item, "２）人材育成", "2) Human resources"),
			u(release.Heading, "（２）AI", "(2) AI"))},
		{name: "official hierarchy", r: official()},
	}
}

func levelMismatchCases() []checkCase {
	return []checkCase{
		// neither edition breaks its own sequence: side both (issue 8)
		{name: "（１） under １． against a second top-level 2.", r: heads("１．概要", "1. Overview", "（１）半導体", "2. Semiconductors"),
			want: []want{{1, Both, "FindingLevelMismatch"}}},
		{name: "English flattens a level", r: heads(
			"１．概要", "1. Overview", "（１）会合", "(1) Meeting", "ア　参加者", "(2) Participants"),
			want: []want{{2, Both, ""}}},
		{name: "official hierarchy, ア against (a), ① against (i)", r: official()},
		// chkstruct (issue 8): the parent heading is missing in the English
		// (one missing counterpart); its children are not reported again.
		{name: "a bullet heading the English writes without a label", r: rel(
			u(release.Heading, "■概要", "Overview"),
			u(release.Heading, "１．目的", "1. Purpose"),
			u(release.Heading, "２．対象", "2. Scope"),
			u(release.Heading, "■背景", "Background"),
			u(release.Heading, "１．経緯", "1. History"))},
		{name: "children of a parent the English lacks", r: rel(
			u(release.Heading, "１．声明", ""),
			u(release.Heading, "（１）半導体", "(1) Semiconductors"),
			u(release.Heading, "（２）AI", "(2) AI"))},
		{name: "（１） against 1): other style, same level", r: heads("１．概要", "1. Overview", "（１）半導体", "1) Semiconductors", "（２）AI", "2) AI")},
	}
}

func kindMismatchCases() []checkCase {
	sentence := "Japan and the U.K. will commit to continuing to cooperate in enhancing supply chain resilience."
	return []checkCase{
		{name: "numbered heading against an English sentence", r: heads("（１）半導体", sentence),
			want: []want{{0, Both, "FindingKindMismatch"}}},
		{name: "long English prose without a full stop", r: heads("（１）半導体", strings.TrimSuffix(sentence, ".")),
			want: []want{{0, Both, ""}}},
		{name: "Japanese sentence against a numbered English heading", r: heads("日英両国は、協力を継続する。", "(1) Semiconductors"),
			want: []want{{0, Both, ""}}},
		{name: "numbered heading against an unnumbered short heading", r: heads("（１）半導体", "Semiconductors")},
		{name: "both numbered, English long", r: heads("（１）半導体", "(1) "+sentence)},
		{name: "neither numbered", r: para("日英両国は、協力を継続する。", sentence)},
		{name: "one-sided unit", r: heads("（１）半導体", "")},
	}
}

func missingCounterpartCases() []checkCase {
	return []checkCase{
		{name: "English missing", r: rel(u(release.Heading, "１．概要", "1. Overview"), u(release.Paragraph, "両国は、協力を進める。", "")),
			want: []want{{1, EN, "FindingMissingEN"}}},
		{name: "Japanese missing", r: rel(u(release.Heading, "１．概要", "1. Overview"), u(release.Paragraph, "", "The two sides will cooperate.")),
			want: []want{{1, JA, "FindingMissingJA"}}},
		{name: "English only spaces", r: para("両国は、協力を進める。", " \u00a0"),
			want: []want{{0, EN, ""}}},
		{name: "both editions", r: para("両国は、協力を進める。", "The two sides will cooperate.")},
		{name: "furniture on one side", r: rel(u(release.Furniture, "ホーム", ""), u(release.Paragraph, "両国は、協力を進める。", "The two sides will cooperate."))},
		{name: "empty on both sides", r: para("", "")},
	}
}

func untranslatedCases() []checkCase {
	return []checkCase{
		{name: "写真1 left in the English", r: rel(u(release.Caption, "写真1", "写真1")),
			want: []want{{0, EN, "FindingJapaneseInEnglish"}}},
		{name: "kanji name in the English", r: para("古賀友一郎経済産業副大臣が出席した。", "State Minister 古賀 attended."),
			want: []want{{0, EN, ""}}},
		{name: "English text on both sides", r: para("Digital Agency of Japan", "Digital Agency of Japan"),
			want: []want{{0, JA, "FindingEnglishInJapanese"}}},
		{name: "caption translated", r: rel(u(release.Caption, "写真1", "Photo 1"))},
		{name: "one acronym on both sides", r: para("OECD", "OECD")},
		{name: "two words on both sides", r: para("Beyond 5G/6G", "Beyond 5G/6G")},
		{name: "Japanese punctuation is a width matter", r: para("会合を開催した。", "The meeting was held。")},
		{name: "English one-sided", r: para("", "Digital Agency of Japan")},
	}
}

func numberMismatchCases() []checkCase {
	return []checkCase{
		{name: "G7 against G20", r: para("両国は、G7やOECD等の多国間の場において緊密に連携する。", "The two sides will work closely in fora such as the G20 and OECD."),
			want: []want{{0, EN, "FindingNumberMismatch"}}},
		// chkfacts: practice, not defects, and a currency lost in translation.
		{name: "3国 as trilaterally", r: para("当然3国で共通する経済のテーマである", "trilaterally-common economic topics")},
		{name: "第3期 as Phase III", r: para("第3期の計画を策定した。", "The Phase III plan was drawn up.")},
		{name: "7度目 as seventh", r: para("大統領とは7度目の会談であり", "this is his seventh meeting with the President")},
		{name: "yen equivalent dropped", r: para("各10万ドル,合計20万ドル(約2,300万円)の緊急無償資金協力", "emergency grant aid of 100 thousand dollars each (total of 200 thousand dollars)")},
		{name: "yen equivalent kept", r: para("各10万ドル,合計20万ドル(約2,300万円)の緊急無償資金協力",
			"emergency grant aid of 100 thousand dollars respectively (total of 200 thousand dollars) (approx. 23 million yen))")},
		{name: "yen equivalents differ", r: para("合計20万ドル(約2,300万円)の緊急無償資金協力", "a total of 200 thousand dollars (approx. 32 million yen)"),
			want: []want{{0, EN, "FindingNumberMismatch"}}},
		{name: "dollar equivalent of a yen amount dropped", r: para("2,300万円(約20万ドル)を拠出する。", "Japan will contribute 23 million yen.")},
		{name: "yen equivalent only in the English", r: para("合計20万ドルの緊急無償資金協力", "a total of 200 thousand dollars (approx. 23 million yen)")},
		{name: "currency lost", r: para("120万ドルの緊急無償資金協力を実施する。", "Japan will extend emergency grant aid of 1.2 million."),
			want: []want{{0, EN, "FindingCurrencyLost"}}},
		{name: "currency written once for two amounts", r: para("120万ドル及び340万ドルを供与する。", "Japan will extend 1.2 million and 3.4 million US dollars.")},
		{name: "currency kept", r: para("120万ドルの緊急無償資金協力を実施する。", "Japan will extend emergency grant aid of US$1.2 million.")},
		{name: "yen against dollars", r: para("1億円を拠出する。", "Japan will contribute 100 million dollars."),
			want: []want{{0, EN, "FindingNumberMismatch"}}},
		{name: "minutes given in hours", r: para("約90分間会談を行った。", "They held talks for about one and a half hours.")},
		{name: "an hour", r: para("約1時間会談を行った。", "They held talks for about an hour.")},
		{name: "half an hour", r: para("約30分間会談を行った。", "They held talks for about half an hour.")},
		{name: "hours given in minutes", r: para("約1時間半会談を行った。", "They held talks for about 90 minutes.")},
		{name: "minutes that differ", r: para("約40分間会談を行った。", "They held talks for about 50 minutes."),
			want: []want{{0, EN, "FindingNumberMismatch"}}},
		{name: "来年 against the year", r: rel(
			u(release.Date, "平成30年5月22日", "May 22, 2018"),
			u(release.Paragraph, "来年のG20閣僚会合の開催日程が決まりました。", "The dates of the 2019 G20 Ministerial Meetings have been set."))},
		{name: "来年 against a wrong year", r: rel(
			u(release.Date, "平成30年5月22日", "May 22, 2018"),
			u(release.Paragraph, "来年のG20閣僚会合の開催日程が決まりました。", "The dates of the 2020 G20 Ministerial Meetings have been set.")),
			want: []want{{1, Both, "FindingNumberMismatch"}}},
		{name: "本20日 is a date, not a number", r: rel(
			u(release.Date, "平成27年5月20日", "May 20, 2015"),
			u(release.Paragraph, "本20日午後6時05分から約40分間,首脳会談を行いました。", "On May 20, commencing at 6:05 p.m. for approximately 40 minutes, a summit meeting was held."))},
		{name: "令和6年 against 2025 (a year alone is a number)", r: para("令和6年に開始した。", "It started in 2025."),
			want: []want{{0, EN, ""}}},
		{name: "number only in the Japanese", r: para("企業10社が参加した。", "Companies took part."),
			want: []want{{0, Both, ""}}},
		{name: "3万人 against 30,000 people", r: para("3万人が参加した。", "30,000 people took part.")},
		{name: "両国 against two sides", r: para("両国は、協力を進める。", "The two sides will cooperate.")},
		{name: "3か国 against three countries", r: para("3か国の首脳が参加した。", "Leaders of three countries took part.")},
		{name: "5割 against 50%", r: para("回答者の5割が賛成した。", "50% of respondents agreed.")},
		{name: "full-width digits", r: para("２０２４年に開始した。", "It started in 2024.")},
		{name: "telephone at home and abroad", r: rel(u(release.Contact, "電話：03-3501-1511", "Tel: +81-3-3501-1511"))},
		{name: "G7 on both sides", r: para("両国は、G7やOECD等の多国間の場において緊密に連携する。", "The two sides will work closely in fora such as the G7 and OECD.")},
		{name: "one-sided unit", r: para("企業10社が参加した。", "")},
	}
}

func dateMismatchCases() []checkCase {
	return []checkCase{
		{name: "令和6年3月29日 against March 29, 2025", r: para("令和6年3月29日に公表した。", "It was published on March 29, 2025."),
			want: []want{{0, Both, "FindingDateMismatch"}}},
		{name: "July against June", r: para("2024年7月、英国政府は会合を開催した。", "In June 2024, the U.K. government held a meeting."),
			want: []want{{0, Both, "FindingDateMismatch"}}},
		{name: "wrong English weekday", r: para("令和7年1月22日（水曜日）、会合を開催した。", "On Thursday, January 22, 2025, a meeting was held."),
			want: []want{{0, EN, "FindingWeekday"}}},
		{name: "wrong Japanese weekday", r: para("令和7年1月22日（木曜日）、会合を開催した。", "On Wednesday, January 22, 2025, a meeting was held."),
			want: []want{{0, JA, "FindingWeekday"}}},
		{name: "date only in the English", r: para("会合を開催した。", "The meeting was held on January 22, 2025."),
			want: []want{{0, JA, "FindingDateOnlyEN"}}},
		{name: "date only in the Japanese", r: para("令和7年1月22日、会合を開催した。", "The meeting was held."),
			want: []want{{0, EN, "FindingDateOnlyJA"}}},
		{name: "FY2024 against FY2025", r: para("令和6年度中に手続を定める。", "Procedures will be set within FY2025."),
			want: []want{{0, Both, ""}}},
		// chkfacts: the side of a date that differs is the edition the rest of the release disagrees with.
		{name: "令和6年 date line in a release of 2025", r: rel(
			u(release.Date, "令和6年1月22日", "January 22, 2025"),
			u(release.Paragraph, "2025年1月21日に会合を開催した。", "A meeting was held on January 21, 2025."),
			u(release.Paragraph, "2025年2月1日に公表する。", "It will be published on February 1, 2025.")),
			want: []want{{0, JA, "FindingDateMismatch"}}},
		{name: "2024 English date in a release of 2025", r: rel(
			u(release.Date, "令和7年1月22日", "January 22, 2025"),
			u(release.Paragraph, "2025年2月1日に公表する。", "It will be published on February 1, 2024.")),
			want: []want{{1, EN, "FindingDateMismatch"}}},
		{name: "本7日 against November 7th", r: rel(
			u(release.Date, "平成26年11月7日", "November 7, 2014"),
			u(release.Paragraph, "本7日,我が国政府は決定しました。", "The Government of Japan decided on November 7th.")),
		},
		{name: "本8日 against November 7th", r: rel(
			u(release.Date, "平成26年11月7日", "November 7, 2014"),
			u(release.Paragraph, "本8日,我が国政府は決定しました。", "The Government of Japan decided on November 7th.")),
			want: []want{{1, Both, "FindingDateMismatch"}}},
		{name: "本日 against the date in brackets", r: rel(
			u(release.Date, "平成22年9月10日", "September 10,2010"),
			u(release.Paragraph, "本日、申出があった。", "At 7am JST today (September 10th,2010), the bank notified the FSA.")),
		},
		{name: "本日 against today", r: rel(
			u(release.Date, "平成22年9月10日", "September 10, 2010"),
			u(release.Paragraph, "本日、申出があった。", "Today, the bank notified the FSA.")),
		},
		{name: "Japan time left out of the English", r: rel(
			u(release.Date, "令和6年1月19日", "January 19, 2024"),
			u(release.Paragraph, "現地時間18日午後8時(日本時間19日午前10時)から会談を行った。", "On January 18, commencing at 8:00 p.m., the meeting was held.")),
		},
		{name: "day list of the English", r: rel(
			u(release.Date, "平成30年5月22日(火曜日)", "Tuesday, May 22, 2018"),
			u(release.Paragraph, "会合は、6月8日土曜日と9日日曜日に開催します。", "The meeting will be held on the 8th and 9th of June 2019.")),
		},
		{name: "weekday of a day whose month is guessed", r: rel(
			u(release.Date, "平成26年11月7日", "November 7, 2014"),
			u(release.Paragraph, "2日(金)に開催する。", "It will be held on Friday.")),
		},
		{name: "paragraph label run into a date", r: para("1.10月26日,選挙が行われた。", "1. The elections on October 26 were held.")},
		{name: "wrong weekday in a one-sided unit", r: para("", "On Thursday, January 22, 2025, a meeting was held."),
			want: []want{{0, EN, "FindingWeekday"}}},
		{name: "令和6年度 against FY2024", r: para("令和6年度中に手続を定める。", "Procedures will be set within FY2024.")},
		{name: "weekday that fits", r: para("令和7年1月22日（水曜日）、会合を開催した。", "On Wednesday, January 22, 2025, a meeting was held.")},
		{name: "令和6年3月29日 against March 29, 2024", r: para("令和6年3月29日に公表した。", "It was published on March 29, 2024.")},
		{name: "day first", r: para("令和7年1月22日に公表した。", "It was published on 22 January 2025.")},
		{name: "no year on either side", r: para("1月22日に公表した。", "It was published on January 22.")},
		{name: "month and year", r: para("2024年5月に設立された。", "It was established in May 2024.")},
		{name: "era boundary", r: para("平成31年4月30日及び令和元年5月1日", "April 30 and May 1, 2019")},
		{name: "weekday in brackets after the English date", r: para("令和7年1月22日（水）に開催した。", "It was held on January 22, 2025 (Wednesday).")},
	}
}

func urlMismatchCases() []checkCase {
	return []checkCase{
		{name: "different URL", r: para("詳細は https://www.meti.go.jp/press/2024/ を参照。", "See https://www.meti.go.jp/press/2025/ for details."),
			want: []want{{0, EN, "FindingURLMismatch"}}},
		{name: "different e-mail", r: rel(u(release.Contact, "メール：info@meti.go.jp", "E-mail: press@meti.go.jp")),
			want: []want{{0, EN, ""}}},
		{name: "URL only in the Japanese", r: para("詳細は https://www.meti.go.jp/press/ を参照。", "See the website for details."),
			want: []want{{0, Both, ""}}},
		{name: "same URL", r: para("詳細は https://www.meti.go.jp/press/2024/ を参照。", "See https://www.meti.go.jp/press/2024/ for details.")},
		{name: "host case and closing full stop", r: para("詳細はhttps://www.meti.go.jp/press/を参照。", "See HTTPS://WWW.METI.GO.JP/press/.")},
		{name: "bare host with and without slash", r: para("https://www.meti.go.jp/", "https://www.meti.go.jp")},
		{name: "same e-mail at the end of a sentence", r: rel(u(release.Contact, "メール：info@meti.go.jp", "E-mail: info@meti.go.jp."))},
	}
}

func acronymMismatchCases() []checkCase {
	return []checkCase{
		{name: "DFFT missing from the English", r: para("DFFTの具体化を主導する。", "They will lead the operationalization of data free flow with trust."),
			want: []want{{0, EN, "FindingAcronym"}}},
		{name: "AI is not found inside said", r: para("AIの安全性を促進する。", "They said they would promote safety."),
			want: []want{{0, EN, ""}}},
		{name: "DFFT in the English", r: para("DFFTの具体化を主導する。", "They will lead the operationalization of DFFT.")},
		{name: "full-width ＤＦＦＴ in the Japanese", r: para("ＤＦＦＴの具体化を主導する。", "They will lead the operationalization of DFFT.")},
		{name: "Open RAN and Beyond 5G/6G", r: para("Open RANを通じた多様化及びBeyond 5G/6G分野の研究。", "Diversification through Open RAN and research on Beyond 5G/6G.")},
		{name: "English spells out more", r: para("半導体の協力。", "Cooperation on semiconductors (chips), R&D and AI.")},
		{name: "one-sided unit", r: para("DFFTの具体化を主導する。", "")},
		// chkfacts: what translators do with a Latin token of the Japanese.
		{name: "IMF spelled out", r: para("IMFスタッフとして勤務した。", "He worked at the International Monetary Fund.")},
		{name: "ASEAN spelled out", r: para("ASEANとの協力。", "Cooperation with the Association of Southeast Asian Nations.")},
		{name: "OECD spelled out with a hyphen", r: para("OECDにて", "at the Organisation for Economic Co-operation and Development")},
		{name: "OSCE/ODIHR as two names", r: para("欧州安全保障協力機構/民主制度・人権事務所(OSCE/ODIHR)等の国際選挙監視団",
			"the Organization for Security and Co-operation in Europe (OSCE) / the Office for Democratic Institutions and Human Rights (ODIHR) EOM")},
		{name: "OSCE/ODIHR, one part missing", r: para("(OSCE/ODIHR)等の国際選挙監視団", "the OSCE mission"),
			want: []want{{0, EN, "FindingAcronym"}}},
		{name: "PDF link marker", r: para("イニシアティブ(PDF)は重要な役割を果たした", "initiatives have played an important part")},
		{name: "PDF link marker with a size", r: para("概要(PDF:256KB)", "Summary")},
		{name: "English gloss in Japanese parentheses", r: para("ビロル国際エネルギー機関(IEA)事務局長(Dr. Fatih Birol, Executive Director of International Energy Agency, IEA)の表敬",
			"a courtesy call from Dr. Fatih Birol, Executive Director of the International Energy Agency (IEA)")},
		{name: "gloss with a word missing", r: para("(Executive Director of International Energy Agency)", "the Director of the International Energy Agency"),
			want: []want{{0, EN, "FindingAcronym"}}},
		{name: "plural in the English", r: para("NGOと連携する。", "It works with NGOs.")},
		{name: "SDGs spelled out", r: para("SDGsの達成に向けて", "towards achieving the Sustainable Development Goals")},
		{name: "UNHCR spelled out", r: para("UNHCRを通じて", "through the Office of the United Nations High Commissioner for Refugees")},
		{name: "spacing inside a name", r: para("OpenRANの推進", "promotion of Open RAN")},
		{name: "Roman numeral as a number", r: para("フェーズⅢに移行する。", "It moves to Phase 3.")},
		{name: "Roman numeral as an ordinal", r: para("フェーズⅢに移行する。", "It moves to the third phase.")},
		{name: "Roman numeral that differs", r: para("フェーズⅢに移行する。", "It moves to Phase 4."),
			want: []want{{0, EN, "FindingAcronym"}}},
		{name: "G7 against G20 is the number check's", r: para("両国は、G7等の場で連携する。", "The two sides will work in fora such as the G20.")},
	}
}

const testGlossary = `
[terms]
"デジタル庁" = ["Digital Agency"]
"経済産業省" = ["Ministry of Economy, Trade and Industry", "METI"]
"経済産業" = ["economy and industry"]
`

func parseGlossary(s string) *glossary.Glossary {
	g, err := glossary.Parse([]byte(s))
	if err != nil {
		panic(err)
	}
	return g
}

func termMismatchCases() []checkCase {
	g := parseGlossary(testGlossary)
	return []checkCase{
		{name: "デジタル庁 not rendered", gloss: g, r: para("デジタル庁は会合を開催した。", "The agency held a meeting."),
			want: []want{{0, EN, "FindingTerm"}}},
		{name: "two terms not rendered", gloss: g, r: para("経済産業省及びデジタル庁は会合を開催した。", "The ministry and the agency held a meeting."),
			want: []want{{0, EN, ""}, {0, EN, ""}}},
		{name: "rendered", gloss: g, r: para("デジタル庁は会合を開催した。", "The Digital Agency held a meeting.")},
		{name: "second rendering", gloss: g, r: para("経済産業省は会合を開催した。", "METI held a meeting.")},
		{name: "case of the rendering", gloss: g, r: para("デジタル庁は会合を開催した。", "THE DIGITAL AGENCY held a meeting.")},
		{name: "shorter term inside the longer one", gloss: g, r: para("経済産業省は会合を開催した。", "The Ministry of Economy, Trade and Industry held a meeting.")},
		{name: "no glossary", r: para("デジタル庁は会合を開催した。", "The agency held a meeting.")},
		{name: "one-sided unit", gloss: g, r: para("デジタル庁は会合を開催した。", "")},
	}
}

func widthCases() []checkCase {
	return []checkCase{
		{name: "ＡＩ in the English", r: para("AIの重要性を認識した。", "They recognized the importance of ＡＩ."),
			want: []want{{0, EN, "FindingFullWidth"}}},
		{name: "２０２４ in the English", r: para("2024年5月に設立された。", "It was established in May ２０２４."),
			want: []want{{0, EN, "FindingFullWidth"}}},
		{name: "Japanese comma in the English", r: para("会合を開催した。", "The meeting、was held."),
			want: []want{{0, EN, ""}}},
		{name: "ｶﾀｶﾅ in the Japanese", r: para("ｶﾀｶﾅの文。", "Katakana text."),
			want: []want{{0, JA, "FindingHalfWidthKana"}}},
		{name: "both at once", r: para("ﾃﾞｼﾞﾀﾙ庁", "Ｄigital Agency"),
			want: []want{{0, EN, ""}, {0, JA, ""}}},
		{name: "full-width letters and digits in the Japanese", r: para("ＡＩ及び２０２４年の（１）", "AI and (1) in 2024")},
		{name: "full-width katakana", r: para("カタカナの文。", "Katakana text.")},
		{name: "no-break space and curly quotes in the English", r: para("（１）半導体", "(1)\u00a0“Semiconductors”")},
	}
}

func bracketsCases() []checkCase {
	return []checkCase{
		{name: "（ left open", r: para("信頼性のある自由なデータ流通（DFFTを推進する。", "They promote Data Free Flow with Trust (DFFT)."),
			want: []want{{0, JA, "FindingBrackets"}}},
		{name: "odd straight quote", r: para("「概要」を参照。", `See the "Summary.`),
			want: []want{{0, EN, ""}}},
		{name: "closing bracket without opener", r: para("詳細は別紙を参照。", "See the annex) for details."),
			want: []want{{0, EN, ""}}},
		{name: "crossed brackets", r: para("「概要（案」）を参照。", "See the summary."),
			want: []want{{0, JA, ""}}},
		{name: "1) and １） labels", r: rel(u(release.Item, "１）研究開発", "1) Research and development"), u(release.Item, "２）人材育成", "2) Human resources"))},
		{name: "（１） and (1) labels", r: heads("（１）半導体", "(1)\u00a0Semiconductors")},
		{name: "balanced", r: para("信頼性のある自由なデータ流通（DFFT）を「推進」する。", `They promote "Data Free Flow with Trust" (DFFT) [and “more”].`)},
	}
}

func whitespaceCases() []checkCase {
	return []checkCase{
		{name: "doubled space", r: para("両国は協力する。", "The two  sides will cooperate."),
			want: []want{{0, EN, "FindingDoubleSpace"}}},
		{name: "tab", r: para("両国は\t協力する。", "The two sides will cooperate."),
			want: []want{{0, JA, "FindingTab"}}},
		{name: "leading space", r: para("両国は協力する。", " The two sides will cooperate."),
			want: []want{{0, EN, "FindingEdgeSpace"}}},
		{name: "trailing ideographic space", r: para("両国は協力する。\u3000", "The two sides will cooperate."),
			want: []want{{0, JA, "FindingEdgeSpace"}}},
		{name: "no-break space after a label", r: heads("（１）半導体", "(1)\u00a0Semiconductors")},
		{name: "ideographic space after a label", r: heads("第１\u3000目的", "Part 1 Purpose", "１\u3000対象範囲", "1. Scope")},
		{name: "single spaces", r: para("商務情報政策局 国際室", "Office of International Affairs, Commerce and Information Policy Bureau")},
		{name: "empty English", r: para("両国は協力する。", "")},
	}
}

// normalRelease has enough ordinary paragraphs for a document norm, with
// extra units appended.
func normalRelease(extra ...release.Unit) *release.Release {
	ja := "両国は、半導体分野におけるサプライチェーンの強靱化に関する協力を継続するとともに、関係者間の研究開発を促進する。"
	en := "The two sides will continue to cooperate on semiconductor supply chain resilience and promote joint research and development among stakeholders."
	units := []release.Unit{u(release.Title, "会合を開催しました", "Meeting Held")}
	for range 5 {
		units = append(units, u(release.Paragraph, ja, en))
	}
	return rel(append(units, extra...)...)
}

func lengthRatioCases() []checkCase {
	ja := "両国は、半導体分野におけるサプライチェーンの強靱化に関する協力を継続するとともに、関係者間の研究開発を促進する。"
	en := "The two sides will continue to cooperate on semiconductor supply chain resilience and promote joint research and development among stakeholders."
	long := strings.TrimSpace(strings.Repeat(en+" ", 5))
	return []checkCase{
		{name: "English five times the norm", r: normalRelease(u(release.Paragraph, ja, long)),
			want: []want{{6, EN, "FindingLengthRatio"}}},
		{name: "English far too short", r: normalRelease(u(release.Paragraph, ja, "They will cooperate.")),
			want: []want{{6, EN, ""}}},
		{name: "normal units only", r: normalRelease()},
		{name: "English twice the norm", r: normalRelease(u(release.Paragraph, ja, en+" "+en))},
		{name: "title is exempt", r: normalRelease(u(release.Title, ja, long))},
		{name: "short Japanese is exempt", r: normalRelease(u(release.Paragraph, "両国は協力する。", long))},
		{name: "no norm without prose", r: heads("１．概要", strings.Repeat("Overview ", 40))},
	}
}

// chkstruct (issue 8): two sections that changed places are one finding.
func orderMismatchCases() []checkCase {
	a := [2]string{"（１）半導体分野では、2025年までに3つの拠点を整備し、OECDと連携する。", "(1) In semiconductors, 3 hubs will be set up by 2025 in cooperation with the OECD."}
	b := [2]string{"（２）AI分野では、G7の枠組みで12件の共同研究を行う。", "(2) In AI, 12 joint research projects will run under the G7 framework."}
	mid := [2]string{"両国は協力を続ける。", "The two sides will continue to cooperate."}
	return []checkCase{
		{name: "sections swapped", r: rel(
			u(release.Paragraph, a[0], ""),
			u(release.Paragraph, b[0], b[1]),
			u(release.Paragraph, mid[0], mid[1]),
			u(release.Paragraph, "", a[1])),
			want: []want{{0, Both, "FindingOrderMismatch"}}},
		{name: "a paragraph dropped is no move", r: rel(
			u(release.Paragraph, a[0], ""),
			u(release.Paragraph, b[0], b[1]),
			u(release.Paragraph, mid[0], mid[1]))},
		{name: "one-sided runs that share nothing", r: rel(
			u(release.Paragraph, a[0], ""),
			u(release.Paragraph, mid[0], mid[1]),
			u(release.Paragraph, "", b[1]))},
		{name: "neighbours the aligner left apart are no move", r: rel(
			u(release.Paragraph, a[0], ""),
			u(release.Paragraph, "", a[1]))},
	}
}

// TestOrderMismatchHidesMissing: the units of a moved section carry the
// one order finding, not a missing counterpart each.
func TestOrderMismatchHidesMissing(t *testing.T) {
	r := orderMismatchCases()[0].r
	for _, f := range Run(r, Options{}) {
		if f.Check == MissingCounterpart {
			t.Errorf("unexpected %s", show(r, f))
		}
	}
}

// chkfacts
func timeMismatchCases() []checkCase {
	return []checkCase{
		{name: "午後6時05分 against 6:15 p.m.", r: para("本20日午後6時05分から会談を行いました。", "On May 20, commencing at 6:15 p.m., a meeting was held."),
			want: []want{{0, EN, "FindingTimeMismatch"}}},
		{name: "English time the Japanese omits is a note", r: para("本日、申出があった。", "At 7am JST today, the bank notified the FSA."),
			want: []want{{0, JA, "FindingTimeOnlyEN"}}},
		{name: "Japanese time the English omits is a note", r: para("午後6時05分から会談を行いました。", "A meeting was held."),
			want: []want{{0, EN, "FindingTimeOnlyJA"}}},
		{name: "local time and Japan time", r: para("現地時間5月2日午前10時10分(日本時間午後5時10分)から約10分間",
			"On May 2, commencing at 10:10 a.m. (5:10 p.m., Japan Time), for approximately 10 minutes")},
		{name: "Japan time left out of the English", r: para("現地時間5月2日午前10時10分(日本時間午後5時10分)から", "On May 2, commencing at 10:10 a.m.")},
		{name: "24-hour range against a.m.", r: para("9時58分~10時07分", "9:58 - 10:07 a.m.")},
		{name: "24-hour clock against p.m.", r: para("15時30分から開催する。", "It will be held from 3:30 p.m.")},
		{name: "no times", r: para("会合を開催した。", "A meeting was held.")},
		{name: "a line of times paired with another line", r: para("9時58分~10時07分", "Press Conference Room, METI")},
	}
}

// Control and bidi characters in either edition (issue 12).
func controlCases() []checkCase {
	return []checkCase{
		{name: "escape sequence in the English", r: para("会合を開催した。", "A meeting\x1b[2J was held."),
			want: []want{{0, EN, "FindingControl"}}},
		{name: "bidi override in the Japanese", r: para("会合を\u202e開催した。", "A meeting was held."),
			want: []want{{0, JA, "FindingControl"}}},
		{name: "C1 control", r: para("会合を開催した。", "A meeting\u0085was held."),
			want: []want{{0, EN, "FindingControl"}}},
		{name: "NUL", r: para("会合を開催した。\x00", "A meeting was held."),
			want: []want{{0, JA, "FindingControl"}}},
		{name: "tabs and line breaks are text", r: para("会合を\t開催した。\n以上", "A meeting\twas held.\r\nEnd")},
	}
}
