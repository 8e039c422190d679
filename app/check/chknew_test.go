package check

import (
	"path/filepath"
	"testing"
	"unicode/utf8"

	"taiyaku/app/release"
	"taiyaku/app/spelling"
)

// Tables of the checks added by chknew (issue 8): spelling, broken
// characters, and the punctuation rows of whitespace.

func TestSpelling(t *testing.T) { runCases(t, Spelling, spellingCases()) }
func TestEncoding(t *testing.T) { runCases(t, Encoding, encodingCases()) }
func TestPunctSpacing(t *testing.T) {
	runCases(t, Whitespace, punctSpacingCases())
}

func spellingCases() []checkCase {
	return []checkCase{
		{name: "Goverment and assistence", r: para("日本政府は支援を行う。", "The Goverment of Japan will provide assistence."),
			want: []want{{0, EN, "FindingSpelling"}}},
		{name: "Minstry in the Latin text of the Japanese", r: para("Minstry of Financeが発表した。", "The Ministry of Finance announced it."),
			want: []want{{0, JA, "FindingSpelling"}}},
		{name: "long word two slips away", r: para("協力する。", "They will cooperate on asssistence matters."),
			want: []want{{0, EN, "FindingSpelling"}}},
		{name: "British and American spellings", r: para("組織を設立する。", "The organisation and the organization will be established; colour and color.")},
		{name: "names after titles and in runs", r: para("首脳会談を行った。", "Prime Minister Kishida met H.E. Mr. Tsakhia Elbegdorj and Dr. Fatih Birol.")},
		{name: "romanised Japanese", r: para("つくば市で開催する。", "It will be held in Tsukuba-shi, Ibaraki Prefecture, and Karuizawa-machi.")},
		{name: "acronyms, codes and capitals", r: para("G20を開催する。", "The G20, OSCE/ODIHR and Mr. Volodymyr ZELENSKY; CO2 and 5G; iPhone.")},
		{name: "addresses", r: para("詳細はウェブサイト。", "See https://www.mofa.go.jp/press/releases_e.html or write to press-info@meti.go.jp.")},
		{name: "possessives and derived words", r: para("両国の協力。", "The country’s trilaterally-agreed decarbonization and cybersecurity; Japan's role.")},
		{name: "a name used in two units", r: rel(
			u(release.Paragraph, "ラピダス社を選定した。", "Rapidus Corporation was selected."),
			u(release.Paragraph, "ラピダス社は工場を建設する。", "Rapidus will build a factory."))},
		{name: "a name written in both editions", r: para("ビロル事務局長(Dr. Fatih Birol)と会談した。", "The Prime Minister met Birol.")},
		{name: "glossary English", r: para("経済産業省が発表した。", "The Ministry of Economy, Trade and Industry announced it."), gloss: parseGlossary(`
[terms]
"特別会計" = ["Tokubetsu Kaikei special account"]
`)},
		{name: "page furniture is not checked", r: rel(u(release.Furniture, "ホーム", "Hoem"))},
	}
}

func encodingCases() []checkCase {
	return []checkCase{
		{name: "? for a letter", r: para("サントメ・プリンシペ", "S?o Tom? and Pr?ncipe"), want: []want{{0, EN, "FindingBrokenChar"}}},
		{name: "U+FFFD in the Japanese", r: para("高\uFFFD大臣", "Minister Takahashi"), want: []want{{0, JA, "FindingBrokenChar"}}},
		{name: "?? for kanji", r: para("??大臣は述べた。", "The Minister said."), want: []want{{0, JA, "FindingBrokenChar"}}},
		{name: "? for a kanji at a name's start", r: para("?橋大臣は述べた。", "Minister Takahashi said."), want: []want{{0, JA, "FindingBrokenChar"}}},
		{name: "Japanese questions", r: para("Q:議論されるでしょうか?次に、成果は?", "Q: Will it be discussed?")},
		{name: "Latin-1 mojibake", r: para("カフェ", "CafÃ© and rÃ©sumÃ©"), want: []want{{0, EN, "FindingMojibake"}}},
		{name: "CP1252 mojibake of a quote", r: para("日本の役割", "Japanâ€™s role"), want: []want{{0, EN, "FindingMojibake"}}},
		{name: "mojibake of Japanese", r: para("æ—¥æœ¬", "Japan"), want: []want{{0, JA, "FindingMojibake"}}},
		{name: "questions and URLs", r: para("質問はありますか?", "Any questions? See https://example.go.jp/a?id=3&b=4 and What?")},
		{name: "accented words", r: para("サントメ", "São Tomé, résumé, café, naïve, Zürich, Ångström")},
		{name: "curly quotes and dashes", r: para("日本の「役割」", "Japan’s “role” – and — more…")},
	}
}

