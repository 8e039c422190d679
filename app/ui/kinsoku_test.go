package ui

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestKinsokuLines(t *testing.T) {
	for _, c := range []struct {
		text  string
		width float32
		want  string
	}{
		{"あいうえお", 30, "あいう|えお"},
		{"あいう。えお", 30, "あい|う。え|お"},   // 。 may not start a line: う goes down with it
		{"あい「うえ」お", 30, "あい|「う|え」お"}, // 「 may not end a line, 」 not start one
		{"あいうえ」」お", 40, "あいう|え」」お"},  // two closing marks stay with the character before them
		{"。。。。。", 20, "。。|。。|。"},     // nothing else to do: break where it fits
		{"あい\n\nう", 30, "あい||う"},
	} {
		got := strings.Join(kinsokuLines(c.text, c.width, mono), "|")
		if got != c.want {
			t.Errorf("%q at %v: %q, want %q", c.text, c.width, got, c.want)
		}
	}
}

func FuzzKinsokuLines(f *testing.F) {
	f.Add("令和7年1月22日（水曜日）、経済産業省は「発表」しました。", float32(55))
	f.Fuzz(func(t *testing.T, s string, w float32) {
		if !utf8.ValidString(s) {
			return
		}
		lines := kinsokuLines(s, w, mono)
		if got := strings.Join(lines, ""); got != strings.ReplaceAll(s, "\n", "") {
			t.Fatalf("lines %q lose or add text of %q", lines, s)
		}
		for _, l := range lines {
			if utf8.RuneCountInString(l) > 1 && 10*float32(utf8.RuneCountInString(l)) > max(w, 10) {
				t.Fatalf("line %q wider than %v", l, w)
			}
		}
	})
}
