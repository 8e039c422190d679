// Package localeenv settles a C or POSIX locale before the desktop
// toolkit's packages initialise.
//
// Fyne's lang package reads the locale while it initialises, and logs
// "Error parsing user locale C" to stderr when LANG (or LC_ALL, LC_MESSAGES)
// is "C.UTF-8" or "POSIX.UTF-8": values common on servers and in CI. It
// does so in every program that links it, the command line included.
// Under such a locale gettext ignores LANGUAGE and speaks English; setting
// LANGUAGE=en says exactly that in a form Fyne reads without complaint.
//
// This package imports only os, so Go's initialisation order (packages by
// import path, each once its imports are ready) runs it before Fyne's lang,
// which waits for text/template, sorted after "taiyaku/…". main imports it
// first, for this side effect only; the change is confined to this process
// and its children.
package localeenv

import "os"

func init() { Settle() }

// Settle sets LANGUAGE=en when the effective locale is C or POSIX with a
// charset suffix.
func Settle() {
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(key)
		if v == "" {
			continue
		}
		if isPOSIXWithSuffix(v) {
			_ = os.Setenv("LANGUAGE", "en")
		}
		return
	}
}

func isPOSIXWithSuffix(v string) bool {
	for _, p := range []string{"C.", "C@", "POSIX.", "POSIX@"} {
		if len(v) > len(p) && v[:len(p)] == p {
			return true
		}
	}
	return false
}
