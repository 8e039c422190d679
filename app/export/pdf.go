package export

import (
	"taiyaku/app/pdfdoc"
	"taiyaku/app/release"
)

// renderPDF sets edition ed as an A4 page a ministry could print or
// publish: the title large, the date on the right, headings by level,
// list items indented, captions small and grey. Every line break is
// Taiyaku's own (pdfdoc.Wrap), with Japanese line-breaking rules.
func renderPDF(bs []block, ed release.Edition, title string) ([]byte, error) {
	lang := "en-US"
	if ed == release.JA {
		lang = "ja-JP"
	}
	d := pdfdoc.New(false, pdfdoc.Meta{Title: title, Lang: lang, Creator: "Taiyaku", Footer: title})
	for i, b := range bs {
		st := pdfStyle(b)
		if i == 0 {
			st.Before = 0
		}
		d.Block(b.text, st)
	}
	return d.Bytes()
}

// pdfStyle is how a block of each kind is set.
func pdfStyle(b block) pdfdoc.Style {
	switch b.kind {
	case release.Title:
		return pdfdoc.Style{Size: 15, Before: 2, Align: "C"}
	case release.Date:
		return pdfdoc.Style{Size: 10.5, Before: 3, Align: "R"}
	case release.Heading:
		return pdfdoc.Style{Size: max(13-float64(b.level), 10.5), Before: 4}
	case release.Item:
		return pdfdoc.Style{Size: 10.5, Before: 1.5, Indent: 5 * float64(max(b.level-1, 0))}
	case release.Caption:
		return pdfdoc.Style{Size: 9, Before: 2, Gray: true}
	case release.Contact:
		return pdfdoc.Style{Size: 9.5, Before: 2}
	}
	return pdfdoc.Style{Size: 10.5, Before: 2.5}
}
