package textfacts

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sampleLines returns the non-blank lines of testdata/<dir>/<lang>.txt.
func sampleLines(t *testing.T, dir string, lang Lang) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", dir, string(lang)+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// lineFacts extracts the facts of the one line of the sample that starts
// with prefix.
func lineFacts(t *testing.T, dir string, lang Lang, prefix string) Facts {
	t.Helper()
	for _, l := range sampleLines(t, dir, lang) {
		if strings.HasPrefix(strings.TrimSpace(l), prefix) {
			return Extract(l, lang, Context{Year: 2025})
		}
	}
	t.Fatalf("%s/%s.txt has no line starting with %q", dir, lang, prefix)
	return Facts{}
}

// factSummary renders facts for comparison with a table.
func factSummary(f Facts) (dates, numbers string) {
	var ds, ns []string
	for _, d := range f.Dates {
		ds = append(ds, d.String())
	}
	for _, n := range f.Numbers {
		ns = append(ns, formatNumber(n))
	}
	return join(ds), join(ns)
}

func TestSampleLines(t *testing.T) {
	const dir = "jp-uk-digital-2025"
	tests := []struct {
		lang           Lang
		prefix         string
		dates, numbers string
		latin          []string
	}{
		{JA, "4. 2025年度1月", "FY2025-01", "4", nil},
		{JA, "令和7年1月22日", "2025-01-22", "", nil},
		{JA, "令和7年1月22日（水曜日）、", "2025-01-22 (Wed)", "", nil},
		{JA, "本会合には", "", "", nil},
		{JA, "会合では、", "", "5 | 6 | 2024s", []string{"Beyond 5G/6G", "DFFT"}},
		{JA, "国際的なAI", "2024-05", "", []string{"AI", "AI", "AI", "AI", "AI", "AI"}},
		{JA, "両国は、将来の通信技術", "", "5 | 6 | 2w", []string{"Open RAN", "Beyond 5G/6G"}},
		{JA, "両国は、IoT", "", "", []string{"IoT"}},
		{JA, "両国は、G7", "", "7", []string{"G7", "OECD", "DFFT", "DFFT"}},
		{JA, "2024年7月、", "2024-07", "", nil},
		{JA, "商務情報政策局 国際室", "", "", nil},
		{EN, "4. January FY2025", "FY2025-01", "4", nil},
		{EN, "January 22, 2025", "2025-01-22", "", nil},
		{EN, "On Wednesday, January 22, 2025,", "2025-01-22 (Wed)", "", nil},
		{EN, "The meeting brought together", "", "", nil},
		{EN, "At the meeting,", "", "5 | 6", nil},
		{EN, "Recognizing the importance", "2024-05", "2w", nil},
		{EN, "The two sides will work closely", "", "2w | 7", nil},
		{EN, "In July 2024,", "2024-07", "2w", nil},
		{EN, "(1)\u00a0Semiconductors", "", "1", nil},
	}
	for _, tt := range tests {
		f := lineFacts(t, dir, tt.lang, tt.prefix)
		dates, numbers := factSummary(f)
		if dates != tt.dates || numbers != tt.numbers || !slices.Equal(f.Latin, tt.latin) {
			t.Errorf("%s %q: dates %q numbers %q latin %q; want %q, %q, %q",
				tt.lang, tt.prefix, dates, numbers, f.Latin, tt.dates, tt.numbers, tt.latin)
		}
	}
	// The caller strips the label of "（１）半導体"; the body has no facts.
	if f := Extract("半導体", JA, Context{Year: 2025}); f.Numbers != nil || f.Dates != nil || f.Latin != nil {
		t.Errorf("半導体: %+v", f)
	}
	ja := lineFacts(t, dir, JA, "令和7年1月22日（水曜日）、").Dates[0]
	en := lineFacts(t, dir, EN, "On Wednesday").Dates[0]
	if ja.Weekday != 3 || !ja.Matches(en) || !ja.WeekdayFits() || !en.WeekdayFits() {
		t.Errorf("JA %+v and EN %+v must be the same fitting Wednesday", ja, en)
	}
}

