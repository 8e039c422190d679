package check

import "taiyaku/app/controlchar"

// checkControl finds control characters in either edition: C0 controls
// (but tab and line breaks), C1 controls and the bidi overrides and
// isolates that make text show other than it reads (U+202E). A release
// comes from someone else; such characters have no place in a press
// release and can hide or reorder what the reader sees.
func checkControl(in *unitInput, out []Finding) []Finding {
	for _, t := range [...]struct {
		s     Side
		text  string
		flags textFlags
	}{{JA, in.unit.JA, in.jaFlags}, {EN, in.unit.EN, in.enFlags}} {
		if t.flags&fControl == 0 {
			continue
		}
		if at, r := controlchar.Find(t.text, false); at >= 0 {
			out = append(out, newFinding(Control, in.index, t.s, "FindingControl", "Char", controlchar.Name(r)))
		}
	}
	return out
}
