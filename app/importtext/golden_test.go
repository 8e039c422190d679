package importtext

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"taiyaku/app/glossary"
	"taiyaku/app/internal/linediff"
	"taiyaku/app/release"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.txt from the current aligner (read them before committing)")

// splitLines cuts a text at LF, CRLF and CR, independently of Split.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

// trimLine trims what Split documents: Unicode spaces and the BOM.
func trimLine(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' })
}

// contentLines are the non-empty trimmed lines of a text, in order.
func contentLines(s string) []string {
	var out []string
	for _, l := range splitLines(s) {
		if l = trimLine(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// truncate keeps the first n runes of s, marking a cut with "…", and shows
// the line breaks between the blocks of a 1–2 unit as "⏎".
func truncate(s string, n int) string {
	r := []rune(s)
	cut := len(r) > n
	if cut {
		r = r[:n]
	}
	out := strings.ReplaceAll(string(r), "\n", "⏎")
	if cut {
		out += "…"
	}
	return out
}

// renderUnits writes one line per unit: "kind | ja | en", texts cut to 30
// runes; an edition without text shows "∅".
func renderUnits(r *release.Release, sum Summary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# units=%d paired=%d onlyJA=%d onlyEN=%d\n", sum.Units, sum.Paired, sum.OnlyJA, sum.OnlyEN)
	side := func(s string) string {
		if s == "" {
			return "∅"
		}
		return truncate(s, 30)
	}
	for _, u := range r.Units {
		fmt.Fprintf(&b, "%s | %s | %s\n", u.Kind, side(u.JA), side(u.EN))
	}
	return b.String()
}

// TestGoldenSamples imports the three real pairs and compares the units
// with testdata/golden/<case>.txt. The goldens were read line by line
// before they were written: every paragraph sits with its translation.
// The checks below repeat what matters, so that -update cannot bless a
// wrong alignment unnoticed.
func TestGoldenSamples(t *testing.T) {
	for _, c := range sampleCases {
		t.Run(c, func(t *testing.T) {
			ja, en := loadSample(t, c)
			r, sum := Import(ja, en, nil)
			got := renderUnits(r, sum)
			path := filepath.Join("testdata", "golden", c+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGoldenSamples -update)", err)
			}
			if got != string(want) {
				t.Errorf("units differ from %s:\n%s", path, linediff.Lines(string(want), got, 0))
			}
			checkSampleAlignment(t, c, ja, en, r, sum)

			// The default glossary, as the command line uses it, must not
			// change a thing on these pairs.
			rg, sumg := Import(ja, en, glossary.Default())
			if g := renderUnits(rg, sumg); g != got {
				t.Errorf("with glossary.Default():\n%s", linediff.Lines(got, g, 0))
			}
		})
	}
}

// checkSampleAlignment states the right alignment of each sample.
func checkSampleAlignment(t *testing.T, c, ja, en string, r *release.Release, sum Summary) {
	t.Helper()
	jl, el := contentLines(ja), contentLines(en)
	switch c {
	case "jp-uk-digital-2025", "official-style-hierarchy":
		// Clean pairs: block k of one edition is the translation of block k
		// of the other, so every unit is exactly one block of each.
		if len(jl) != len(el) {
			t.Fatalf("sample has %d ja and %d en lines", len(jl), len(el))
		}
		if want := (Summary{Units: len(jl), Paired: len(jl)}); sum != want {
			t.Errorf("summary = %+v, want %+v", sum, want)
		}
		for k := range min(len(r.Units), len(jl)) {
			if u := r.Units[k]; u.JA != jl[k] || u.EN != el[k] {
				t.Errorf("unit %d = %q | %q, want %q | %q", k, u.JA, u.EN, jl[k], el[k])
			}
		}
	case "jp-uk-digital-2025-flawed":
		if want := (Summary{Units: 30, Paired: 29, OnlyJA: 1}); sum != want {
			t.Errorf("summary = %+v, want %+v", sum, want)
		}
		for _, u := range r.Units {
			switch {
			case strings.Contains(u.JA, "Open RANを通じた"):
				if u.EN != "" {
					t.Errorf("the Open RAN paragraph lost its English and must be one-sided, got EN %q", u.EN)
				}
			case u.JA == "（４）サイバーレジリエンス":
				if u.EN != "(5)\u00a0Cyber resilience" {
					t.Errorf("（４）サイバーレジリエンス paired with %q, want the misnumbered (5) Cyber resilience", u.EN)
				}
			case u.JA == "（３）将来の通信技術及び多様化":
				if u.EN != "(3)\u00a0Future telecoms and diversification" {
					t.Errorf("（３） paired with %q", u.EN)
				}
			case u.JA == "（５）データ":
				if u.EN != "(5)\u00a0Data" {
					t.Errorf("（５）データ paired with %q", u.EN)
				}
			case strings.HasPrefix(u.JA, "2024年7月"):
				if !strings.HasPrefix(u.EN, "In June 2024") {
					t.Errorf("the 2024年7月 paragraph paired with %q, want the misdated In June 2024", u.EN)
				}
			}
		}
	}
	// In every sample, a Japanese paragraph or item is paired with exactly
	// one English block, and no unit joins two blocks.
	for _, u := range r.Units {
		if strings.Contains(u.JA, "\n") || strings.Contains(u.EN, "\n") {
			t.Errorf("unit joins blocks: %q | %q", u.JA, u.EN)
		}
		if (u.Kind == release.Paragraph || u.Kind == release.Item) && u.EN == "" && !strings.Contains(u.JA, "Open RANを通じた") {
			t.Errorf("%s %q left without English", u.Kind, u.JA)
		}
	}
}