// TestSamplePairs checks the aligned lines of the clean sample pairs the way
// the checker will: every date and every demanded (non-word) number of one
// edition has a counterpart in the other, written weekdays fit, and every
// Latin token of the Japanese appears in the English.
func TestSamplePairs(t *testing.T) {
	for _, dir := range []string{"jp-uk-digital-2025", "official-style-hierarchy"} {
		ja, en := sampleLines(t, dir, JA), sampleLines(t, dir, EN)
		if len(ja) != len(en) {
			t.Fatalf("%s: %d Japanese and %d English lines", dir, len(ja), len(en))
		}
		for i := range ja {
			if strings.ContainsAny(ja[i][:min(3, len(ja[i]))], "①②③") {
				continue // ① against (i): a label the caller strips
			}
			fj := Extract(ja[i], JA, Context{Year: 2025})
			fe := Extract(en[i], EN, Context{Year: 2025})
			checkCounterparts(t, ja[i], fj, fe)
			checkCounterparts(t, en[i], fe, fj)
			for _, tok := range fj.Latin {
				if !strings.Contains(en[i], tok) {
					t.Errorf("%s: Latin %q of %q missing from %q", dir, tok, ja[i], en[i])
				}
			}
		}
	}
}

func checkCounterparts(t *testing.T, line string, a, b Facts) {
	t.Helper()
	for _, d := range a.Dates {
		if !d.WeekdayFits() {
			t.Errorf("%q: weekday of %v does not fit", line, d)
		}
		if d.Soft {
			continue
		}
		if !slices.ContainsFunc(b.Dates, d.Matches) {
			t.Errorf("%q: date %v has no counterpart in %v", line, d, b.Dates)
		}
	}
	for _, n := range a.Numbers {
		if n.Word || n.Soft {
			continue
		}
		if !slices.ContainsFunc(b.Numbers, func(m Number) bool { return m.Value == n.Value && m.Unit == n.Unit }) {
			t.Errorf("%q: number %q has no counterpart in %+v", line, n.Raw, b.Numbers)
		}
	}
}

// TestFlawedSample finds the injected date and number defects.
func TestFlawedSample(t *testing.T) {
	const dir = "jp-uk-digital-2025-flawed"
	thu := lineFacts(t, dir, EN, "On Thursday, January 22, 2025").Dates
	if len(thu) != 1 || thu[0].WeekdayFits() {
		t.Errorf("Thursday, January 22, 2025 must not fit: %+v", thu)
	}
	june := lineFacts(t, dir, EN, "In June 2024").Dates
	july := lineFacts(t, dir, JA, "2024年7月").Dates
	if len(june) != 1 || len(july) != 1 || june[0].Matches(july[0]) {
		t.Errorf("June 2024 %+v must not match 2024年7月 %+v", june, july)
	}
	g20 := lineFacts(t, dir, EN, "The two sides will work closely").Numbers
	g7 := lineFacts(t, dir, JA, "両国は、G7").Numbers
	if slices.ContainsFunc(g20, func(n Number) bool { return n.Value == 7 }) ||
		!slices.ContainsFunc(g7, func(n Number) bool { return n.Value == 7 && !n.Word }) {
		t.Errorf("G20 %+v against G7 %+v must differ", g20, g7)
	}
}

// TestOfficialStyleSample checks the dates of the hierarchy sample.
func TestOfficialStyleSample(t *testing.T) {
	const dir = "official-style-hierarchy"
	pairs := []struct{ ja, en, want string }{
		{"令和6年3月29日", "March 29, 2024", "2024-03-29"},
		{"令和6年度中に", "Specific procedures", "FY2024 | 2025-04-01"},
	}
	for _, p := range pairs {
		dj, _ := factSummary(lineFacts(t, dir, JA, p.ja))
		de, _ := factSummary(lineFacts(t, dir, EN, p.en))
		if dj != p.want || de != p.want {
			t.Errorf("%q: %q, %q: %q; want %q", p.ja, dj, p.en, de, p.want)
		}
	}
	_, nj := factSummary(lineFacts(t, dir, JA, "審査期間は"))
	_, ne := factSummary(lineFacts(t, dir, EN, "As a rule"))
	if nj != "30" || ne != "30" {
		t.Errorf("30日以内 / within 30 days: %q, %q", nj, ne)
	}
}
