package spelling

import (
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"taiyaku/app/internal/swar"
)

func TestKnown(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"government", true}, {"Government", true}, {"GOVERNMENT", true},
		{"organisation", true}, {"organization", true}, {"colour", true}, {"color", true},
		{"trilaterally", true}, {"oblasts", true}, {"decarbonization", true}, {"cybersecurity", true},
		{"reexamined", true}, {"nonbinding", true},
		{"Goverment", false}, {"Minstry", false}, {"assistence", false}, {"recieve", false},
	} {
		if got := Known(tc.word); got != tc.want {
			t.Errorf("Known(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	for _, tc := range []struct {
		word string
		dist int
		want string
	}{
		{"Goverment", 1, "Government"}, {"Minstry", 1, "Ministry"}, {"assistence", 1, "assistance"},
		{"MINSTRY", 1, "MINISTRY"}, {"asssistence", 2, "assistance"}, {"asssistence", 1, ""},
		{"Elbegdorj", 2, ""}, {"Krasnoarmiisk", 2, ""},
	} {
		if got := Suggest(tc.word, tc.dist); got != tc.want {
			t.Errorf("Suggest(%q, %d) = %q, want %q", tc.word, tc.dist, got, tc.want)
		}
	}
	if got := SuggestSlip("Rapidus"); got != "" {
		t.Errorf("SuggestSlip(Rapidus) = %q: a letter too many is no slip", got)
	}
	if got := SuggestSlip("Goverment"); got != "Government" {
		t.Errorf("SuggestSlip(Goverment) = %q", got)
	}
}

func TestRomaji(t *testing.T) {
	for _, w := range []string{"tsukuba", "karuizawa", "machi", "shi", "kishida", "seko", "shimbun", "hokkaido", "saitoh", "ohno", "sapporo", "kan'i", "takeshi", "osuga", "ibaraki"} {
		if !Romaji(strings.ReplaceAll(w, "'", "")) {
			t.Errorf("Romaji(%q) = false", w)
		}
	}
	for _, w := range []string{"goverment", "minstry", "assistence", "grand", "recieve", "elbegdorj", "the", "strength"} {
		if Romaji(w) {
			t.Errorf("Romaji(%q) = true", w)
		}
	}
}

func TestWords(t *testing.T) {
	got := []string{}
	for _, tok := range Words("Japan’s G20 role: see www.mofa.go.jp, mail a@b.jp; 5G CO2 Tsukuba-shi and/or 日本語Latinの text don't.") {
		got = append(got, tok.Word)
	}
	want := "Japan’s role see mail Tsukuba shi and or Latin text don't"
	if strings.Join(got, " ") != want {
		t.Errorf("Words = %q, want %q", strings.Join(got, " "), want)
	}
}

// ownText is English of the kind the releases carry, written for this
// test: names and places after titles and in runs, romanised Japanese,
// acronyms, codes, both spellings, derived words.
const ownText = `Prime Minister Kishida met H.E. Mr. Tsakhia Elbegdorj, President of Mongolia, and
Dr. Fatih Birol of the IEA in Tsukuba-shi, Ibaraki Prefecture, and Karuizawa-machi.
The organisation's decarbonisation plan and the organization's decarbonization plan were
reexamined trilaterally; Japan-China-ROK FTA, RCEP, G20 and OSCE/ODIHR; Mr. Volodymyr ZELENSKY.
Foreign Press Secretary Takeshi OSUGA; Minister Seko; the Cities of Mariupol and Krasnoarmiisk.`

// The misspellings of issue 8 are found, and nothing in the real pairs'
// texts (both editions) nor in ownText.
func TestCheck(t *testing.T) {
	misses := Check("The Goverment of the Minstry will provide assistence.", nil)
	if len(misses) != 3 || misses[0].Suggestion != "Government" || misses[1].Suggestion != "Ministry" || misses[2].Suggestion != "assistance" {
		t.Errorf("Check = %+v", misses)
	}
	files, _ := filepath.Glob("../../testdata/real-pairs/*/*.txt")
	samples, _ := filepath.Glob("../check/testdata/samples/*/*.txt")
	if len(files) == 0 || len(samples) == 0 {
		t.Fatal("no real pairs or samples")
	}
	texts := []string{ownText}
	for _, f := range append(files, samples...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(f) != "source.txt" {
			texts = append(texts, string(data))
		}
	}
	for _, text := range texts {
		for _, m := range Check(text, nil) {
			t.Errorf("false alarm: %s → %s in %.60q", m.Word, m.Suggestion, text)
		}
	}
	if got := Check("They gave assistence.The Minstry said.", nil); len(got) != 2 {
		t.Errorf("a sentence run on is no address: %+v", got)
	}
	if got := Check("The Goverment’s plan and the Minstry's.", nil); len(got) != 2 || got[0].Word != "Goverment" || got[1].Word != "Minstry" {
		t.Errorf("possessives: %+v", got)
	}
	if got := Check("The Goverment said.", func(w string) bool { return w == "goverment" }); len(got) != 0 {
		t.Errorf("a word the caller knows is reported: %+v", got)
	}
}

func TestUserDictionary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", UserFile)
	u, err := LoadUser(path)
	if err != nil || u.Has("Elbegdorj") {
		t.Fatal(err)
	}
	if err := u.AddWord(" Elbegdorj "); err != nil {
		t.Fatal(err)
	}
	if err := u.AddWord("two words"); err == nil {
		t.Error("AddWord accepted two words")
	}
	again, err := LoadUser(path)
	if err != nil || !again.Has("ELBEGDORJ") || len(again.Words()) != 1 {
		t.Errorf("reloaded: %v %v", again.Words(), err)
	}
	var none *User
	if none.Has("x") {
		t.Error("a nil dictionary has words")
	}
	if p, err := UserPath(); err == nil && filepath.Base(p) != UserFile {
		t.Errorf("UserPath = %s", p)
	}
}

