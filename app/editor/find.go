package editor

import (
	"strings"

	"taiyaku/app/release"
)

// Match is one occurrence of a search in a unit's text.
type Match struct {
	Unit       int
	Edition    release.Edition
	Start, End int // byte offsets in the text
}

// Query is what Find and ReplaceAll look for.
type Query struct {
	Text      string
	MatchCase bool              // otherwise ASCII letters match either case
	Editions  []release.Edition // where to look; both when empty
}

func (q Query) editions() []release.Edition {
	if len(q.Editions) == 0 {
		return []release.Edition{release.JA, release.EN}
	}
	return q.Editions
}

// fold lower-cases ASCII letters only, so byte offsets stay those of the
// original text (Japanese has no case to fold).
func fold(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// indexIn finds q in s from byte offset from.
func (q Query) indexIn(s string, from int) int {
	if from > len(s) {
		return -1
	}
	hay, needle := s[from:], q.Text
	if !q.MatchCase {
		hay, needle = fold(hay), fold(needle)
	}
	i := strings.Index(hay, needle)
	if i < 0 {
		return -1
	}
	return from + i
}

// FindNext returns the first match after position after (unit, edition,
// end offset), wrapping round at the end of the release. The zero Match
// starts at the top.
func (d *Doc) FindNext(q Query, after Match) (Match, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if q.Text == "" || len(d.r.Units) == 0 {
		return Match{}, false
	}
	eds := q.editions()
	n := len(d.r.Units)
	start := max(0, min(after.Unit, n-1))
	for k := 0; k <= n; k++ {
		i := (start + k) % n
		for _, ed := range eds {
			from := 0
			if k == 0 && i == after.Unit && after.Edition != "" {
				if edOrder(ed, eds) < edOrder(after.Edition, eds) {
					continue
				}
				if ed == after.Edition {
					from = after.End
				}
			}
			if at := q.indexIn(d.r.Units[i].Text(ed), from); at >= 0 {
				return Match{Unit: i, Edition: ed, Start: at, End: at + len(q.Text)}, true
			}
		}
	}
	return Match{}, false
}

func edOrder(ed release.Edition, eds []release.Edition) int {
	for k, e := range eds {
		if e == ed {
			return k
		}
	}
	return len(eds)
}

// ReplaceAll replaces every match of q with repl, as one undoable step,
// and returns how many were replaced.
func (d *Doc) ReplaceAll(q Query, repl string) int {
	if q.Text == "" {
		return 0
	}
	count := 0
	d.mutate(func() (Change, bool) {
		var ops []op
		for i := range d.r.Units {
			after := d.r.Units[i]
			for _, ed := range q.editions() {
				text, n := q.replaceIn(after.Text(ed), repl)
				after.SetText(ed, text)
				count += n
			}
			if after.JA != d.r.Units[i].JA || after.EN != d.r.Units[i].EN {
				ops = append(ops, op{kind: opReplace, index: i, before: d.r.Units[i], after: after})
			}
		}
		return d.run(ops)
	})
	return count
}

func (q Query) replaceIn(s, repl string) (string, int) {
	var b strings.Builder
	n, from := 0, 0
	for {
		at := q.indexIn(s, from)
		if at < 0 {
			break
		}
		b.WriteString(s[from:at])
		b.WriteString(repl)
		from = at + len(q.Text)
		n++
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[from:])
	return b.String(), n
}
