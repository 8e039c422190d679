// Package ui is the desktop window of Taiyaku: a thin layer of Fyne
// widgets over the editor, checker and file packages. Builders take a
// fyne.App and never create one, so tests hand them the test app.
package ui

import (
	"strings"

	"fyne.io/fyne/v2"
)

// Preference keys. Named once here so that a typo cannot split a setting
// in two.
const (
	PrefLanguage  = "ui.language"   // "ja" or "en"; empty: follow the system
	PrefTheme     = "ui.theme"      // "system", "light" or "dark"
	PrefRecent    = "files.recent"  // recent release paths, newest first
	PrefUserName  = "user.name"     // the reviewer's name, for approvals
	PrefUserRole  = "user.role"     // the reviewer's role, for approvals
	PrefKeysFile  = "keys.file"     // the trusted approvers' keys file a ministry distributes
	PrefAutosave  = "autosave.secs" // seconds between autosaves
	PrefSwapped   = "view.swapped"  // English column on the left
	PrefFindings  = "view.findings" // findings panel shown
	PrefFontNoted = "fonts.noted"   // the missing-font notice was shown
)

// Defaults.
const (
	defaultAutosave = 30
	maxRecent       = 8
)

// recentFiles returns the recent release paths, newest first.
func recentFiles(p fyne.Preferences) []string {
	var out []string
	for _, s := range p.StringList(PrefRecent) {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// addRecent puts path first in the recent files.
func addRecent(p fyne.Preferences, path string) {
	list := []string{path}
	for _, s := range recentFiles(p) {
		if s != path && len(list) < maxRecent {
			list = append(list, s)
		}
	}
	p.SetStringList(PrefRecent, list)
}

// AppID identifies the app to the system (preferences, FyneApp.toml).
const AppID = "jp.taiyaku.editor"

// Version is shown in the About box when the build carries no metadata.
const Version = "0.3.0"
