package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"taiyaku/app/release"
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
		if n := kinsokuRows([]rune(c.text), c.width, mono); n != strings.Count(c.want, "|")+1 {
			t.Errorf("%q at %v: %d rows counted, %d made", c.text, c.width, n, strings.Count(c.want, "|")+1)
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
		if n := kinsokuRows([]rune(s), w, mono); n != len(lines) {
			t.Fatalf("%d rows counted, %d made of %q", n, len(lines), s)
		}
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

// TestKinsokuViewHandsOverToTheEntry: the Japanese text shows through the
// view; a tap on it focuses the entry with the cursor at the tapped
// character, and the view comes back when the entry loses the focus.
func TestKinsokuViewHandsOverToTheEntry(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.JA, "令和7年1月22日（水曜日）")
	w.focusUnit(i, release.EN)
	r := w.editor.rowFor(i)
	if r == nil || !r.jaView.Visible() {
		t.Fatal("the Japanese text is not shown by the view")
	}
	for _, l := range r.jaView.lines {
		if first, _ := utf8.DecodeRuneInString(l.text); forbiddenStart(first) && l.start > 0 {
			t.Errorf("line starts with %q: %q", first, l.text)
		}
	}
	// The tap falls 4.5 full widths into the first line: 令和7年1 end
	// about 4.2 full widths in (7 and 1 are narrow), so the tap is on the
	// left half of 月 and the cursor goes before it.
	pad := theme.InnerPadding()
	x := pad + 4.5*r.jaView.sizer.wide
	r.jaView.Tapped(&fyne.PointEvent{Position: fyne.NewPos(x, pad+2)})
	if w.win.Canvas().Focused() != r.ja || r.jaView.Visible() {
		t.Fatal("the entry did not take over")
	}
	test.Type(r.ja, "X")
	if got := w.doc.Unit(i).JA; !strings.HasPrefix(got, "令和7年1X月") {
		t.Errorf("typed at the wrong place: %q", got[:min(len(got), 30)])
	}
	w.win.Canvas().Focus(r.en)
	if !r.jaView.Visible() {
		t.Error("the view did not come back")
	}
}
