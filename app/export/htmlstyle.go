package export

import "taiyaku/app/release"

// The page's only styling. It is inline and names installed fonts only (no
// font file, no image, no url()), so the page shows the same offline and
// makes no request. Japanese text breaks lines by the strict kinsoku rules
// (no 。、」 at a line start) and never inside a word of Latin text.
const (
	baseStyle = `body{max-width:44em;margin:2em auto;padding:0 1em;line-height:1.8;color:#222;` +
		`line-break:strict;word-break:normal;overflow-wrap:break-word}` +
		`h1{font-size:1.5em;line-height:1.4;margin:.5em 0}` +
		`h2{font-size:1.25em;margin-top:1.8em;border-bottom:1px solid #ccc}` +
		`h3{font-size:1.1em;margin-top:1.4em}h4,h5{font-size:1em;margin-top:1.2em}` +
		`.date{text-align:right}.lead{margin:1.2em 0}` +
		`.items{list-style:none;padding-left:1em}` +
		`.caption{font-size:.9em;color:#555;text-align:center}` +
		`.contact{font-style:normal;border-top:1px solid #ccc;margin-top:2em;padding-top:.5em}` +
		`.contact p{margin:0}.other{text-align:right;font-size:.9em}`
	// printStyle fits the page to A4 paper: no screen margins, no language
	// link (it means nothing on paper), no heading alone at a page foot.
	printStyle = `@page{size:A4;margin:20mm 18mm}` +
		`@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt;color:#000}` +
		`.other{display:none}h1,h2,h3,h4,h5{break-after:avoid}` +
		`li,.contact,.caption{break-inside:avoid}}`
	jaFonts = `body{font-family:"Hiragino Sans","Yu Gothic","Meiryo","Noto Sans CJK JP","Noto Sans JP",sans-serif}`
	enFonts = `body{font-family:"Segoe UI","Helvetica Neue",Arial,"Liberation Sans",sans-serif}`
)

// pageStyle is the style sheet of edition ed's page.
func pageStyle(ed release.Edition) string {
	fonts := enFonts
	if ed == release.JA {
		fonts = jaFonts
	}
	return baseStyle + fonts + printStyle
}
