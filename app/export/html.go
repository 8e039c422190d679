package export

import (
	"html"
	"strings"

	"taiyaku/app/release"
)

// Link names the other edition's page, written beside this one, so a
// reader can switch language. The zero Link writes no link: an edition
// exported alone must not point at a file that is not there.
type Link struct {
	File    string          // the other page's file name, such as "R.en.html"
	Edition release.Edition // its language
}

// selfNames are the languages' names as their own readers know them: the
// link to an edition is written in that edition's language.
var selfNames = map[release.Edition]string{release.JA: "日本語", release.EN: "English"}

// renderHTML writes a complete, self-contained page: inline CSS, no script,
// no image and no request of any kind, so a ministry can publish it as is
// and it reads the same offline and on paper.
func renderHTML(bs []block, ed release.Edition, title string, other Link) []byte {
	var b strings.Builder
	lang := html.EscapeString(string(ed))
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n")
	b.WriteString("<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<title>" + html.EscapeString(title) + "</title>\n")
	b.WriteString("<style>" + pageStyle(ed) + "</style>\n</head>\n<body>\n")
	if other.File != "" {
		o := html.EscapeString(string(other.Edition))
		b.WriteString(`<nav class="other"><a href="` + html.EscapeString(other.File) +
			`" hreflang="` + o + `" lang="` + o + `">` + html.EscapeString(selfNames[other.Edition]) + "</a></nav>\n")
	}
	b.WriteString("<main>\n")
	w := pageWriter{b: &b}
	for _, x := range joinTitles(bs) {
		w.block(x)
	}
	w.closeAll()
	b.WriteString("</main>\n</body>\n</html>\n")
	return []byte(b.String())
}

// pageWriter groups blocks into the page's containers: a section per
// top-level heading, a list per run of items, an address per run of
// contact lines. Only one list or address is open at a time.
type pageWriter struct {
	b         *strings.Builder
	section   bool   // a <section> is open
	group     string // the open list or address element, or ""
	headingAt bool   // a heading was written: paragraphs are no longer the lead
}

// block writes one block.
func (w *pageWriter) block(x block) {
	text := html.EscapeString(x.text)
	switch x.kind {
	case release.Title:
		w.closeGroup()
		w.b.WriteString("<h1>" + strings.ReplaceAll(text, "\n", "<br>") + "</h1>\n")
	case release.Heading:
		w.closeGroup()
		tag := headingTag(x.level)
		if tag == "h2" {
			w.closeSection()
			w.b.WriteString("<section>\n")
			w.section = true
		}
		w.headingAt = true
		w.b.WriteString("<" + tag + ">" + text + "</" + tag + ">\n")
	case release.Item:
		w.openGroup("ul", `<ul class="items">`)
		w.b.WriteString("<li>" + text + "</li>\n")
	case release.Contact:
		w.openGroup("address", `<address class="contact">`)
		w.b.WriteString("<p>" + text + "</p>\n")
	case release.Date, release.Caption:
		w.closeGroup()
		w.b.WriteString(`<p class="` + string(x.kind) + `">` + text + "</p>\n")
	default:
		w.closeGroup()
		if !w.headingAt {
			w.b.WriteString(`<p class="lead">` + text + "</p>\n")
			return
		}
		w.b.WriteString("<p>" + text + "</p>\n")
	}
}

// joinTitles makes a run of title lines one block, its lines kept apart
// by "\n", so a two-line title is one h1 with a line break, not two h1s.
func joinTitles(bs []block) []block {
	out := make([]block, 0, len(bs))
	for _, x := range bs {
		if n := len(out); n > 0 && x.kind == release.Title && out[n-1].kind == release.Title {
			out[n-1].text += "\n" + x.text
			continue
		}
		out = append(out, x)
	}
	return out
}

// headingTag maps a label level to an element: the title is the only h1,
// level 1 (or unknown) sections are h2, deeper levels h3 to h5.
func headingTag(level int) string {
	switch {
	case level <= 1:
		return "h2"
	case level == 2:
		return "h3"
	case level == 3:
		return "h4"
	}
	return "h5"
}

func (w *pageWriter) openGroup(name, open string) {
	if w.group == name {
		return
	}
	w.closeGroup()
	w.b.WriteString(open + "\n")
	w.group = name
}

func (w *pageWriter) closeGroup() {
	if w.group != "" {
		w.b.WriteString("</" + w.group + ">\n")
		w.group = ""
	}
}

func (w *pageWriter) closeSection() {
	if w.section {
		w.b.WriteString("</section>\n")
		w.section = false
	}
}

func (w *pageWriter) closeAll() {
	w.closeGroup()
	w.closeSection()
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
