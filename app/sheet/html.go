package sheet

import (
	"html"
	"strings"
)

// HTML writes the sheet as one self-contained page (inline CSS, no script,
// no outside resource) that prints on A4 landscape.
func HTML(s Sheet, lang string) []byte {
	var b strings.Builder
	e := html.EscapeString
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + e(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + e(s.Heading) + "</title>\n")
	b.WriteString(css)
	b.WriteString("</head>\n<body>\n<h1>" + e(s.Heading) + "</h1>\n<ul class=\"approvals\">\n")
	for _, a := range s.Approvals {
		b.WriteString("<li>" + e(a) + "</li>\n")
	}
	for _, p := range s.Problems {
		b.WriteString("<li class=\"problem\">" + e(p) + "</li>\n")
	}
	b.WriteString("</ul>\n<p class=\"summary\">" + e(s.Summary) + "</p>\n<table>\n<thead><tr>")
	for _, c := range s.Columns {
		b.WriteString("<th>" + e(c) + "</th>")
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for _, r := range s.Rows {
		b.WriteString("<tr><td class=\"n\">" + r.number() + "</td><td class=\"st\">" + e(r.Status) + "</td>")
		b.WriteString("<td lang=\"ja\">" + lines(r.JA) + "</td><td lang=\"en\">" + lines(r.EN) + "</td><td class=\"notes\">")
		for _, n := range r.Notes {
			b.WriteString("<p class=\"" + n.Kind + "\">" + e(n.Text) + "</p>")
		}
		b.WriteString("</td></tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n<footer>" + e(s.Title) + "</footer>\n</body>\n</html>\n")
	return []byte(b.String())
}

// lines escapes text and keeps its line breaks.
func lines(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}

const css = `<style>
@page { size: A4 landscape; margin: 14mm; }
body { font-family: "BIZ UDPGothic", "Yu Gothic", "Meiryo", "Noto Sans CJK JP", sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 15pt; margin: 0 0 6pt; }
.approvals { list-style: none; padding: 0; margin: 0 0 4pt; font-size: 9pt; }
.problem { color: #a00; }
.summary { color: #555; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th, td { border: 1px solid #aaa; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #e1e1e1; font-size: 9pt; }
tr { page-break-inside: avoid; }
td.n { width: 2.5em; } td.st { width: 7em; color: #555; font-size: 8pt; }
td.notes { width: 22%; font-size: 8.5pt; } td.notes p { margin: 0 0 2pt; }
.error { background: #fce2e2; } .warning { background: #fdf3d6; } .info { background: #e4eefc; }
.comment { background: #ececfa; } .ignored { color: #666; }
footer { margin-top: 8pt; color: #777; font-size: 8pt; }
</style>
`