// FuzzWords: every token is a word of the text, at its offset, in order.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"Japan’s G20 role", "www.a.jp a@b.c", "日本語Latin", "x'y'", "", "é’’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for _, tok := range Words(s) {
			if tok.At <= last || tok.At+len(tok.Word) > len(s) || s[tok.At:tok.At+len(tok.Word)] != tok.Word || tok.Word == "" {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
			last = tok.At
		}
	})
}

// FuzzCheck: Check never panics, and reports words of the text with a
// known suggestion.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"The Goverment said.", "Dr. Fatih Birol", "Tsukuba-shi", "\xff\xfe", "Ministy’s", "(Goverment),", "a.m. Goverment.", "x\u00a0Goverment"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slow := true
		for _, tok := range Words(s) {
			slow = slow && ((*Memo)(nil).plainKnown(tok.Word) || noCorrection(tok.Word))
		}
		if (*Memo)(nil).quiet(s) != slow {
			t.Fatalf("quiet(%q) = %v, the full scan says %v", s, !slow, slow)
		}
		if words := (*Memo)(nil).checkWords(s, nil); slow && len(words) > 0 {
			t.Fatalf("quiet(%q), yet the words give %+v", s, words)
		}
		misses := Check(s, nil)
		for _, m := range misses {
			if !strings.Contains(s, m.Word) || !Known(m.Suggestion) || !utf8.ValidString(m.Word) {
				t.Fatalf("bad miss %+v in %q", m, s)
			}
		}
		var memo Memo
		for range 2 { // the second time from the memo
			if got := memo.Check(s, nil); !reflect.DeepEqual(got, misses) {
				t.Fatalf("Memo.Check(%q) = %+v, Check = %+v", s, got, misses)
			}
		}
	})
}

// TestMemo checks that a memo answers as the dictionary does, and stops
// growing at its bound.
func TestMemo(t *testing.T) {
	var memo Memo
	text := "The Goverment of the Minstry will provide assistence to the government."
	want := Check(text, nil)
	for range 3 {
		if got := memo.Check(text, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("Memo.Check = %+v, want %+v", got, want)
		}
	}
	for i := range memoMax + 10 {
		memo.plainKnown(fmt.Sprintf("word%dx", i))
	}
	if len(memo.known) > memoMax {
		t.Errorf("the memo grew to %d words", len(memo.known))
	}
}

// FuzzSimpleKnown holds the one-pass simpleKnown to the two steps it
// joins.
func FuzzSimpleKnown(f *testing.F) {
	for _, s := range []string{"(Goverment),", "word.", "a..", "Ministry", "iPhone", "\"x\"", "(", "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", "policy;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return
		}
		var memo Memo
		w, simple := simpleWord(s)
		known, ok := memo.simpleKnown(s)
		if ok != simple || ok && known != (*Memo)(nil).plainKnown(w) {
			t.Fatalf("simpleKnown(%q) = %v, %v; simpleWord %q, %v", s, known, ok, w, simple)
		}
	})
}

