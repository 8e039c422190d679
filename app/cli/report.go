package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"taiyaku/app/check"
	"taiyaku/app/release"
	"taiyaku/i18n"
)

// jsonFinding is one finding of the JSON report; the field set and order
// are part of the command line's contract.
type jsonFinding struct {
	Check    string `json:"check"`
	Severity string `json:"severity"`
	Unit     int    `json:"unit"`
	Side     string `json:"side"`
	Message  string `json:"message"`
	JA       string `json:"ja"`
	EN       string `json:"en"`
}

type jsonSummary struct {
	Units    int `json:"units"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

type jsonReport struct {
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

// writeJSON prints the machine-readable report. Units are numbered from 1,
// as people count them.
func writeJSON(w io.Writer, tr *i18n.Localizer, r *release.Release, fs []check.Finding) error {
	rep := jsonReport{Findings: make([]jsonFinding, 0, len(fs)), Summary: summary(r, fs)}
	for _, f := range fs {
		u := &r.Units[f.Unit]
		rep.Findings = append(rep.Findings, jsonFinding{
			Check: f.Check, Severity: string(f.Severity), Unit: f.Unit + 1, Side: string(f.Side),
			Message: f.Render(tr.T), JA: u.JA, EN: u.EN,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

func summary(r *release.Release, fs []check.Finding) jsonSummary {
	c := check.Count(fs)
	return jsonSummary{Units: len(r.Units), Errors: c[check.Error], Warnings: c[check.Warning], Infos: c[check.Info]}
}

// writeText prints the report for people: grouped by severity, each
// finding with its unit, edition and both texts, then a summary line.
func writeText(w io.Writer, tr *i18n.Localizer, r *release.Release, fs []check.Finding) error {
	bw := bufio.NewWriter(w)
	for _, sev := range check.Severities {
		group := check.BySeverity(fs, sev)
		if len(group) == 0 {
			continue
		}
		fmt.Fprintf(bw, "%s (%d)\n", tr.T("Severity_"+string(sev)), len(group))
		for _, f := range group {
			u := &r.Units[f.Unit]
			fmt.Fprintf(bw, "  %s  %s\n", tr.T("UnitSide", "Unit", f.Unit+1, "Side", tr.T("Side_"+string(f.Side))), f.Check)
			fmt.Fprintf(bw, "    %s\n", f.Render(tr.T))
			fmt.Fprintf(bw, "    JA: %s\n    EN: %s\n", excerpt(u.JA), excerpt(u.EN))
		}
		fmt.Fprintln(bw)
	}
	s := summary(r, fs)
	fmt.Fprintln(bw, tr.T("Summary", "Units", s.Units, "Errors", s.Errors, "Warnings", s.Warnings, "Infos", s.Infos))
	return bw.Flush()
}

// excerpt shortens a text to one line of at most 80 characters.
func excerpt(s string) string {
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
