//go:build guitest

package guitest

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"taiyaku/app/release"
)

func TestMain(m *testing.M) {
	if _, err := os.Stat(binary); err != nil {
		fmt.Fprintf(os.Stderr, "guitest: no app at %s (make gui-test builds it): %v\n", binary, err)
		os.Exit(2)
	}
	stop, err := startXvfb()
	if err != nil {
		fmt.Fprintln(os.Stderr, "guitest:", err)
		os.Exit(2)
	}
	code := m.Run()
	stop()
	os.Exit(code)
}

// configs: the usual window, the smallest supported one, the Japanese UI.
var configs = []config{
	{"en-1366x768", "en_US.UTF-8", 1366, 768},
	{"en-1024x700", "en_US.UTF-8", 1024, 700},
	{"ja-1366x768", "ja_JP.UTF-8", 1366, 768},
}

// scenarios are issue 7's acceptance list; each ends in a checked save.
var scenarios = []struct {
	name string
	run  func(*session)
}{
	{"type-across-wraps", typeAcrossWraps},
	{"undo-redo-height", undoRedoHeight},
	{"merge-undo", mergeUndo},
	{"click-comment", clickComment},
	{"replace-all", replaceAll},
	{"renumber", renumberLabels},
}

func TestGUI(t *testing.T) {
	only := os.Getenv("GUITEST_ONLY") // a scenario or config name, to run fewer
	for _, cfg := range configs {
		t.Run(cfg.name, func(t *testing.T) {
			for _, sc := range scenarios {
				if only != "" && !strings.Contains(cfg.name+"/"+sc.name, only) {
					continue
				}
				t.Run(sc.name, func(t *testing.T) {
					began := time.Now()
					s := start(t, cfg)
					s.shot("start")
					sc.run(s)
					t.Logf("%s took %s", sc.name, time.Since(began).Round(time.Second))
				})
			}
		})
	}
}

// The units of the sample that the scenarios use (index from 0).
const (
	unitDate      = 6  // "January 22, 2025": one line
	unitMeetingOn = 8  // a paragraph: "On Wednesday, January 22, 2025, …"
	unitOverview  = 9  // heading "1. Overview"
	unitMeeting   = 10 // a long paragraph
	unitSummary   = 13 // heading "2. Summary of the joint statement"
	unitsInSample = 30
)

// gotoUnit puts the cursor in unit i's English entry. Alt+Up and
// Alt+Down keep the edition the cursor is in, and a click on a row's
// caption selects the row without changing the edition (Japanese at
// the start), so the click must land in an English entry: Alt+Up goes
// to the first unit, which scrolls the list to its top (nothing happens
// at the start, where the list is at its top already), the click lands
// in the first row's English entry, and Alt+Down goes on to unit i.
func (s *session) gotoUnit(i int) {
	s.t.Helper()
	s.repeat("alt+Up", unitsUp)
	s.click(s.rowPoint())
	s.repeat("alt+Down", i)
}

// unitsUp is more Alt+Up than any scenario is units down the release.
const unitsUp = 16

