package xmltext

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		in         string
		attr       bool
		want       string
		markAbsent bool // bad runes written as "?"
	}{
		{"a & b < c > d", false, "a &amp; b &lt; c &gt; d", false},
		{`say "hi"`, false, `say "hi"`, false},
		{`say "hi"`, true, `say &quot;hi&quot;`, false},
		{"two\nlines\ttab", false, "two\nlines\ttab", false},
		{"two\nlines\ttab", true, "two&#xA;lines&#x9;tab", false},
		{"cr\r\n", false, "cr&#xD;\n", false},
		{"bell\a nul\x00 fffe\uFFFE", false, "bell? nul? fffe?", true},
		{"bell\a", false, "bell", false},
		{"bad \xff utf8", false, "bad \uFFFD utf8", false},
		{"日本語", true, "日本語", false},
	}
	for _, tc := range tests {
		var b strings.Builder
		var bad func(*strings.Builder, rune)
		if tc.markAbsent {
			bad = func(b *strings.Builder, _ rune) { b.WriteByte('?') }
		}
		Escape(&b, tc.in, tc.attr, bad)
		if b.String() != tc.want {
			t.Errorf("Escape(%q, %v) = %q, want %q", tc.in, tc.attr, b.String(), tc.want)
		}
	}
}

// FuzzEscape: whatever the text, the escaped element and attribute read
// back through encoding/xml as the text without the characters XML
// cannot hold.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"a&b", "\r\n\t", "\"'<>", "\x00\x07\uFFFE", "日本\n語", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := `<e a="` + Attr(s) + `">`
		var b strings.Builder
		Escape(&b, s, false, nil)
		doc += b.String() + "</e>"
		var v struct {
			A    string `xml:"a,attr"`
			Text string `xml:",chardata"`
		}
		if err := xml.Unmarshal([]byte(doc), &v); err != nil {
			t.Fatalf("%q: %v", doc, err)
		}
		var w strings.Builder
		for _, r := range s { // each byte of bad UTF-8 is one U+FFFD
			if Allowed(r) {
				w.WriteRune(r)
			}
		}
		want := w.String()
		if v.A != want || v.Text != want {
			t.Fatalf("%q read back as %q / %q", want, v.A, v.Text)
		}
	})
}
