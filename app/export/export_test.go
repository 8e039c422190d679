package export

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"taiyaku/app/docx"
	"testing"

	"taiyaku/app/problem"
	"taiyaku/app/release"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// testRelease covers every rule: each kind, both heading levels, characters
// that need escaping, a unit holding two paragraphs, a one-sided unit and
// furniture that must never be exported.
func testRelease() (*release.Release, []int) {
	r := &release.Release{}
	r.Append(release.Furniture, "1. ホーム", "1. Home")
	r.Append(release.Title, "日英デジタルパートナーシップ会合を開催しました", "Japan-UK Digital Partnership Meeting Held")
	r.Append(release.Date, "令和7年1月22日", "January 22, 2025")
	r.Append(release.Heading, "１．概要", "1. Overview")
	r.Append(release.Paragraph, "条件は <a> & \"b\" です。\n　二つ目の段落です。", "The condition is <a> & \"b\".\nA second paragraph.")
	r.Append(release.Heading, "（１）対象", "(1) Scope")
	r.Append(release.Item, "ア　家庭用ルーター", "(a) Home routers")
	r.Append(release.Paragraph, "※ 詳細は別添 #1 を参照。", "* See Annex #1 for details &amp; more_info.")
	r.Append(release.Paragraph, "日本側のみの段落です。", "")
	r.Append(release.Caption, "写真1", "Photo 1")
	r.Append(release.Contact, "担当\n商務情報政策局 国際室", "Division in Charge\nOffice of International Affairs")
	// levels is shorter than the units on purpose: the rest count as 0.
	return r, []int{0, 0, 0, 1, 0, 2}
}

func TestGolden(t *testing.T) {
	r, levels := testRelease()
	for _, ed := range []release.Edition{release.JA, release.EN} {
		for _, f := range []Format{TXT, MD, HTML} { // PDF and DOCX: pdf_test.go, docx_test.go
			name := filepath.Join("testdata", FileName("golden", ed, f))
			got := Render(r, ed, f, levels)
			if *update {
				if err := os.WriteFile(name, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(name)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", name, got, want)
			}
		}
	}
}

func TestEditionsStaySeparate(t *testing.T) {
	r, levels := testRelease()
	for _, f := range Formats {
		ja := readable(t, f, Render(r, release.JA, f, levels))
		en := readable(t, f, Render(r, release.EN, f, levels))
		for _, s := range []string{"1. Home", "1. ホーム"} {
			if strings.Contains(ja, s) || strings.Contains(en, s) {
				t.Errorf("%s: furniture %q exported", f, s)
			}
		}
		if !strings.Contains(ja, "日本側のみ") || strings.Contains(en, "日本側のみ") {
			t.Errorf("%s: one-sided unit must appear in ja only", f)
		}
		if strings.Contains(en, "概要") || strings.Contains(ja, "Overview") {
			t.Errorf("%s: an edition shows the other's text", f)
		}
	}
}

func TestTXT(t *testing.T) {
	r, levels := testRelease()
	got := string(Render(r, release.EN, TXT, levels))
	if strings.HasPrefix(got, "\ufeff") || strings.Contains(got, "\r") {
		t.Error("TXT must be UTF-8 without BOM with \\n line ends")
	}
	if !strings.Contains(got, "The condition is <a> & \"b\".\n\nA second paragraph.\n") {
		t.Errorf("a two-line unit must give two blocks:\n%s", got)
	}
	if strings.Contains(got, "\n\n\n") || !strings.HasSuffix(got, "Affairs\n") {
		t.Errorf("blocks must be separated by exactly one blank line:\n%q", got)
	}
}

func TestHTML(t *testing.T) {
	r, levels := testRelease()
	for _, ed := range []release.Edition{release.JA, release.EN} {
		page := string(Render(r, ed, HTML, levels))
		for _, s := range []string{
			`<html lang="` + string(ed) + `">`, `<meta charset="utf-8">`,
			"&lt;a&gt; &amp; &#34;b&#34;", `<p class="date">`, `<p class="caption">`,
			`<address class="contact">`, "<h1>", "<h2>", "<h3>", "</html>",
			`<ul class="items">`, "line-break:strict;word-break:normal",
			"@media print", "size:A4",
		} {
			if !strings.Contains(page, s) {
				t.Errorf("%s: missing %q", ed, s)
			}
		}
		for _, s := range []string{"http", "src=", "href=", "<a>", "url("} {
			if strings.Contains(page, s) {
				t.Errorf("%s: page must load nothing, found %q", ed, s)
			}
		}
		checkBalanced(t, page)
	}
}

// checkBalanced checks that every element the renderer opens is closed, in
// order, which is all a well-formed page of this shape needs.
func checkBalanced(t *testing.T, page string) {
	t.Helper()
	var stack []string
	for rest := page; ; {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			break
		}
		rest = rest[i+1:]
		j := strings.IndexByte(rest, '>')
		if j < 0 {
			t.Fatalf("unterminated tag in %q", rest)
		}
		tag := strings.Fields(rest[:j])[0]
		rest = rest[j+1:]
		switch {
		case strings.HasPrefix(tag, "!"), tag == "meta":
		case strings.HasPrefix(tag, "/"):
			if len(stack) == 0 || stack[len(stack)-1] != tag[1:] {
				t.Fatalf("</%s> closes %v", tag[1:], stack)
			}
			stack = stack[:len(stack)-1]
		default:
			stack = append(stack, tag)
		}
	}
	if len(stack) != 0 {
		t.Errorf("unclosed elements %v", stack)
	}
}