// simpleWord, the oracle of simpleKnown, returns the field's word when the field is ASCII letters
// with at most an opening bracket or quote before and punctuation after
// (“(assistance),”): the fields of most English prose.
func simpleWord(f string) (string, bool) {
	if f[0] == '(' || f[0] == '"' {
		f = f[1:]
	}
	end := len(f)
	for end > 0 && strings.IndexByte(",;:!?)\"", f[end-1]) >= 0 {
		end--
	}
	if end > 0 && f[end-1] == '.' && (end < 2 || f[end-2] != '.') {
		end-- // a final full stop; "a.m." and "U.S." go through the full scan
	}
	w := f[:end]
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || asciiClass[c] != clLetter {
			return "", false
		}
	}
	return w, w != ""
}

// fuzzMemo is kept across the inputs of FuzzFieldTable, so that fields
// of many inputs share its table.
var fuzzMemo Memo

// FuzzFieldTable: a memo that has seen other texts answers quiet as
// reading the text afresh does, for the text and each of its tails.
func FuzzFieldTable(f *testing.F) {
	for _, s := range []string{"The Goverment said.", "know-how Goverments (assistance), assistence", "abcdefgh ijklmnopq rstuvwxyzabcdefg", "x\x00\x00\x00\x00 x\x00\x00\x00", "Ministry Ministry, Ministrx", "3,759 2026. 50,200 1'''''x 1Govermen 12ab'cd 9Goverment"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i += 1 + i/4 {
			if got, want := fuzzMemo.quiet(s[i:]), (*Memo)(nil).quiet(s[i:]); got != want {
				t.Fatalf("memo quiet(%q) = %v, want %v", s[i:], got, want)
			}
		}
	})
}

// TestFieldTableGrows fills a memo's table past its growth steps and
// bound, and reads every answer back.
func TestFieldTableGrows(t *testing.T) {
	var memo Memo
	words := []string{"government", "goverment", "assistance", "assistence", "ministry,", "minstry.", "know-how", "(policy)"}
	var fields []string
	for i := range memoMax + 500 {
		fields = append(fields, fmt.Sprintf("%s%d", words[i%len(words)], i/len(words)))
		fields = append(fields, words[i%len(words)])
	}
	text := strings.Join(fields, " ")
	for range 2 {
		for _, w := range fields {
			if got, want := memo.quiet(w), (*Memo)(nil).quiet(w); got != want {
				t.Fatalf("quiet(%q) = %v, want %v", w, got, want)
			}
		}
		if got, want := memo.quiet(text), (*Memo)(nil).quiet(text); got != want {
			t.Fatalf("quiet of all = %v, want %v", got, want)
		}
	}
	if memo.fields.n > memoMax {
		t.Errorf("the table grew to %d fields", memo.fields.n)
	}
}

// classAtDecoded is classAt as it was, decoding every character beyond
// ASCII it looks at: the oracle.
func classAtDecoded(s string, i int) (uint8, int) {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		return asciiClass[c], 1
	case c >= 0xC3 && c <= 0xC9:
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < 0x250 && unicode.IsLetter(r) {
			return clLetter, n
		}
		return clOther, n
	case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF:
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '’':
			return clApostrophe, n
		case unicode.IsSpace(r):
			return clSpace, n
		case r >= '０' && r <= '９':
			return clDigit, n
		}
		return clOther, n
	}
	return clOther, seqLen(s, i)
}

func FuzzClassAt(f *testing.F) {
	for _, s := range []string{"\u3000あ、。「」ア", "\xe3\x80", "\xe3\x80\x80\xe3", "’ ０９\u00a0é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range len(s) {
			k, n := classAt(s, i)
			wk, wn := classAtDecoded(s, i)
			if k != wk || n != wn {
				t.Fatalf("classAt(%q, %d) = %d, %d; want %d, %d", s, i, k, n, wk, wn)
			}
		}
	})
}