func punctSpacingCases() []checkCase {
	return []checkCase{
		{name: "no space after a full stop", r: para("支援を行う。本日発表した。", "We provide assistance.The release was issued today."),
			want: []want{{0, EN, "FindingPunctSpacing"}}},
		{name: "no space after a comma in a date", r: para("平成22年9月10日", "September 10,2010"),
			want: []want{{0, EN, "FindingPunctSpacing"}}},
		{name: "space before a comma", r: para("本日(9月10日)、発表した。", "Today (September 10) , it was announced."),
			want: []want{{0, EN, "FindingPunctSpacing"}}},
		{name: "space before the final full stop", r: para("終わり。", "This is the end ."),
			want: []want{{0, EN, "FindingPunctSpacing"}}},
		{name: "abbreviation before a number", r: para("約23百万円", "approx.23 million yen"),
			want: []want{{0, EN, "FindingPunctSpacing"}}},
		{name: "decimals, thousands, times, abbreviations", r: para("1.5%、2,300人、10時07分、米国",
			"1.5%, 2,300 people, 1,000,000 yen at 10:07 a.m. in the U.S., e.g. No.1 reactor, Art. 77(2), Fig.1, Vol.3.")},
		{name: "URLs and e-mail addresses", r: para("詳細", "See www.meti.go.jp/english/index.html, https://a.go.jp/x.Y and info@mofa.go.jp.")},
		{name: "tabs of a pasted table", r: para("(1)\t社会党(ドドン党首)\t:\t20.\t75%(25議席)", "(1)\tSocialist Party\t20.75%")},
		{name: "ellipsis and quotes", r: para("など", "and so on ... as “planned,” he said.")},
	}
}

// Mixed comma styles in one Japanese text are a width finding.
func TestMixedCommas(t *testing.T) {
	runCases(t, Width, []checkCase{
		{name: "、 and , in one sentence", r: para("情勢は流動的,だからこそ両国間では、共通の価値観に立脚する。", "The situation is fluid."),
			want: []want{{0, JA, "FindingMixedCommas"}}},
		{name: "、 and a number with a comma", r: para("預金については、元本1,000万円まで保護される。", "Up to 10 million yen.")},
		{name: "、 and Latin text with commas", r: para("ビロル事務局長(Dr. Fatih Birol, IEA)と、会談した。", "Met Dr. Birol.")},
		{name: "commas only", r: para("本7日,我が国政府は,支援を決定した。", "Japan decided.")},
	})
}

// The user's dictionary silences a word, and AddWord keeps it in a file.
func TestSpellingUserDictionary(t *testing.T) {
	r := para("協力する。", "The Goverment will cooperate.")
	if got := only(Run(r, Options{}), Spelling); len(got) != 1 {
		t.Fatalf("want one spelling finding, got %v", got)
	}
	path := filepath.Join(t.TempDir(), "sub", spelling.UserFile)
	user, err := spelling.LoadUser(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := user.AddWord("goverment"); err != nil {
		t.Fatal(err)
	}
	if got := only(Run(r, Options{Words: user}), Spelling); len(got) != 0 {
		t.Errorf("a word of the user's dictionary is reported: %v", got)
	}
	again, err := spelling.LoadUser(path)
	if err != nil || !again.Has("Goverment") {
		t.Errorf("the added word was not saved: %v %v", again.Words(), err)
	}
}

// The suggestion reaches the message data.
func TestSpellingSuggestion(t *testing.T) {
	got := only(Run(para("省が発表した。", "The Minstry announced it."), Options{}), Spelling)
	if len(got) != 1 || got[0].Data["Suggestion"] != "Ministry" || got[0].Data["Word"] != "Minstry" {
		t.Errorf("want Minstry → Ministry, got %v", got)
	}
}

// An edit adds its unit's words to the release's vocabulary: a name typed
// in a second unit is known there (Fatih is one slip from faith).
func TestSpellingUpdateLearnsNames(t *testing.T) {
	r := rel(
		u(release.Paragraph, "ファティ氏が述べた。", "Fatih spoke."),
		u(release.Paragraph, "会談した。", "They met."))
	c := New(r, Options{})
	if got := only(c.Findings(), Spelling); len(got) != 1 {
		t.Fatalf("want Fatih reported once, got %v", got)
	}
	r.Units[1].EN = "Fatih met them."
	c.Update(1)
	for _, f := range only(c.Findings(), Spelling) {
		if f.Unit == 1 {
			t.Errorf("a name used in two units is reported: %s", show(r, f))
		}
	}
	if got := only(Run(r, Options{}), Spelling); len(got) != 0 {
		t.Errorf("a full check still reports the name: %v", got)
	}
}

// FuzzTextChecks: the scanners of the new checks never panic on any text,
// and what they quote is valid UTF-8 (it goes into a message).
func FuzzTextChecks(f *testing.F) {
	for _, s := range []string{"assistance.The", "September 10,2010", "(x) ,", "end .", "S?o Tom?", "CafÃ©", "æ—¥", "\xc3", "a?b=c", "??", ",", ".", "流動的,だからこそ、共通", "、\xff,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		bad, fixed := mojibake(s)
		for _, q := range []string{punctSpacing(s), brokenChar(s), bad, fixed, mixedCommas(s)} {
			if !utf8.ValidString(q) {
				t.Fatalf("invalid UTF-8 quoted from %q: %q", s, q)
			}
		}
	})
}
