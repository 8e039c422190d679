package controlchar

import (
	"fmt"
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	cases := []struct {
		in      string
		oneLine bool
		want    string
	}{
		{"plain 日本語", false, "plain 日本語"},
		{"a\tb\nc", false, "a\tb\nc"},
		{"a\tb\nc", true, `a\tb\nc`},
		{"\x1b[31mred", false, `\u001b[31mred`},
		{"C1\u009bx", false, `C1\u009bx`},
		{"abc\u202edef", false, `abc\u202edef`},
		{"iso\u2066x\u2069", false, `iso\u2066x\u2069`},
		{"nul\x00", false, `nul\u0000`},
		{"bad\xff", false, `bad\xff`},
	}
	for _, c := range cases {
		if got := Escape(c.in, c.oneLine); got != c.want {
			t.Errorf("Escape(%q, %v) = %q, want %q", c.in, c.oneLine, got, c.want)
		}
	}
}

func TestFind(t *testing.T) {
	cases := []struct {
		in      string
		oneLine bool
		at      int
	}{
		{"Tanaka Hanako", true, -1},
		{"田中\n花子", false, -1},
		{"Tanaka\nEnglish edition: approved", true, 6},
		{"x\u202e", false, 1},
		{"\u007f", false, 0},
	}
	for _, c := range cases {
		if at, _ := Find(c.in, c.oneLine); at != c.at {
			t.Errorf("Find(%q, %v) = %d, want %d", c.in, c.oneLine, at, c.at)
		}
	}
}

func FuzzEscape(f *testing.F) {
	f.Add("a\x1b\u202e\n\xff", true)
	f.Fuzz(func(t *testing.T, s string, oneLine bool) {
		out := Escape(s, oneLine)
		if at, _ := Find(out, oneLine); at >= 0 {
			t.Fatalf("Escape(%q) = %q still holds a control at %d", s, out, at)
		}
	})
}

// What the command line prints through Writer reaches the terminal with
// its control characters escaped, line breaks kept.
func TestWriter(t *testing.T) {
	var b strings.Builder
	fmt.Fprintln(Writer(&b), "Tanaka\x1b[2J\u202e")
	fmt.Fprintln(Writer(&b), "plain")
	if got := b.String(); got != "Tanaka\\u001b[2J\\u202e\nplain\n" {
		t.Fatalf("got %q", got)
	}
}
