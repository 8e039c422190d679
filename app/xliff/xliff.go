// Package xliff writes a release as one bilingual XLIFF file (version 2.1
// or 1.2) for CAT tools such as Trados, memoQ and OmegaT, and reads either
// version back into a release. The Japanese edition is the source (ja-JP)
// and the English edition the target (en-US); one release unit is one
// XLIFF unit whose id is the unit's id, so a file that went through a
// translator's tool comes back onto the same units.
//
// What XLIFF has no place for (the unit kind, the Japanese edition's
// status, a comment's author, time and resolution) travels in attributes
// of our own namespace (2.1) or in context groups (1.2, whose strict
// schema refuses foreign attributes), so that a round trip keeps texts,
// statuses, comments and ids. Approvals and the trail stay in the
// .taiyaku file: an XLIFF is a working copy, not a record.
package xliff

import (
	"strings"

	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
)

// Version is an XLIFF version this package writes.
type Version string

// The versions written. Reading accepts 1.2 and any 2.x.
const (
	V21 Version = "2.1"
	V12 Version = "1.2"
)

// Languages of the two editions as XLIFF names them.
const (
	SourceLang = "ja-JP"
	TargetLang = "en-US"
)

// Namespaces of the documents and of our own extension attributes.
const (
	ns2  = "urn:oasis:names:tc:xliff:document:2.0" // 2.0 and 2.1 share it
	ns12 = "urn:oasis:names:tc:xliff:document:1.2"
	nsTY = "urn:taiyaku:xliff:1"
)

// Extension is the file extension written, for both versions.
const Extension = ".xlf"

// ParseVersion reads the --xliff-version value; "" means 2.1.
func ParseVersion(s string) (Version, error) {
	switch strings.TrimSpace(s) {
	case "", "2.1", "2":
		return V21, nil
	case "1.2":
		return V12, nil
	}
	return "", problem.New("ErrBadXLIFFVersion", "Version", s)
}

// Options say how to write.
type Options struct {
	Version Version
	// Original names the release file in the XLIFF (the "original"
	// attribute CAT tools show); "" writes "release.taiyaku".
	Original string
	// ApprovedEN says the English edition is approved and unchanged since:
	// its units are then written as final (2.1 state="final"; 1.2
	// state="final" and approved="yes"). The caller decides it (package
	// approval), so this package needs no part of the review rules.
	ApprovedEN bool
}

// Marshal renders r as an XLIFF document of o.Version (2.1 when empty).
func Marshal(r *release.Release, o Options) []byte {
	if o.Original == "" {
		o.Original = "release" + release.Extension
	}
	var b strings.Builder
	if o.Version == V12 {
		write12(&b, r, o)
	} else {
		write21(&b, r, o)
	}
	return []byte(b.String())
}

// WriteFile writes r to path atomically: an export over an older file
// never leaves half of one.
func WriteFile(path string, r *release.Release, o Options) error {
	if err := storage.WriteFile(path, Marshal(r, o), 0o644); err != nil {
		return problem.Wrap(err, "ErrWrite", "File", path)
	}
	return nil
}

// states names, for each version, the state of a draft, translated,
// reviewed and final unit (2.1 segment state; 1.2 target state).
var states = map[Version][4]string{
	V21: {"initial", "translated", "reviewed", "final"},
	V12: {"new", "translated", "signed-off", "final"},
}

// stateOf maps the English status to the state of version v.
func stateOf(v Version, s release.Status, final bool) string {
	names := states[v]
	switch {
	case final:
		return names[3]
	case s == release.Translated:
		return names[1]
	case s == release.Reviewed:
		return names[2]
	}
	return names[0]
}

func state21(s release.Status, final bool) string { return stateOf(V21, s, final) }
func state12(s release.Status, final bool) string { return stateOf(V12, s, final) }

// statusOfState maps a state of either version back to a status. A final
// unit reads as reviewed: the approval itself is not carried back.
func statusOfState(state string) release.Status {
	switch state {
	case "translated", "needs-review-translation", "needs-review-adaptation", "needs-review-l10n":
		return release.Translated
	case "reviewed", "final", "signed-off":
		return release.Reviewed
	}
	return release.Draft
}

// isFinal tells whether unit u is written as final.
func isFinal(u *release.Unit, o Options) bool {
	return o.ApprovedEN && strings.TrimSpace(u.EN) != ""
}