func TestPageTitle(t *testing.T) {
	r := &release.Release{}
	r.Append(release.Furniture, "ホーム", "Home")
	r.Append(release.Date, "令和7年1月22日", "January 22, 2025")
	r.Append(release.Title, "表題", "")
	if got := pageTitle(r, release.JA); got != "表題" {
		t.Errorf("ja title = %q", got)
	}
	if got := pageTitle(r, release.EN); got != "January 22, 2025" {
		t.Errorf("en title falls back to the first text, got %q", got)
	}
	if got := pageTitle(&release.Release{}, release.EN); got != "" {
		t.Errorf("empty release title = %q", got)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	cases := []struct {
		kind       release.Kind
		level      int
		text, want string
	}{
		{release.Paragraph, 0, "1. Overview", `1\. Overview`},
		{release.Paragraph, 0, "12) twelve", `12\) twelve`},
		{release.Paragraph, 0, "2025年", "2025年"},
		{release.Paragraph, 0, "# not a heading", `\# not a heading`},
		{release.Paragraph, 0, "- dash", `\- dash`},
		{release.Paragraph, 0, "> quote", `\> quote`},
		{release.Paragraph, 0, "  indented", "indented"},
		{release.Paragraph, 0, "a <b> c", `a \<b> c`},
		{release.Paragraph, 0, "R&D &amp;", `R&D \&amp;`},
		{release.Paragraph, 0, "see press_2025.html _x_", `see press_2025.html \_x\_`},
		{release.Heading, 1, "1. Overview", "## 1. Overview"},
		{release.Heading, 0, "Related Links", "## Related Links"},
		{release.Heading, 3, "(i) Form", "### (i) Form"},
		{release.Title, 0, "A [draft]", `# A \[draft\]`},
	}
	for _, c := range cases {
		if got := mdLine(block{c.kind, c.level, c.text}); got != c.want {
			t.Errorf("%s %q: got %q, want %q", c.kind, c.text, got, c.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"txt": TXT, "MD": MD, ".html": HTML, " html ": HTML} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	_, err := ParseFormat("rtf")
	var p *problem.Error
	if !errors.As(err, &p) || p.ID != "ErrBadFormat" || p.Data["Format"] != "rtf" {
		t.Errorf("ParseFormat(rtf) error = %v", err)
	}
}

func TestFileName(t *testing.T) {
	if got := FileName("release", release.JA, HTML); got != "release.ja.html" {
		t.Errorf("FileName = %q", got)
	}
}

func TestWrite(t *testing.T) {
	r, levels := testRelease()
	dir := filepath.Join(t.TempDir(), "out")
	var calls [][2]int
	paths, err := Write(dir, "rel", r, []release.Edition{release.JA, release.EN}, MD, levels,
		func(done, total int) { calls = append(calls, [2]int{done, total}) })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "rel.ja.md"), filepath.Join(dir, "rel.en.md")}
	if !slices.Equal(paths, want) {
		t.Errorf("paths = %v, want %v", paths, want)
	}
	if !slices.Equal(calls, [][2]int{{1, 2}, {2, 2}}) {
		t.Errorf("progress calls = %v", calls)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"rel.en.md", "rel.ja.md"}) {
		t.Errorf("folder holds %v, want exactly the two exports", names)
	}
	got, _ := os.ReadFile(want[1])
	if !bytes.Equal(got, Render(r, release.EN, MD, levels)) {
		t.Error("written file differs from Render")
	}
}

func TestWriteErrors(t *testing.T) {
	r, _ := testRelease()
	if _, err := Write(t.TempDir(), "rel", r, []release.Edition{release.JA}, "rtf", nil, nil); err == nil {
		t.Error("Write accepted an unknown format")
	}
	// A file where the folder should be makes the write fail.
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Write(blocker, "rel", r, []release.Edition{release.JA}, TXT, nil, nil)
	var p *problem.Error
	if !errors.As(err, &p) || p.ID != "ErrWrite" {
		t.Errorf("Write into a file: error = %v", err)
	}
}

// readable is the text a reader sees in an export: the file itself, the
// paragraphs of a .docx, or pdftotext's reading of a PDF.
func readable(t *testing.T, f Format, data []byte) string {
	t.Helper()
	switch f {
	case DOCX:
		text, err := docx.Text(data)
		if err != nil {
			t.Fatal(err)
		}
		return text
	case PDF:
		path := filepath.Join(t.TempDir(), "x.pdf")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return poppler(t, "pdftotext", path, "-")
	}
	return string(data)
}
