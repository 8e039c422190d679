package cli

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"taiyaku/app/check"
	"taiyaku/app/internal/jsonstr"
	"taiyaku/app/release"
	"taiyaku/i18n"
)

// jsonSummary is the report's summary; the field set and order are part of
// the command line's contract (README, "The command line").
type jsonSummary struct {
	Units    int
	Errors   int
	Warnings int
	Infos    int
}

// writeJSON prints the machine-readable report. Units are numbered from 1,
// as people count them. The report is written by hand, byte for byte what
// encoding/json printed with two-space indentation and no HTML escaping
// (report_test.go holds that encoder as the oracle): reflection and the
// indentation pass cost more than the checks of a large release with many
// findings.
func writeJSON(w io.Writer, tr *i18n.Localizer, r *release.Release, fs []check.Finding) error {
	b := make([]byte, 0, reportSize(r, fs))
	b = append(b, "{\n  \"findings\": ["...)
	for i, f := range fs {
		if i > 0 {
			b = append(b, ',')
		}
		u := &r.Units[f.Unit]
		b = appendField(b, "\n    {\n      ", "check", f.Check)
		b = appendField(b, ",\n      ", "severity", string(f.Severity))
		b = appendInt(b, ",\n      ", "unit", f.Unit+1)
		b = appendField(b, ",\n      ", "side", string(f.Side))
		b = appendField(b, ",\n      ", "message", f.Render(tr.T))
		b = appendField(b, ",\n      ", "ja", u.JA)
		b = appendField(b, ",\n      ", "en", u.EN)
		b = append(b, "\n    }"...)
	}
	if len(fs) > 0 {
		b = append(b, "\n  "...)
	}
	s := summary(r, fs)
	b = append(b, "],\n  \"summary\": {"...)
	b = appendInt(b, "\n    ", "units", s.Units)
	b = appendInt(b, ",\n    ", "errors", s.Errors)
	b = appendInt(b, ",\n    ", "warnings", s.Warnings)
	b = appendInt(b, ",\n    ", "infos", s.Infos)
	b = append(b, "\n  }\n}\n"...)
	_, err := w.Write(b)
	return err
}

// reportSize guesses the report's length, so that its buffer grows once:
// each finding's two texts and about 300 bytes of names and message.
func reportSize(r *release.Release, fs []check.Finding) int {
	n := 256
	for _, f := range fs {
		n += len(r.Units[f.Unit].JA) + len(r.Units[f.Unit].EN) + 300
	}
	return n
}

// appendField appends sep, then "key": "value".
func appendField(b []byte, sep, key, value string) []byte {
	b = append(b, sep...)
	b = jsonstr.Append(b, key)
	b = append(b, ": "...)
	return jsonstr.Append(b, value)
}

// appendInt appends sep, then "key": n.
func appendInt(b []byte, sep, key string, n int) []byte {
	b = append(b, sep...)
	b = jsonstr.Append(b, key)
	b = append(b, ": "...)
	return strconv.AppendInt(b, int64(n), 10)
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

// excerpt shortens a text to one line of at most 80 characters (line
// breaks shown as ⏎, bytes that are not UTF-8 as U+FFFD). It walks only the
// first 80 characters: a finding's unit may be a long paragraph.
func excerpt(s string) string {
	if s == "" {
		return "—"
	}
	cut, n := len(s), 0
	for i := range s {
		if n == 79 {
			cut = i
		}
		if n++; n > 80 {
			s = s[:cut]
			break
		}
	}
	if n > 80 {
		return oneLine(s) + "…"
	}
	return oneLine(s)
}

// oneLine replaces line breaks with ⏎, and bytes that are not UTF-8 with
// U+FFFD one by one, as a conversion to runes does.
func oneLine(s string) string {
	if !strings.Contains(s, "\n") && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		if c == '\n' {
			c = '⏎'
		}
		b.WriteRune(c)
	}
	return b.String()
}
