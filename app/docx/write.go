package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strings"
	"time"
)

// Style names a paragraph style of the documents Taiyaku writes.
type Style string

// The styles: Word's own Title, Heading 1–3, Caption and List Paragraph
// (so Word's navigation pane and table of contents see the headings).
const (
	Normal   Style = "Normal"
	Title    Style = "Title"
	Heading1 Style = "Heading1"
	Heading2 Style = "Heading2"
	Heading3 Style = "Heading3"
	Caption  Style = "Caption"
	ListPara Style = "ListParagraph"
	Right    Style = "DateLine"
)

// Para is one paragraph to write.
type Para struct {
	Style Style
	Text  string
}

// Doc is a document to write.
type Doc struct {
	Title string
	Lang  string // "ja-JP" or "en-US": the language of the text
	Paras []Para
	Date  time.Time
}

// Write makes the .docx: A4 pages, the styles above with the language and
// an East Asian font set, and the title in the document properties.
func Write(d Doc) ([]byte, error) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	files := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", core(d)},
		{"docProps/app.xml", appXML},
		{"word/_rels/document.xml.rels", docRels},
		{"word/styles.xml", styles(d.Lang)},
		{"word/settings.xml", settings(d.Lang)},
		{"word/document.xml", document(d)},
	}
	for _, f := range files {
		w, err := z.Create(f.name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(xml.Header + f.body)); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// esc escapes text for XML.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// document is word/document.xml: each paragraph with its style, tabs as
// w:tab, then an A4 section with 25 mm margins.
func document(d Doc) string {
	var b strings.Builder
	b.WriteString(`<w:document ` + wNS + `><w:body>`)
	for _, p := range d.Paras {
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + string(p.Style) + `"/></w:pPr>`)
		for i, part := range strings.Split(p.Text, "\t") {
			if i > 0 {
				b.WriteString(`<w:r><w:tab/></w:r>`)
			}
			if part != "" {
				b.WriteString(`<w:r><w:t xml:space="preserve">` + esc(part) + `</w:t></w:r>`)
			}
		}
		b.WriteString(`</w:p>`)
	}
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>` +
		`<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="851" w:footer="992" w:gutter="0"/>` +
		`</w:sectPr></w:body></w:document>`)
	return b.String()
}

// styles is word/styles.xml. The defaults set the language of the text
// (and Japanese for East Asian text) and a font for each script.
func styles(lang string) string {
	if lang == "" {
		lang = "en-US"
	}
	font := `<w:rFonts w:ascii="Century" w:hAnsi="Century" w:eastAsia="BIZ UDPGothic" w:cs="Times New Roman"/>`
	if strings.HasPrefix(lang, "en") {
		font = `<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="BIZ UDPGothic" w:cs="Times New Roman"/>`
	}
	s := `<w:styles ` + wNS + `><w:docDefaults><w:rPrDefault><w:rPr>` + font +
		`<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="` + lang + `" w:eastAsia="ja-JP" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`
	s += paraStyle("Title", "Title", `<w:jc w:val="center"/><w:spacing w:after="240"/>`, `<w:sz w:val="32"/>`, -1)
	s += paraStyle("Heading1", "heading 1", `<w:keepNext/><w:spacing w:before="240" w:after="120"/>`, `<w:sz w:val="26"/>`, 0)
	s += paraStyle("Heading2", "heading 2", `<w:keepNext/><w:spacing w:before="180" w:after="80"/>`, `<w:sz w:val="24"/>`, 1)
	s += paraStyle("Heading3", "heading 3", `<w:keepNext/><w:spacing w:before="120" w:after="60"/>`, `<w:sz w:val="22"/>`, 2)
	s += paraStyle("Caption", "caption", ``, `<w:sz w:val="18"/><w:color w:val="595959"/>`, -1)
	s += paraStyle("ListParagraph", "List Paragraph", `<w:ind w:left="420"/>`, ``, -1)
	s += paraStyle("DateLine", "Date Line", `<w:jc w:val="right"/>`, ``, -1)
	return s + `</w:styles>`
}

func paraStyle(id, name, ppr, rpr string, outline int) string {
	if outline >= 0 {
		ppr += `<w:outlineLvl w:val="` + string(rune('0'+outline)) + `"/>`
	}
	return `<w:style w:type="paragraph" w:styleId="` + id + `"><w:name w:val="` + name + `"/><w:basedOn w:val="Normal"/>` +
		`<w:next w:val="Normal"/><w:qFormat/><w:pPr>` + ppr + `</w:pPr><w:rPr>` + rpr + `</w:rPr></w:style>`
}

func settings(lang string) string {
	return `<w:settings ` + wNS + `><w:themeFontLang w:val="` + lang + `" w:eastAsia="ja-JP"/></w:settings>`
}

// core is docProps/core.xml: the title, the language and the date.
func core(d Doc) string {
	date := d.Date
	if date.IsZero() {
		date = time.Now()
	}
	ts := date.UTC().Format("2006-01-02T15:04:05Z")
	return `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(d.Title) + `</dc:title><dc:language>` + esc(d.Lang) + `</dc:language><dc:creator>Taiyaku</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:modified></cp:coreProperties>`
}

const contentTypes = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const rootRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const docRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`</Relationships>`

const appXML = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Taiyaku</Application></Properties>`
