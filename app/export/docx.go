package export

import (
	"taiyaku/app/docx"
	"taiyaku/app/release"
)

// renderDOCX writes edition ed as a Word document: headings in Word's
// heading styles (by level), labels kept as text, A4.
func renderDOCX(bs []block, ed release.Edition, title string) ([]byte, error) {
	lang := "en-US"
	if ed == release.JA {
		lang = "ja-JP"
	}
	d := docx.Doc{Title: title, Lang: lang}
	for _, b := range bs {
		d.Paras = append(d.Paras, docx.Para{Style: docxStyle(b), Text: b.text})
	}
	return docx.Write(d)
}

func docxStyle(b block) docx.Style {
	switch b.kind {
	case release.Title:
		return docx.Title
	case release.Date:
		return docx.Right
	case release.Heading:
		switch {
		case b.level <= 1:
			return docx.Heading1
		case b.level == 2:
			return docx.Heading2
		}
		return docx.Heading3
	case release.Item:
		return docx.ListPara
	case release.Caption:
		return docx.Caption
	}
	return docx.Normal
}
