package ui

import (
	"taiyaku/app/editor"
	"taiyaku/app/glossary"
	"taiyaku/app/release"
	"taiyaku/app/signing"
	"taiyaku/app/workspace"
)

// openDoc opens a release file through the workspace, as the command line
// does: the same bytes give the release and its fingerprint, and the
// checks use the glossary the release names.
func openDoc(path string) (*editor.Doc, error) {
	ws, err := workspace.Open(path)
	if err != nil {
		return nil, err
	}
	return editor.Opened(ws.Release, ws.Path, ws.Disk, ws.Glossary), nil
}

// docFor wraps a release that was not read from path just now (restored
// from an autosave of path, or new when path is ""): its glossary is found
// as the command line would, and a glossary that cannot be read is
// reported and replaced by the starter glossary so that work goes on.
func (w *Window) docFor(r *release.Release, path string) *editor.Doc {
	g := glossary.Default()
	if path != "" {
		var err error
		if g, err = workspace.GlossaryFor(r, path, ""); err != nil {
			w.later(func() { w.showError(err) })
			g = glossary.Default()
		}
	}
	return editor.New(r, path, g)
}

// user is who the window acts as: the name in the preferences, else the
// system's user, as on the command line.
func (w *Window) who() workspace.User {
	p := w.app.Preferences()
	u := workspace.Who(p.String(PrefUserName), p.String(PrefUserRole))
	if u.Name == "" {
		u.Name = w.tr.T("UserUnknown")
	}
	return u
}

// user is the name recorded for the user's actions.
func (w *Window) user() string { return w.who().Name }

// trustedKeys are the approvers whose signatures the final export accepts:
// the keys file named in the preferences, else the one beside the release
// (signing.TrustedFile), else none. A keys file that cannot be read is
// reported, and then nobody is trusted: the gate stays closed rather than
// open to any key.
func (w *Window) trustedKeys() *signing.Trusted {
	t, err := workspace.TrustedFor(w.doc.Path(), w.app.Preferences().String(PrefKeysFile))
	if err != nil {
		w.showError(err)
		return signing.NoneTrusted()
	}
	return t
}
