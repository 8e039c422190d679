package check

import (
	"fmt"
	"strings"
	"testing"

	"taiyaku/app/glossary"
	"taiyaku/app/release"
)

// The severity each check must carry, written out here rather than read
// from the package so that a changed severity shows up as a failure.
var wantSeverity = map[string]Severity{
	NumberingMismatch:  Error,
	NumberingSequence:  Error,
	NumberingStyle:     Warning,
	LevelMismatch:      Warning,
	KindMismatch:       Warning,
	MissingCounterpart: Error,
	Untranslated:       Error,
	NumberMismatch:     Error,
	DateMismatch:       Error,
	URLMismatch:        Error,
	AcronymMismatch:    Warning,
	TimeMismatch:       Info, // chkfacts
	TermMismatch:       Warning,
	Width:              Warning,
	Brackets:           Warning,
	Whitespace:         Warning,
	LengthRatio:        Info,
	Control:            Error,
	Spelling:           Warning, // chknew
	Encoding:           Error,   // chknew
	OrderMismatch:      Error,
}

// u builds one unit; rel numbers the units u1, u2 …
func u(kind release.Kind, ja, en string) release.Unit {
	return release.Unit{Kind: kind, JA: ja, EN: en}
}

func rel(units ...release.Unit) *release.Release {
	r := &release.Release{Units: units}
	for i := range r.Units {
		r.Units[i].ID = fmt.Sprintf("u%d", i+1)
	}
	return r
}

// heads builds a release of headings from pairs of texts.
func heads(pairs ...string) *release.Release {
	var units []release.Unit
	for i := 0; i+1 < len(pairs); i += 2 {
		units = append(units, u(release.Heading, pairs[i], pairs[i+1]))
	}
	return rel(units...)
}

// para builds a release of one paragraph.
func para(ja, en string) *release.Release {
	return rel(u(release.Paragraph, ja, en))
}

// want is one expected finding of the check under test. An empty msg
// matches any message.
type want struct {
	unit int
	side Side
	msg  string
}

// checkCase is one row of a check's table. A case with no want is a
// near-miss: the check must not report anything on that release.
type checkCase struct {
	name  string
	r     *release.Release
	gloss *glossary.Glossary
	want  []want
}

// runCases runs the table of one check: the findings with that check id
// must be exactly the wanted ones (unit, side, message), and each must
// carry the check's severity.
func runCases(t *testing.T, id string, cases []checkCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			all := Run(c.r, Options{Glossary: c.gloss})
			got := only(all, id)
			for _, f := range got {
				if f.Severity != wantSeverity[id] {
					t.Errorf("severity %s, want %s: %s", f.Severity, wantSeverity[id], show(c.r, f))
				}
				if f.Message == "" || f.Data == nil {
					t.Errorf("finding without message or data: %s", show(c.r, f))
				}
				if f.Unit < 0 || f.Unit >= len(c.r.Units) {
					t.Errorf("finding on unit %d of %d", f.Unit, len(c.r.Units))
				}
			}
			used := make([]bool, len(got))
			for _, w := range c.want {
				found := false
				for k, f := range got {
					if !used[k] && f.Unit == w.unit && f.Side == w.side && (w.msg == "" || f.Message == w.msg) {
						used[k], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("missing %s on unit %d side %s %s\nfindings:\n%s", id, w.unit, w.side, w.msg, showAll(c.r, all))
				}
			}
			for k, f := range got {
				if !used[k] {
					t.Errorf("unexpected %s\nfindings:\n%s", show(c.r, f), showAll(c.r, all))
				}
			}
		})
	}
}

// only returns the findings of one check.
func only(fs []Finding, id string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Check == id {
			out = append(out, f)
		}
	}
	return out
}

func show(r *release.Release, f Finding) string {
	var ja, en string
	if f.Unit >= 0 && f.Unit < len(r.Units) {
		ja, en = r.Units[f.Unit].JA, r.Units[f.Unit].EN
	}
	return fmt.Sprintf("%s %s unit %d side %s %s %v (ja %q, en %q)", f.Check, f.Severity, f.Unit, f.Side, f.Message, f.Data, ja, en)
}

func showAll(r *release.Release, fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("\t" + show(r, f) + "\n")
	}
	if len(fs) == 0 {
		b.WriteString("\t(none)\n")
	}
	return b.String()
}
