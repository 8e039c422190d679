package export

import (
	"html"
	"strings"

	"taiyaku/app/release"
)

// style is the page's only styling. It is inline and names no font file or
// image, so the page shows the same offline and leaks no request.
const style = `body{max-width:44em;margin:2em auto;padding:0 1em;line-height:1.8;` +
	`font-family:"Hiragino Sans","Yu Gothic","Meiryo","Noto Sans JP",sans-serif;color:#222}` +
	`h1{font-size:1.5em;line-height:1.4}h2{font-size:1.25em;margin-top:1.8em}` +
	`h3{font-size:1.1em;margin-top:1.4em}.date{text-align:right}` +
	`.caption{font-size:.9em;color:#555;text-align:center}` +
	`.contact{border-top:1px solid #ccc;padding-top:.5em}`

// renderHTML writes a complete, self-contained page.
func renderHTML(bs []block, ed release.Edition, title string) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + html.EscapeString(string(ed)) + "\">\n<head>\n")
	b.WriteString("<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<title>" + html.EscapeString(title) + "</title>\n")
	b.WriteString("<style>" + style + "</style>\n</head>\n<body>\n")
	for _, x := range bs {
		open, closing := htmlTags(x)
		b.WriteString(open + html.EscapeString(x.text) + closing + "\n")
	}
	b.WriteString("</body>\n</html>\n")
	return []byte(b.String())
}

// htmlTags returns the element that wraps a block of this kind.
func htmlTags(x block) (open, closing string) {
	switch x.kind {
	case release.Title:
		return "<h1>", "</h1>"
	case release.Heading:
		if x.level >= 2 {
			return "<h3>", "</h3>"
		}
		return "<h2>", "</h2>"
	case release.Date, release.Caption, release.Contact:
		return `<p class="` + string(x.kind) + `">`, "</p>"
	default:
		return "<p>", "</p>"
	}
}

// pageTitle is the text of the first Title unit in ed, or else the first
// text ed shows, so a browser tab never reads "untitled" when there is text.
func pageTitle(r *release.Release, ed release.Edition) string {
	for i := range r.Units {
		if r.Units[i].Kind == release.Title {
			if ls := lines(r.Units[i].Text(ed)); len(ls) > 0 {
				return strings.Join(trimAll(ls), " ")
			}
			break
		}
	}
	if bs := blocks(r, ed, nil); len(bs) > 0 {
		return strings.TrimSpace(bs[0].text)
	}
	return ""
}

// trimAll trims each string's surrounding white space.
func trimAll(ss []string) []string {
	for i := range ss {
		ss[i] = strings.TrimSpace(ss[i])
	}
	return ss
}
