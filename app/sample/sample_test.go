package sample

import (
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"taiyaku/app/release"
)

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(500, 42), Generate(500, 42)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different pairs")
	}
	if reflect.DeepEqual(a, Generate(500, 43)) {
		t.Error("different seeds, same pairs")
	}
}

func TestGenerateLength(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 5, 6, 7, 10, 99, 1000} {
		ps := Generate(n, int64(n))
		if len(ps) != n {
			t.Errorf("Generate(%d) returned %d pairs", n, len(ps))
		}
		for i, p := range ps {
			if p.JA == "" || p.EN == "" || !p.Kind.Valid() {
				t.Errorf("n=%d pair %d incomplete: %+v", n, i, p)
			}
		}
	}
	if Generate(-1, 1) != nil {
		t.Error("negative n must give nil")
	}
}

func TestShape(t *testing.T) {
	ps := Generate(200, 7)
	if ps[0].Kind != release.Title || ps[1].Kind != release.Date {
		t.Errorf("release must open with title and date, got %s, %s", ps[0].Kind, ps[1].Kind)
	}
	tail := ps[len(ps)-3:]
	if tail[0].JA != "担当" || tail[0].EN != "Division in Charge" || tail[2].Kind != release.Contact ||
		!strings.Contains(tail[2].EN, "+81-3-3501-1511") || !strings.Contains(tail[2].JA, "03-3501-1511") {
		t.Errorf("release must close with the contact block, got %+v", tail)
	}
	kinds := map[release.Kind]int{}
	for _, s := range []int64{1, 2, 3, 4, 5} {
		for _, p := range Generate(300, s) {
			kinds[p.Kind]++
		}
	}
	for _, k := range []release.Kind{release.Heading, release.Paragraph, release.Item, release.Caption, release.Contact} {
		if kinds[k] == 0 {
			t.Errorf("no %s units in five releases", k)
		}
	}
}

// The release date line and the intro paragraph must name the same day,
// with the weekday that fits it.
func TestReleaseDate(t *testing.T) {
	for s := range int64(50) {
		ps := Generate(10, s)
		day, err := time.Parse("January 2, 2006", ps[1].EN)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(ps[2].EN, "On "+day.Weekday().String()+", "+ps[1].EN+",") {
			t.Errorf("seed %d: intro %q does not start on %s", s, ps[2].EN, ps[1].EN)
		}
		if !strings.HasPrefix(ps[2].JA, ps[1].JA+"（"+jaWeekdays[day.Weekday()]) {
			t.Errorf("seed %d: intro %q does not start on %s", s, ps[2].JA, ps[1].JA)
		}
		if w := day.Weekday(); w == time.Saturday || w == time.Sunday {
			t.Errorf("seed %d: release on a %s", s, w)
		}
	}
}

var (
	jaLabel = regexp.MustCompile(`^(?:第([0-9０-９]+)　|([0-9０-９]+)[．　]|（([0-9０-９]+)）|([アイウエオカキクケコ])　|([①-⑳])　)`)
	enLabel = regexp.MustCompile(`^(?:Part ([0-9]+) |([0-9]+)\. |\(([0-9]+)\) |\(([a-h])\) |\(([ivx]+)\) )`)
)

// label reads a numbering label as (style, ordinal); style is the index of
// the matching group, the same for both editions by construction.
func readLabel(re *regexp.Regexp, s string) (style, ord int, ok bool) {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	for g := 1; g < len(m); g++ {
		if m[g] != "" {
			return g, ordinal(g, m[g]), true
		}
	}
	return 0, 0, false
}