// wordsOneByOne is Words with the scanner stepping every character
// through classAt, as it did before skipJapanese: the oracle.
func wordsOneByOne(s string) []Token {
	var out []Token
	sc := wordScanner{s: s, word: -1}
	for {
		if sc.at < sc.nout {
			p := sc.out[sc.at]
			sc.at++
			out = append(out, Token{Word: sc.wordOf(p), At: p.start})
			continue
		}
		sc.at, sc.nout = 0, 0
		switch {
		case sc.i < len(sc.s):
			kind, n := classAt(sc.s, sc.i)
			sc.step(kind, sc.i)
			sc.i += n
		case !sc.done:
			sc.done = true
			sc.endWord(len(sc.s))
			sc.endField()
		default:
			return out
		}
	}
}

func FuzzWordsSkip(f *testing.F) {
	for _, s := range []string{"詳細はhttps://www.example.go.jp/aに掲載", "日本語Latin語2026年G7サミット", "あ\u3000word漢字's", "\xe3\x80\x80x\xe9\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Words(s), wordsOneByOne(s); !reflect.DeepEqual(got, want) {
			t.Errorf("Words(%q) = %v, want %v", s, got, want)
		}
	})
}

// hasLowerRunBytes is hasLowerRun4 byte by byte (for runs of n), its
// oracle.
func hasLowerRunBytes(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' || c == '\'' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// FuzzHasLowerRun holds hasLowerRun4, which reads eight bytes at a
// time, to the byte-by-byte oracle.
func FuzzHasLowerRun(f *testing.F) {
	for _, s := range []string{"IoT", "abcd", "日本語のIoTとabcd", "ab日本語のテキストcd", "x'yz", "\xe3\x81abcd", "Abc Defg", "ABCDEFGabcDEFG", "xxxxxxxABC"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		mid := len(s) / 2
		for _, x := range []string{s, "日本語のテキスト" + s, s[:mid] + "日本語のテキスト" + s[mid:], "ab" + s + "cd", "abcdef" + s, s + "xy"} {
			for k := 0; k < 8 && k < len(x); k++ {
				if got, want := hasLowerRun4(x[k:]), hasLowerRunBytes(x[k:], 4); got != want {
					t.Fatalf("hasLowerRun4(%q) = %v, want %v", x[k:], got, want)
				}
			}
		}
	})
}

// readFieldScan is readField by the word scan alone, its oracle.
func readFieldScan(f string) bool {
	fine := true
	EachWord(f, func(w string, _ int) bool {
		fine = (*Memo)(nil).plainKnown(w) || noCorrection(w)
		return fine
	})
	return fine
}

// FuzzReadField holds readField, which reads the runs of Latin letters
// before any word scan, to the scan, for fields with Japanese, digits,
// addresses and other letters around misspelt and unknown words.
func FuzzReadField(f *testing.F) {
	for _, s := range []string{"日本語のBeyond研究", "Goverment’s", "ab’cdefgh’s", "'Goverment'", "meti.go.jpのGoverment", "Goverment5G", "Pérezgoverment", "know-how", "don't", "rock'n'roll", "ＧｏｖｅｒｍｅｎｔGoverment", "x@Goverment"} {
		f.Add(s)
	}
	var memo Memo
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return
		}
		for _, x := range []string{s, "日本語の" + s + "研究", s + "Goverment", "Goverment" + s} {
			want := readFieldScan(x)
			if got := (*Memo)(nil).readField(x); got != want {
				t.Fatalf("readField(%q) = %v, want %v", x, got, want)
			}
			if got := memo.readField(x); got != want {
				t.Fatalf("memo readField(%q) = %v, want %v", x, got, want)
			}
		}
	})
}

// quietBefore is quiet as it was, searching for each field's end from
// its start: the oracle of the mask of spaces.
func (m *Memo) quietBefore(text string) bool {
	if !hasLowerRun4(text) {
		return true
	}
	for i := 0; i < len(text); {
		end := spaceFrom(text, i)
		if end-i >= 5 && !m.fieldKnown(text, i, end) {
			return false
		}
		i = end + 1
	}
	return true
}

// spaceFrom is the index of the first space in text from i, or
// len(text): eight bytes at a time, since English fields are a few
// bytes, shorter than a call to IndexByte pays.
func spaceFrom(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		x := swar.Load8(text, i) ^ swar.Ones*' '
		// The bytes of x that are 0, exactly (no borrow crosses a byte).
		if z := ^((x&lows + lows) | x) & swar.Highs; z != 0 {
			return i + bits.TrailingZeros64(z)/8
		}
	}
	for i < len(text) && text[i] != ' ' {
		i++
	}
	return i
}

