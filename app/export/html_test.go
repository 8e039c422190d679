package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"taiyaku/app/release"
)

// voidElements never have an end tag.
var voidElements = map[string]bool{"meta": true, "br": true, "link": true, "img": true, "hr": true}

// checkWellFormed parses page with the HTML tokenizer and fails unless
// every element is closed in order, no element loads anything (no script,
// img, link, iframe, object; no src; no url() or @import in the style) and
// the only link is to a sibling file's name.
func checkWellFormed(t *testing.T, page string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(page))
	var stack []string
	for {
		tt := z.Next()
		tok := z.Token()
		switch tt {
		case html.ErrorToken:
			if len(stack) != 0 {
				t.Errorf("unclosed elements %v", stack)
			}
			return
		case html.StartTagToken:
			checkElement(t, tok)
			if !voidElements[tok.Data] {
				stack = append(stack, tok.Data)
			}
		case html.SelfClosingTagToken:
			t.Errorf("self-closing <%s/> in HTML", tok.Data)
		case html.EndTagToken:
			if len(stack) == 0 || stack[len(stack)-1] != tok.Data {
				t.Fatalf("</%s> closes %v", tok.Data, stack)
			}
			stack = stack[:len(stack)-1]
		case html.TextToken:
			if len(stack) > 0 && stack[len(stack)-1] == "style" {
				for _, bad := range []string{"url(", "@import", "@font-face"} {
					if strings.Contains(tok.Data, bad) {
						t.Errorf("style loads a resource: %q", bad)
					}
				}
			}
		}
	}
}

func checkElement(t *testing.T, tok html.Token) {
	t.Helper()
	switch tok.Data {
	case "script", "img", "link", "iframe", "object", "embed", "base", "svg":
		t.Errorf("page holds <%s>", tok.Data)
	}
	for _, a := range tok.Attr {
		switch {
		case a.Key == "src", strings.HasPrefix(a.Key, "on"), a.Key == "style":
			t.Errorf("attribute %s on <%s>", a.Key, tok.Data)
		case a.Key == "href" && (strings.ContainsAny(a.Val, ":/\\") || !strings.HasSuffix(a.Val, ".html")):
			t.Errorf("href %q is not a sibling page", a.Val)
		}
	}
}

func TestHTMLWellFormed(t *testing.T) {
	r, levels := testRelease()
	r.Append(release.Title, "", "A second title line")
	for _, ed := range []release.Edition{release.JA, release.EN} {
		checkWellFormed(t, string(Render(r, ed, HTML, levels)))
	}
}

func TestHTMLSectionsAndGroups(t *testing.T) {
	r := &release.Release{}
	r.Append(release.Title, "表題\n二行目", "")
	r.Append(release.Paragraph, "リード", "")
	r.Append(release.Heading, "１．一", "")
	r.Append(release.Item, "（１）甲", "")
	r.Append(release.Item, "（２）乙", "")
	r.Append(release.Heading, "（１）細目", "")
	r.Append(release.Paragraph, "本文", "")
	r.Append(release.Heading, "２．二", "")
	r.Append(release.Contact, "担当\n電話", "")
	page := string(Render(r, release.JA, HTML, []int{0, 0, 1, 2, 2, 2, 0, 1}))
	for _, s := range []string{
		"<h1>表題<br>二行目</h1>", `<p class="lead">リード</p>`,
		"<section>\n<h2>１．一</h2>\n<ul class=\"items\">\n<li>（１）甲</li>\n<li>（２）乙</li>\n</ul>\n<h3>（１）細目</h3>\n<p>本文</p>\n</section>",
		"<section>\n<h2>２．二</h2>\n<address class=\"contact\">\n<p>担当</p>\n<p>電話</p>\n</address>\n</section>",
	} {
		if !strings.Contains(page, s) {
			t.Errorf("missing %q in\n%s", s, page)
		}
	}
	checkWellFormed(t, page)
}

func TestHeadingTag(t *testing.T) {
	for level, want := range map[int]string{0: "h2", 1: "h2", 2: "h3", 3: "h4", 4: "h5", 9: "h5"} {
		if got := headingTag(level); got != want {
			t.Errorf("level %d: %s, want %s", level, got, want)
		}
	}
}

// TestWriteLinksEditions: pages written together link each other by file
// name; a page written alone links nothing, nor do other formats.
func TestWriteLinksEditions(t *testing.T) {
	r, levels := testRelease()
	dir := t.TempDir()
	both := []release.Edition{release.JA, release.EN}
	paths, err := Write(dir, "R", r, both, HTML, levels, nil)
	if err != nil || len(paths) != 2 {
		t.Fatal(paths, err)
	}
	want := map[string]string{
		"R.ja.html": `<a href="R.en.html" hreflang="en" lang="en">English</a>`,
		"R.en.html": `<a href="R.ja.html" hreflang="ja" lang="ja">日本語</a>`,
	}
	for name, link := range want {
		page := readFile(t, filepath.Join(dir, name))
		if !strings.Contains(page, link) {
			t.Errorf("%s lacks %s", name, link)
		}
		checkWellFormed(t, page)
	}
	alone := t.TempDir()
	if _, err := Write(alone, "R", r, both[:1], HTML, levels, nil); err != nil {
		t.Fatal(err)
	}
	if page := readFile(t, filepath.Join(alone, "R.ja.html")); strings.Contains(page, "href") {
		t.Error("a page exported alone links a missing file")
	}
	if l := linkFor("R", release.JA, both, MD); l.File != "" {
		t.Errorf("Markdown got a link %v", l)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestWriteEditionsLevels: each edition gets its own heading levels.
func TestWriteEditionsLevels(t *testing.T) {
	r := &release.Release{}
	r.Append(release.Heading, "（１）対象", "1. Scope")
	levelsOf := func(ed release.Edition) []int {
		if ed == release.JA {
			return []int{2}
		}
		return []int{1}
	}
	dir := t.TempDir()
	if _, err := WriteEditions(dir, "R", r, []release.Edition{release.JA, release.EN}, HTML, levelsOf, nil); err != nil {
		t.Fatal(err)
	}
	if page := readFile(t, filepath.Join(dir, "R.ja.html")); !strings.Contains(page, "<h3>（１）対象</h3>") {
		t.Errorf("ja heading not at level 2:\n%s", page)
	}
	if page := readFile(t, filepath.Join(dir, "R.en.html")); !strings.Contains(page, "<h2>1. Scope</h2>") {
		t.Errorf("en heading not at level 1:\n%s", page)
	}
}