func ordinal(g int, s string) int {
	switch g {
	case 4:
		if r, _ := utf8.DecodeRuneInString(s); r >= 'a' && r <= 'z' {
			return int(r-'a') + 1
		}
		return slices.Index(gojuon, []rune(s)[0]) + 1
	case 5:
		if r, _ := utf8.DecodeRuneInString(s); r >= 0x2460 {
			return int(r-0x2460) + 1
		}
		for n := 1; n < 40; n++ {
			if roman(n) == s {
				return n
			}
		}
		return -1
	}
	n := 0
	for _, r := range s {
		if r >= '０' {
			r = r - '０' + '0'
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// Within each edition every level counts 1, 2, 3 … under its parent, and
// both editions carry the same ordinals at the same places.
func TestNumberingContinuous(t *testing.T) {
	for s := range int64(40) {
		var stack [][2]int // (style, ordinal) of the open levels
		for i, p := range Generate(400, s) {
			if p.Kind != release.Heading && p.Kind != release.Item {
				continue
			}
			js, jo, jok := readLabel(jaLabel, p.JA)
			es, eo, eok := readLabel(enLabel, p.EN)
			if jok != eok || js != es || jo != eo {
				t.Fatalf("seed %d pair %d: labels differ: %q / %q", s, i, p.JA, p.EN)
			}
			if !jok {
				continue // 担当 / Division in Charge is unnumbered
			}
			k := slices.IndexFunc(stack, func(e [2]int) bool { return e[0] == js })
			want := 1
			if k >= 0 {
				want = stack[k][1] + 1
				stack = stack[:k]
			}
			if jo != want {
				t.Fatalf("seed %d pair %d: %q has ordinal %d, want %d", s, i, p.JA, jo, want)
			}
			stack = append(stack, [2]int{js, jo})
		}
	}
}

func TestClean(t *testing.T) {
	fact := regexp.MustCompile(`https://[!-~]*?\.html|[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9/]*|\d[\d,.]*`)
	for _, s := range []int64{1, 2, 3} {
		for i, p := range Generate(2000, s) {
			if p.Kind == release.Paragraph && unicode.IsDigit(rune(p.EN[0])) {
				t.Errorf("pair %d: English paragraph starts with a digit: %q", i, p.EN)
			}
			checkEN(t, i, p.EN)
			checkJA(t, i, p.JA)
			checkSpaces(t, i, p.JA)
			checkSpaces(t, i, p.EN)
			checkBrackets(t, i, p.JA)
			checkBrackets(t, i, p.EN)
			// Every URL and Latin acronym of the Japanese is in the English.
			for _, tok := range fact.FindAllString(p.JA, -1) {
				if !unicode.IsDigit(rune(tok[0])) && !strings.Contains(p.EN, tok) {
					t.Errorf("pair %d: %q missing from English %q", i, tok, p.EN)
				}
			}
		}
	}
}

func checkEN(t *testing.T, i int, s string) {
	t.Helper()
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) ||
			r >= 0xFF00 && r <= 0xFFEF || r >= 0x3000 && r <= 0x303F || r > unicode.MaxASCII {
			t.Errorf("pair %d: English has %q: %q", i, r, s)
			return
		}
	}
}

func checkJA(t *testing.T, i int, s string) {
	t.Helper()
	for _, r := range s {
		if r >= 0xFF61 && r <= 0xFF9F {
			t.Errorf("pair %d: Japanese has half-width kana %q: %q", i, r, s)
			return
		}
	}
}

func checkSpaces(t *testing.T, i int, s string) {
	t.Helper()
	if strings.TrimSpace(s) != s || strings.Contains(s, "  ") || strings.Contains(s, "　　") {
		t.Errorf("pair %d: bad spacing in %q", i, s)
	}
}

func checkBrackets(t *testing.T, i int, s string) {
	t.Helper()
	pairs := map[rune]rune{')': '(', '）': '（', '」': '「', '］': '［', ']': '['}
	var stack []rune
	for _, r := range s {
		switch r {
		case '(', '（', '「', '［', '[':
			stack = append(stack, r)
		case ')', '）', '」', '］', ']':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[r] {
				t.Errorf("pair %d: unbalanced %q in %q", i, r, s)
				return
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		t.Errorf("pair %d: unclosed %q in %q", i, stack, s)
	}
}

// Numbers must agree: each Japanese number is in the English as the test
// expects to read it there (see englishNumber).
func TestNumbersAgree(t *testing.T) {
	num := regexp.MustCompile(`(令和|平成)?([0-9][0-9,.]*|元)(億|万|年度|年|月|日)?`)
	url := regexp.MustCompile(`https://\S+?\.html`)
	for i, p := range Generate(3000, 9) {
		if p.Kind == release.Contact {
			continue // telephone numbers: see TestShape
		}
		ja := p.JA
		if p.Kind == release.Heading || p.Kind == release.Item {
			ja = jaLabel.ReplaceAllString(ja, "")
		}
		for _, m := range num.FindAllStringSubmatch(url.ReplaceAllString(ja, ""), -1) {
			want := englishNumber(m[1], m[2], m[3])
			if !strings.Contains(p.EN, want) {
				t.Errorf("pair %d: %q should read %q in %q", i, m[0], want, p.EN)
			}
		}
	}
}

// englishNumber is how a Japanese number reads in English: era years
// Gregorian, FY before fiscal years, month names, 億 and 万 multiplied out,
// thousands separated.
func englishNumber(era, digits, unit string) string {
	if strings.Contains(digits, ".") {
		return digits
	}
	n := 1 // 元年
	if digits != "元" {
		n, _ = strconv.Atoi(strings.ReplaceAll(digits, ",", ""))
	}
	switch era {
	case "令和":
		n += 2018
	case "平成":
		n += 1988
	}
	switch unit {
	case "年":
		return strconv.Itoa(n)
	case "年度":
		return "FY" + strconv.Itoa(n)
	case "月":
		return time.Month(n).String()
	case "日": // a day of the month or a count of days
		return " " + strconv.Itoa(n)
	case "億":
		n *= 100
	case "万":
		n *= 10000
	}
	return commas(n)
}

// Every weekday fits its date, in both editions.
func TestWeekdaysFit(t *testing.T) {
	en := regexp.MustCompile(`(\w+day), (\w+ \d+, \d{4})`)
	ja := regexp.MustCompile(`(令和|平成)?(\d+|元)年(\d+)月(\d+)日（(.)`)
	seen := 0
	for i, p := range Generate(3000, 17) {
		for _, m := range en.FindAllStringSubmatch(p.EN, -1) {
			d, err := time.Parse("January 2, 2006", m[2])
			if err != nil || d.Weekday().String() != m[1] {
				t.Errorf("pair %d: %s is not a %s", i, m[2], m[1])
			}
			seen++
		}
		for _, m := range ja.FindAllStringSubmatch(p.JA, -1) {
			y, _ := strconv.Atoi(englishNumber(m[1], m[2], "年"))
			mo, _ := strconv.Atoi(m[3])
			d, _ := strconv.Atoi(m[4])
			wd := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Weekday()
			if jaWeekdays[wd] != m[5] {
				t.Errorf("pair %d: %s is not a %s", i, m[0], m[5])
			}
		}
	}
	if seen < 100 {
		t.Errorf("only %d dated weekdays in 3000 pairs", seen)
	}
}

// Paragraphs keep the lengths of real releases.
func TestParagraphLengths(t *testing.T) {
	total, out := 0, 0
	for _, p := range Generate(5000, 3) {
		if p.Kind != release.Paragraph {
			continue
		}
		total++
		j := utf8.RuneCountInString(p.JA)
		ratio := float64(len(p.EN)) / float64(j)
		if j < minJA || j > maxJA || ratio < minRatio || ratio > maxRatio {
			out++
		}
		if j < minJA/2 || j > maxJA+50 || ratio < 1.3 || ratio > 2.6 {
			t.Errorf("paragraph far out of bounds (%d chars, ratio %.2f): %q", j, ratio, p.JA)
		}
	}
	if out*100 > total {
		t.Errorf("%d of %d paragraphs outside %d–%d characters or ratio %.1f–%.1f", out, total, minJA, maxJA, minRatio, maxRatio)
	}
}

// The opening paragraph is a full paragraph too, in every document.
func TestIntroLength(t *testing.T) {
	for s := range int64(300) {
		if p := Generate(3, s)[2]; boundsMiss(tr{p.JA, p.EN}) != 0 {
			t.Errorf("seed %d: intro out of bounds: %q", s, p.JA)
		}
	}
}

// Neighbouring paragraphs must be told apart, as in real text.
func TestParagraphsDistinct(t *testing.T) {
	seen := map[string]bool{}
	dup, total := 0, 0
	for _, p := range Generate(5000, 5) {
		if p.Kind == release.Paragraph {
			total++
			if seen[p.EN] {
				dup++
			}
			seen[p.EN] = true
		}
	}
	if dup > 0 {
		t.Errorf("%d of %d paragraphs repeat", dup, total)
	}
}

func TestTexts(t *testing.T) {
	ps := Generate(300, 11)
	ja, en := Texts(ps)
	for name, text := range map[string]string{"ja": ja, "en": en} {
		lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		if len(lines) != 2*len(ps)-1 {
			t.Fatalf("%s: %d lines, want %d", name, len(lines), 2*len(ps)-1)
		}
		nonEmpty := 0
		for i, l := range lines {
			if (l != "") != (i%2 == 0) {
				t.Fatalf("%s line %d: blocks and blank lines must alternate", name, i+1)
			}
			if l != "" {
				nonEmpty++
			}
		}
		if nonEmpty != len(ps) {
			t.Errorf("%s: %d blocks, want %d", name, nonEmpty, len(ps))
		}
	}
	if !strings.HasPrefix(en, ps[0].EN+"\n\n"+ps[1].EN+"\n") || !strings.HasSuffix(ja, ps[len(ps)-1].JA+"\n") {
		t.Error("blocks out of order")
	}
}

func TestDropEN(t *testing.T) {
	ps := Generate(1000, 13)
	kept, dropped := DropEN(ps, 0.1, 99)
	if len(kept) != len(ps) || len(dropped) != 100 {
		t.Fatalf("kept %d, dropped %d; want 1000 and 100", len(kept), len(dropped))
	}
	if !slices.IsSorted(dropped) {
		t.Error("dropped indexes must be ascending")
	}
	for i := range kept {
		gone := slices.Contains(dropped, i)
		if gone != (kept[i].EN == "") || kept[i].JA != ps[i].JA || (!gone && kept[i].EN != ps[i].EN) {
			t.Fatalf("pair %d wrongly kept or dropped", i)
		}
	}
	if ps[dropped[0]].EN == "" {
		t.Error("DropEN changed its input")
	}
	k2, d2 := DropEN(ps, 0.1, 99)
	if !reflect.DeepEqual(k2, kept) || !reflect.DeepEqual(d2, dropped) {
		t.Error("DropEN is not deterministic")
	}
	_, en := Texts(kept)
	if got := strings.Count(en, "\n\n") + 1; got != 900 {
		t.Errorf("English text has %d blocks, want 900", got)
	}
	for _, f := range []float64{-1, 0, 2} {
		_, d := DropEN(ps, f, 1)
		if want := map[float64]int{-1: 0, 0: 0, 2: 1000}[f]; len(d) != want {
			t.Errorf("fraction %v dropped %d, want %d", f, len(d), want)
		}
	}
}

// TestGenerateLarge makes the largest pair the benchmarks use; how long it
// takes is BenchmarkGenerate's business, not a test's.
func TestGenerateLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	ps := Generate(100000, 1)
	if len(ps) != 100000 {
		t.Errorf("got %d pairs", len(ps))
	}
}

func BenchmarkGenerate(b *testing.B) {
	for b.Loop() {
		Generate(100000, 1)
	}
}