// clickPrimary clicks the confirm button of the dialog on screen, found
// by its colour on a screenshot (its place depends on the dialog's size
// and the language).
func (s *session) clickPrimary(label string) {
	s.t.Helper()
	var shot string
	for try := 0; try < 10; try++ { // the dialog may take a moment to appear
		shot = s.shot(label)
		if x, y, ok := primaryButton(shot); ok {
			s.click(x, y)
			s.waitClosed(label)
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
	s.t.Fatalf("%s: no confirm button on screen (%s)", label, shot)
}

// waitClosed waits until the dialog whose confirm button was clicked
// is gone from the screen: a loaded machine can take a second to act on
// the click and draw, and a key or click meant for what comes next must
// not land on the dialog (a shortcut behind a dialog does nothing).
func (s *session) waitClosed(label string) {
	s.t.Helper()
	for try := 0; try < 20; try++ {
		time.Sleep(250 * time.Millisecond)
		if _, _, ok := primaryButton(s.shot(label + "-closed")); !ok {
			return
		}
	}
	s.t.Fatalf("%s: the dialog is still open after its confirm button was clicked", label)
}

// want compares one saved unit's English text.
func (s *session) want(r *release.Release, i int, en string) {
	s.t.Helper()
	if got := r.Units[i].EN; got != en {
		s.t.Errorf("unit %d saved as\n  %q\nwant\n  %q", i+1, got, en)
	}
}

// sameUnits checks that units other than skip kept their original texts.
func (s *session) sameUnits(r *release.Release, skip ...int) {
	s.t.Helper()
	if len(r.Units) != len(s.orig.Units) {
		s.t.Fatalf("%d units saved, want %d", len(r.Units), len(s.orig.Units))
	}
outer:
	for i, u := range r.Units {
		for _, k := range skip {
			if i == k {
				continue outer
			}
		}
		if o := s.orig.Units[i]; u.JA != o.JA || u.EN != o.EN {
			s.t.Errorf("unit %d changed: %q / %q", i+1, u.JA, u.EN)
		}
	}
}

// typeAcrossWraps types long sentences, whose spaces fall on the
// entry's wrap points, at the end and then in the middle of a wrapped
// paragraph, then as a new first line of another: the saved text must
// be exactly what was typed.
func typeAcrossWraps(s *session) {
	orig := s.orig.Units[unitMeeting].EN
	end := " It was agreed that technology, supply chains and the security of undersea cables matter to both sides, and that officials will meet again this year."
	s.gotoUnit(unitMeeting)
	s.key("Next") // Page Down: the end of the text
	s.typeText(end)
	s.shot("typed-at-end")
	r := s.save("typing-at-end")
	s.want(r, unitMeeting, orig+end)
	s.sameUnits(r, unitMeeting)

	after := "Mr. Koga Yuichiro,"
	pos := len([]rune(orig[:strings.Index(orig, after)+len(after)]))
	middle := " who hosted the meeting and has long supported digital cooperation between the two countries and their agencies,"
	s.key("Prior") // Page Up: the start
	s.repeat("Right", pos)
	s.typeText(middle)
	s.shot("typed-in-middle")
	text := []rune(orig + end)
	r = s.save("typing-in-middle")
	s.want(r, unitMeeting, string(text[:pos])+middle+string(text[pos:]))

	// A unit may hold two lines: the end of the first is the end of
	// nothing, and a space that wraps there lost the cursor to the next
	// line in Fyne 2.7.1.
	first := "A new first line, typed above the paragraph, is long enough to wrap at least once or twice in its column."
	s.gotoUnit(unitMeetingOn)
	s.key("Prior", "Return", "Up")
	s.typeText(first)
	s.shot("typed-line-above")
	r = s.save("typing-line-above")
	s.want(r, unitMeetingOn, first+"\n"+s.orig.Units[unitMeetingOn].EN)
}

// undoRedoHeight types until a one-line row wraps (its height changes),
// then undoes and redoes, saving after each.
func undoRedoHeight(s *session) {
	orig := s.orig.Units[unitDate].EN
	more := " (Wednesday), the day the ministers met online to confirm the partnership"
	s.gotoUnit(unitDate)
	s.key("Next")
	s.typeText(more)
	r := s.save("typing")
	s.want(r, unitDate, orig+more)
	s.key("ctrl+z")
	s.shot("undone")
	r = s.save("undo")
	s.want(r, unitDate, orig)
	s.sameUnits(r)
	s.key("ctrl+shift+z")
	s.shot("redone")
	r = s.save("redo")
	s.want(r, unitDate, orig+more)
}

// mergeUndo merges a heading with the paragraph after it, saves, undoes
// and saves again: the release must be back as it was.
func mergeUndo(s *session) {
	s.gotoUnit(unitOverview)
	s.key("ctrl+m")
	s.shot("merged")
	r := s.save("merge")
	if len(r.Units) != unitsInSample-1 || !strings.Contains(r.Units[unitOverview].EN, s.orig.Units[unitMeeting].EN) {
		s.t.Fatalf("merge saved %d units, unit %d: %q", len(r.Units), unitOverview+1, r.Units[unitOverview].EN)
	}
	s.key("ctrl+z")
	s.shot("undone")
	r = s.save("undo")
	s.sameUnits(r)
}

// clickComment adds a comment (Ctrl+K), moves elsewhere, clicks the
// comment in the Comments tab, and types where that put the cursor.
func clickComment(s *session) {
	note := "Please check the minister's title."
	s.gotoUnit(unitMeeting)
	s.key("ctrl+k")
	s.typeText(note) // the dialog's first field has the focus (Tab would type a tab into it)
	s.clickPrimary("comment-dialog")
	s.repeat("alt+Up", 8)
	s.click(s.tabPoint(1))
	s.shot("comments-tab")
	s.click(s.firstListItem())
	s.shot("comment-clicked")
	mark := " [checked]"
	s.key("Next")
	s.typeText(mark)
	r := s.save("comment-click")
	s.want(r, unitMeeting, s.orig.Units[unitMeeting].EN+mark)
	if len(r.Review.Comments) != 1 || r.Review.Comments[0].Text != note {
		s.t.Errorf("comments saved: %+v", r.Review.Comments)
	}
}

// replaceAll replaces a phrase with a much longer one in both editions
// through the Find dialog, so that rows change height.
func replaceAll(s *session) {
	from, to := "Japan-UK", "Japan and the United Kingdom of Great Britain and Northern Ireland"
	s.gotoUnit(0)
	s.key("ctrl+f")
	s.typeText(from) // the Find field has the focus
	s.key("Tab")
	s.typeText(to)
	s.repeat("Tab", 4) // where, match case, Find Next, Replace All
	s.key("space")
	s.shot("replaced")
	s.click(s.findClosePoint())
	r := s.save("replace-all")
	var changed []int
	for i, u := range s.orig.Units {
		want := strings.ReplaceAll(u.EN, from, to)
		if want != u.EN {
			changed = append(changed, i)
		}
		s.want(r, i, want)
	}
	if len(changed) == 0 {
		s.t.Fatalf("the sample has no %q", from)
	}
	s.sameUnits(r, changed...)
}

// renumberLabels breaks a heading's number by typing, then renumbers
// the English labels (Ctrl+R) and checks the number is back.
func renumberLabels(s *session) {
	orig := s.orig.Units[unitSummary].EN // "2. Summary of the joint statement"
	s.gotoUnit(unitSummary)
	s.key("Prior", "Delete")
	s.typeText("5")
	r := s.save("breaking-number")
	s.want(r, unitSummary, "5"+orig[1:])
	s.key("ctrl+r")
	s.clickPrimary("renumber-dialog")
	s.shot("renumbered")
	s.click(s.infoOKPoint()) // the count's OK (Space on it would also type a space into the entry behind)
	r = s.save("renumber")
	s.want(r, unitSummary, orig)
}
