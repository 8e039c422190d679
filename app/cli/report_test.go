package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"taiyaku/app/check"
	"taiyaku/app/release"
	"taiyaku/app/sample"
	"taiyaku/app/workspace"
	"taiyaku/i18n"
)

// oracleJSON is the report as encoding/json wrote it before the writer
// was done by hand: the reference the hand-written one must match.
func oracleJSON(tr *i18n.Localizer, r *release.Release, fs []check.Finding) []byte {
	type finding struct {
		Check    string `json:"check"`
		Severity string `json:"severity"`
		Unit     int    `json:"unit"`
		Side     string `json:"side"`
		Message  string `json:"message"`
		JA       string `json:"ja"`
		EN       string `json:"en"`
	}
	type summary struct {
		Units    int `json:"units"`
		Errors   int `json:"errors"`
		Warnings int `json:"warnings"`
		Infos    int `json:"infos"`
	}
	rep := struct {
		Findings []finding `json:"findings"`
		Summary  summary   `json:"summary"`
	}{Findings: make([]finding, 0, len(fs))}
	for _, f := range fs {
		u := &r.Units[f.Unit]
		rep.Findings = append(rep.Findings, finding{f.Check, string(f.Severity), f.Unit + 1, string(f.Side), f.Render(tr.T), u.JA, u.EN})
	}
	c := check.Count(fs)
	rep.Summary = summary{len(r.Units), c[check.Error], c[check.Warning], c[check.Info]}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// The whole report matches the oracle with findings, without findings, and
// with texts that need escaping, in both languages.
func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	odd := &release.Release{Units: []release.Unit{{JA: "「引用」\t\\", EN: "\"quoted\"\u2028\x01"}}}
	oddFindings := []check.Finding{{Check: "x.y", Severity: check.Warning, Unit: 0, Side: "en", Message: "NoSuchMessage"}}
	clean := pairsRelease(20)
	ws := workspace.New(workspace.Sample())
	sampleFindings, _ := ws.Findings()
	cases := []struct {
		name string
		r    *release.Release
		fs   []check.Finding
	}{
		{"sample with its defect", ws.Release, sampleFindings},
		{"no findings", clean, nil},
		{"texts to escape", odd, oddFindings},
	}
	for _, lang := range []language.Tag{language.English, language.Japanese} {
		tr := i18n.New(lang)
		for _, c := range cases {
			var got bytes.Buffer
			if err := writeJSON(&got, tr, c.r, c.fs); err != nil {
				t.Fatal(err)
			}
			if want := oracleJSON(tr, c.r, c.fs); !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s (%v):\n%s\nwant\n%s", c.name, lang, got.Bytes(), want)
			}
		}
	}
}

// pairsRelease is a release of n synthetic pairs, one unit each.
func pairsRelease(n int) *release.Release {
	r := &release.Release{}
	for _, p := range sample.Generate(n, 1) {
		r.Units = append(r.Units, release.Unit{JA: p.JA, EN: p.EN})
	}
	return r
}

// BenchmarkWriteJSON writes a report of 10,000 findings, by hand and
// through encoding/json, for comparison.
func BenchmarkWriteJSON(b *testing.B) {
	r := pairsRelease(10000)
	fs := make([]check.Finding, len(r.Units))
	for i := range fs {
		fs[i] = check.Finding{Check: "numbers.mismatch", Severity: check.Error, Unit: i, Side: "both", Message: "FindingNumberingMismatch", Data: map[string]any{"JA": "1", "JAPath": "1", "EN": "2", "ENPath": "2"}}
	}
	tr := i18n.New(language.English)
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = writeJSON(io.Discard, tr, r, fs)
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = oracleJSON(tr, r, fs)
		}
	})
}

// BenchmarkWriteText writes the text report of 10,000 findings.
func BenchmarkWriteText(b *testing.B) {
	r := pairsRelease(10000)
	fs := make([]check.Finding, len(r.Units))
	for i := range fs {
		fs[i] = check.Finding{Check: "numbers.mismatch", Severity: check.Error, Unit: i, Side: "both", Message: "FindingNumberingMismatch", Data: map[string]any{"JA": "1", "JAPath": "1", "EN": "2", "ENPath": "2"}}
	}
	tr := i18n.New(language.English)
	b.ReportAllocs()
	for b.Loop() {
		_ = writeText(io.Discard, tr, r, fs)
	}
}

// oracleExcerpt is excerpt as it was, through a conversion to runes.
func oracleExcerpt(s string) string {
	r := []rune(s)
	for i, c := range r {
		if c == '\n' {
			r[i] = '⏎'
		}
	}
	if len(r) > 80 {
		return string(r[:79]) + "…"
	}
	if len(r) == 0 {
		return "—"
	}
	return string(r)
}

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("あ", 79)
	for _, s := range []string{"", "short", "a\nb", long, long + "い", long + "いう", long + "\n\n", strings.Repeat("x", 200), "bad\xff\xfe bytes\n", long + "\xff\xff"} {
		if got, want := excerpt(s), oracleExcerpt(s); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

func FuzzExcerpt(f *testing.F) {
	f.Add("一\n二\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := excerpt(s), oracleExcerpt(s); got != want {
			t.Fatalf("%q: %q, want %q", s, got, want)
		}
	})
}
