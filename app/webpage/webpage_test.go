package webpage

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"taiyaku/app/problem"
)

var update = flag.Bool("update", false, "rewrite the .want files in testdata")

// TestPages reads each saved page in testdata and compares its text with
// the .want file beside it.
func TestPages(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	if len(pages) == 0 {
		t.Fatal("no pages in testdata")
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			if !IsHTML(data) {
				t.Fatal("not told as a web page")
			}
			got, err := Text(data)
			if err != nil {
				t.Fatal(err)
			}
			want := strings.TrimSuffix(page, ".html") + ".want"
			if *update {
				if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(w) {
				t.Errorf("got\n%s\nwant\n%s", got, w)
			}
		})
	}
}

func TestIsHTML(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html></html>", true},
		{"\ufeff  <!doctype HTML>", true},
		{"<HTML><BODY>x", true},
		{"<!-- saved from url=(0022)http://example.jp/ -->\r\n<html>", true},
		{"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">", true},
		{"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", true},
		{"\xfe\xff\x00<\x00!\x00D\x00O\x00C\x00T\x00Y\x00P\x00E\x00 \x00h\x00t\x00m\x00l", true},
		{"日英会合を開催しました\n<html> の説明", false},
		{"<!-- unterminated", false},
		{"<htm", false},
		{"PK\x03\x04", false},
		{"", false},
	}
	for _, c := range cases {
		if got := IsHTML([]byte(c.in)); got != c.want {
			t.Errorf("IsHTML(%q) = %v", c.in, got)
		}
	}
}