// FuzzQuietFields holds quiet, with and without a memo, to quietBefore
// without one, with fields of every
// length around the eight-byte words and spaces in runs and at the ends.
func FuzzQuietFields(f *testing.F) {
	for _, s := range []string{"The Goverment said.", " lead  double   spaces ", "abcdefgh ijklmnopq rstuvwxyzabcdefg", "Ministry Ministry, Ministrx ", "word wordy Govermen abcde", "x Goverment"} {
		f.Add(s)
		f.Add(strings.Repeat(s+" 2026. 50,200 12ab'cd 9Govermen 1234567 ", 9)) // past a batch of field ends
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s) && i < 9; i++ {
			want := (*Memo)(nil).quietBefore(s[i:])
			if got := (*Memo)(nil).quiet(s[i:]); got != want {
				t.Fatalf("quiet(%q) = %v, quietBefore %v", s[i:], got, want)
			}
			if got := fuzzMemo.quiet(s[i:]); got != want {
				t.Fatalf("memo quiet(%q) = %v, quietBefore %v", s[i:], got, want)
			}
		}
	})
}

// TestQuietBatches holds quiet with a memo to quietBefore without one
// over random texts of words, numbers and misspellings long enough to
// fill several of quiet's batches of field ends.
func TestQuietBatches(t *testing.T) {
	words := []string{"the", "of", "Ministry", "2026.", "50,200", "3,759", "12ab'cd", "1234567", "123456789",
		"(assistance),", "know-how", "a", "", "rollout", "Information-technology", "日本語の", "x'yzw", "Beyond",
		"1abcdefgh", "2,300abcde", "FY2026", "abcdefghijklmnopq", "policy", "cooperation", "Japan's"}
	slips := []string{"Goverment", "9Govermen", "assistence", "2,300assistence", "Ministri"}
	var m Memo
	seed, quiet := uint32(1), 0
	for range 3000 {
		var sb strings.Builder
		seed = seed*1664525 + 1013904223
		n := int(seed >> 24)
		for range n {
			seed = seed*1664525 + 1013904223
			if seed>>8&0x3FF == 0 {
				sb.WriteString(slips[int(seed>>20)%len(slips)])
			} else {
				sb.WriteString(words[int(seed>>16)%len(words)])
			}
			sb.WriteByte(' ')
			if seed&0x300 == 0 {
				sb.WriteByte(' ')
			}
		}
		s := sb.String()
		for _, x := range []string{s, strings.TrimSpace(s), s + "Goverment", "日本語の" + s} {
			got, want := m.quiet(x), (*Memo)(nil).quietBefore(x)
			if got != want {
				t.Fatalf("quiet(%q) = %v, quietBefore %v", x, got, want)
			}
			if got {
				quiet++
			}
		}
	}
	if quiet < 1500 || quiet > 10000 {
		t.Errorf("%d of 12,000 texts quiet: the test should see both answers often", quiet)
	}
}

// runsFineBytes is runsFine byte by byte, as it was: its oracle.
func (m *Memo) runsFineBytes(f string) bool {
	for i := 0; i < len(f); {
		if !runByte(f[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(f) && runByte(f[j]) {
			j++
		}
		if w := strings.Trim(f[i:j], "'"); len(w) >= 5 && !m.plainKnown(w) && !noCorrection(w) {
			return false
		}
		i = j
	}
	return true
}

// FuzzRunsFine holds runsFine, which finds the runs eight bytes at a
// time, to its byte-by-byte oracle, with Japanese and digits around.
func FuzzRunsFine(f *testing.F) {
	for _, s := range []string{"日本語のBeyond研究", "2025年のGoverment", "x'yzw'", "''''Govermen''", "ABCDEFGHIJ", "Open RAN", "5Gと6Gのassistence"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, x := range []string{s, "日本語の" + s + "研究", "12" + s + "Goverment", "Goverment" + s} {
			if got, want := fuzzMemo.runsFine(x), (*Memo)(nil).runsFineBytes(x); got != want {
				t.Fatalf("runsFine(%q) = %v, want %v", x, got, want)
			}
		}
	})
}
