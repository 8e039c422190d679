package numbering

import "strings"

// dashBullets need a space after them: "-日本振興銀行について-" is a
// decorated subtitle, "- 日本は…" a list entry.
const dashBullets = "-－‐–"

// symbolBullets are list markers that are never anything else at the start
// of a line, so Japanese text may follow them without a space ("・日本は…").
const symbolBullets = "・•●○◆◇■□▪◎"

// parseBullet reads an unnumbered list marker followed by text.
func parseBullet(s string) (Label, bool) {
	r, size := runeAt(s, 0)
	allowed := sepSpace | sepWideSpace
	switch {
	case strings.ContainsRune(dashBullets, r):
	case strings.ContainsRune(symbolBullets, r):
		allowed |= sepOther
	default:
		return Label{}, false
	}
	if rest := trimSpace(s[size:]); rest == "" {
		return Label{}, false // a lone marker or a rule line, not a list entry
	}
	return finish(s, size, allowed, Label{Style: StyleBullet, Ordinal: 1})
}

// skipRepeat looks for the same label typed again right after l ("1. 1."),
// and returns where the body then starts.
func skipRepeat(text string, l Label) (int, bool) {
	rest := text[l.BodyAt:]
	if l.Style == StyleBullet || !strings.HasPrefix(rest, l.Raw) {
		return l.BodyAt, false
	}
	for _, p := range parsers {
		if again, ok := p(rest); ok {
			if again.Raw != l.Raw || again.Style != l.Style {
				return l.BodyAt, false
			}
			at := l.BodyAt + len(again.Raw)
			return len(text) - len(trimSpaceLeft(text[at:])), true
		}
	}
	return l.BodyAt, false
}