// TestMainRegion: each mark of the main text is found, the more specific
// first, and furniture inside it is still left out.
func TestMainRegion(t *testing.T) {
	const around = `<div id="header"><p>サイト名</p></div><ul class="gnav"><li>メニュー</li></ul>`
	cases := []struct{ name, body, want string }{
		{"main", `<main><p>本文</p></main><div id="contents"><p>別</p></div>`, "本文\n"},
		{"role", `<div role="main"><p>本文</p></div><article><p>別</p></article>`, "本文\n"},
		{"id main", `<div id="MAIN"><p>本文</p><div class="pageTop">先頭へ</div></div>`, "本文\n"},
		{"contents", `<div id="contents"><h1>題</h1><p>本文</p></div>`, "題\n本文\n"},
		{"main_contents", `<div id="main_contents"><p>本文</p></div>`, "本文\n"},
		{"article", `<article><p>本文</p></article><p>外</p>`, "本文\n"},
		{"empty main", `<main> </main><p>本文</p>`, "本文\n"},
		{"body", `<p>本文</p><div class="snsList">共有</div><footer>著作権</footer>`, "本文\n"},
		{"header kept in main", `<main><header><h1>題</h1></header><p>本文</p></main>`, "題\n本文\n"},
		{"hidden", `<main><p style="display: none">隠</p><p aria-hidden="true">隠</p><p>本文</p></main>`, "本文\n"},
	}
	for _, c := range cases {
		got, err := Text([]byte("<!DOCTYPE html><html><body>" + around + c.body + "<footer>フッタ</footer></body></html>"))
		if err != nil || got != c.want {
			t.Errorf("%s: got %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

func TestLines(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"br", `<p>一行目<br>二行目<br><br></p>`, "一行目\n二行目\n"},
		{"inline", `<p>条件は<a href="x">こちら</a><em>です</em>。</p>`, "条件はこちらです。\n"},
		{"wrapped ja", "<p>日本政府は、\n  緊急援助を決定しました。</p>", "日本政府は、緊急援助を決定しました。\n"},
		{"wrapped en", "<p>The Government\n  of Japan</p>", "The Government of Japan\n"},
		{"en after ja", "<p>会合\nAPEC</p>", "会合 APEC\n"},
		{"ideographic space", "<p>　ア　家庭用ルーター</p>", "　ア　家庭用ルーター\n"},
		{"div text", "<div>前文<p>段落</p>後文</div>", "前文\n段落\n後文\n"},
		{"data table", "<table><tr><th>分野</th><th></th><th>金額</th></tr><tr><td> </td><td></td></tr></table>", "分野\t\t金額\n"},
		{"cell br", "<table><tr><td>東京<br>大阪</td><td>２</td></tr></table>", "東京 大阪\t２\n"},
		{"layout table", "<table><tr><td><p>一</p><p>二</p></td><td>三</td></tr></table>", "一\n二\n三\n"},
		{"dl", "<dl><dt>担当<dd>国際室<dd>電話：03-0000-0000</dl>", "担当\n国際室\n電話：03-0000-0000\n"},
		{"caption", "<figure><img alt=\"写真\"><figcaption>写真１</figcaption></figure>", "写真１\n"},
		{"entities", "<p>A &amp; B &lt;C&gt; &#x65E5;</p>", "A & B <C> 日\n"},
		{"unclosed", "<p>一<p>二<li>三", "一\n二\n三\n"},
		{"no-break space kept", "<p>(1)&nbsp;Data &nbsp; x</p>", "(1)\u00a0Data \u00a0 x\n"},
	}
	for _, c := range cases {
		got, err := Text([]byte("<html><body>" + c.body + "</body></html>"))
		if err != nil || got != c.want {
			t.Errorf("%s: got %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

func TestCharset(t *testing.T) {
	sjis := "<html><head><meta charset=\"shift_jis\"></head><body><p>\x93\xfa\x96\x7b</p></body></html>"
	eucMislabelled := "<html><head><meta charset=\"utf-8\"></head><body><p>\xc6\xfc\xcb\xdc\xb8\xec\xa4\xce\xca\xb8</p></body></html>"
	latin := "<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf\xe9</p></body></html>"
	broken := "<html><head><meta charset=\"utf-8\"></head><body><p>a\xffb</p></body></html>"
	for in, want := range map[string]string{sjis: "日本\n", eucMislabelled: "日本語の文\n", latin: "café\n", broken: "a\uFFFDb\n"} {
		if got, err := Text([]byte(in)); err != nil || got != want {
			t.Errorf("%q: got %q, %v; want %q", in, got, err, want)
		}
	}
}

func TestBadInput(t *testing.T) {
	deep := "<html><body>" + strings.Repeat("<div>", maxDepth+1) + "x"
	cases := []struct {
		name string
		in   []byte
		id   string
	}{
		{"huge", append([]byte("<html>"), make([]byte, Limit)...), "ErrWebTooLarge"},
		{"binary", []byte("<html>\x00\x01\x02\x03\x00\x00"), "ErrWebNotPage"},
		{"deep", []byte(deep), "ErrWebNested"},
		{"empty", []byte("<!DOCTYPE html><html><head><title>題</title></head><body><nav>メニュー</nav></body></html>"), "ErrWebEmpty"},
	}
	for _, c := range cases {
		_, err := Text(c.in)
		var p *problem.Error
		if !errors.As(err, &p) || p.ID != c.id {
			t.Errorf("%s: got %v, want %s", c.name, err, c.id)
		}
	}
}

// TestNotDeep: old pages full of unclosed paragraphs and list items are
// not taken for deeply nested ones.
func TestNotDeep(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<p>段落<li>項目<br>", 5000) + strings.Repeat("<div>", maxDepth-5)
	if _, err := Text([]byte(page)); err != nil {
		t.Fatal(err)
	}
}

// TestParseDeadline: a parse past its deadline stops with a translatable
// error (hostile pages can make the parser's work quadratic).
func TestParseDeadline(t *testing.T) {
	_, err := parse("<html><body>"+strings.Repeat("a</x>", 1000), time.Now().Add(-time.Second))
	var p *problem.Error
	if !errors.As(err, &p) || p.ID != "ErrWebSlow" {
		t.Fatalf("got %v", err)
	}
	if _, err := parse("<p>本文", time.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
}

func TestTooManyTags(t *testing.T) {
	_, err := Text([]byte("<html><body>" + strings.Repeat("a</x>", maxTags+1)))
	var p *problem.Error
	if !errors.As(err, &p) || p.ID != "ErrWebTags" {
		t.Fatalf("got %v", err)
	}
}
