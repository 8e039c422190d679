// Package check compares the two editions of a release and reports what
// differs: structure and numbering, facts, untranslated text, typography.
//
// Findings carry a message id and data rather than text, so the command line
// and the desktop app render them in the user's language.
package check

import (
	"cmp"
	"slices"
	"strings"

	"taiyaku/app/release"
)

// Severity orders findings by how much they block publication.
type Severity string

// The severities, most severe first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Severities lists the severities in display order.
var Severities = []Severity{Error, Warning, Info}

// Side is the edition where a finding's defect is.
type Side string

// The sides; Both when the defect cannot be pinned on one edition.
const (
	JA   Side = "ja"
	EN   Side = "en"
	Both Side = "both"
)

// The check ids. They are stable: users ignore findings by them, and other
// tools read them from the JSON report.
const (
	NumberingMismatch  = "structure.numbering-mismatch"
	NumberingSequence  = "structure.numbering-sequence"
	NumberingStyle     = "structure.numbering-style"
	LevelMismatch      = "structure.level-mismatch"
	KindMismatch       = "structure.kind-mismatch"
	MissingCounterpart = "structure.missing-counterpart"
	Untranslated       = "content.untranslated"
	NumberMismatch     = "content.number-mismatch"
	DateMismatch       = "content.date-mismatch"
	URLMismatch        = "content.url-mismatch"
	AcronymMismatch    = "content.acronym-mismatch"
	TermMismatch       = "content.term-mismatch"
	Width              = "typography.width"
	Brackets           = "typography.brackets"
	Whitespace         = "typography.whitespace"
	LengthRatio        = "content.length-ratio"
	Spelling           = "content.spelling"
	Encoding           = "typography.encoding"
	OrderMismatch      = "structure.order-mismatch" // sections moved
	TimeMismatch       = "content.time-mismatch"
	Control            = "typography.control" // control and bidi characters
)

// IDs lists every check id.
var IDs = []string{
	NumberingMismatch, NumberingSequence, NumberingStyle, LevelMismatch, KindMismatch, MissingCounterpart,
	Untranslated, NumberMismatch, DateMismatch, URLMismatch, AcronymMismatch, TermMismatch,
	Width, Brackets, Whitespace, LengthRatio,
	Spelling, Encoding, OrderMismatch, TimeMismatch, Control,
}

var severities = map[string]Severity{
	NumberingMismatch: Error, NumberingSequence: Error, NumberingStyle: Warning,
	LevelMismatch: Warning, KindMismatch: Warning, MissingCounterpart: Error,
	Untranslated: Error, NumberMismatch: Error, DateMismatch: Error, URLMismatch: Error,
	AcronymMismatch: Warning, TermMismatch: Warning,
	Width: Warning, Brackets: Warning, Whitespace: Warning, LengthRatio: Info,
	Spelling: Warning, Encoding: Error, OrderMismatch: Error, TimeMismatch: Info, Control: Error,
}

// Finding is one thing a person should look at.
type Finding struct {
	Check    string
	Severity Severity
	Unit     int // index into the release's units
	Side     Side
	// Message is the message id of locales/ that explains the finding;
	// Data fills it (the differing values, the other edition's value).
	Message string
	Data    map[string]any
}

// Render is the finding's message in the language of t (the front end's
// translator: i18n's Localizer.T), the same in the window and the command
// line.
func (f Finding) Render(t func(id string, kv ...any) string) string {
	kv := make([]any, 0, 2*len(f.Data))
	for k, v := range f.Data {
		kv = append(kv, k, v)
	}
	return t(f.Message, kv...)
}

// newFinding fills the severity from the check id and takes template data
// as key, value pairs.
func newFinding(check string, unit int, side Side, message string, kv ...any) Finding {
	f := Finding{Check: check, Severity: severities[check], Unit: unit, Side: side, Message: message, Data: map[string]any{}}
	for i := 0; i+1 < len(kv); i += 2 {
		f.Data[kv[i].(string)] = kv[i+1]
	}
	return f
}

// Sort orders findings by unit, then severity, then check id, keeping
// the order of findings equal in all three.
func Sort(fs []Finding) {
	slices.SortStableFunc(fs, func(x, y Finding) int {
		if c := cmp.Compare(x.Unit, y.Unit); c != 0 {
			return c
		}
		if c := cmp.Compare(rank(x.Severity), rank(y.Severity)); c != 0 {
			return c
		}
		return strings.Compare(x.Check, y.Check)
	})
}

// rank is a severity's place in Severities.
func rank(s Severity) int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	case Info:
		return 2
	}
	return 0 // as the map this replaces answered for an unknown severity
}

// BySeverity returns the findings of one severity, in their order.
func BySeverity(fs []Finding, sev Severity) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Severity == sev {
			out = append(out, f)
		}
	}
	return out
}

// Count returns the number of findings of each severity.
func Count(fs []Finding) map[Severity]int {
	m := map[Severity]int{}
	for _, f := range fs {
		m[f.Severity]++
	}
	return m
}

// sideOf converts an edition into a side.
func sideOf(e release.Edition) Side { return Side(e) }
