// Package workspace is the one application layer under both front ends:
// it owns an open release and every use case that the command line and
// the desktop window both perform (open, the release's glossary, the
// findings with ignores applied, import, status and the export gate,
// approve and withdraw, final export, who the user is). app/cli and app/ui
// call it; neither writes a use case of its own. It never imports the
// toolkit.
package workspace

import (
	"os"
	"path/filepath"

	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/release"
	"taiyaku/app/signing"
	"taiyaku/app/spelling"
	"taiyaku/app/storage"
	"taiyaku/app/textfacts"
)

// Workspace is one open release.
type Workspace struct {
	Path     string              // the release file; "" for a release not saved yet
	Release  *release.Release    // owned by the workspace's user
	Disk     storage.Fingerprint // the bytes the release was read from
	Glossary *glossary.Glossary  // the glossary its checks use
	// Trusted lists the approvers whose signatures the gate accepts: the
	// keys file beside the release (signing.TrustedFile) or one chosen
	// with UseTrusted; nil when there is none.
	Trusted *signing.Trusted
	// Handoff holds the facts of the units' texts read when the release
	// was imported, which the checker then need not read again (they
	// answer only texts unchanged since); nil for an opened file.
	Handoff *textfacts.Handoff
}

// Open reads a release file once: the release and the fingerprint that
// later tells whether another program changed the file come from the same
// bytes. The glossary is the one the release names (relative to its
// folder), or the starter glossary.
func Open(path string) (*Workspace, error) {
	data, fp, err := storage.ReadStamped(path)
	if err != nil {
		return nil, err
	}
	r, err := release.Decode(path, data)
	if err != nil {
		return nil, err
	}
	recoverExport(path, r)
	g, err := GlossaryFor(r, path, "")
	if err != nil {
		return nil, err
	}
	trusted, err := TrustedFor(path, "")
	if err != nil {
		return nil, err
	}
	return &Workspace{Path: path, Release: r, Disk: fp, Glossary: g, Trusted: trusted}, nil
}

// New wraps a release that has no file yet (imported, or the sample): it
// is checked with the starter glossary, since a glossary it names has no
// folder to be found in.
func New(r *release.Release) *Workspace {
	return &Workspace{Release: r, Glossary: glossary.Default()}
}

// UseGlossary replaces the release's glossary by the file at path (the
// command line's --glossary).
func (w *Workspace) UseGlossary(path string) error {
	g, err := GlossaryFor(w.Release, w.Path, path)
	if err != nil {
		return err
	}
	w.Glossary = g
	return nil
}

// GlossaryFor picks the glossary of release r read from releasePath: the
// override when given, else the one r names (inside the release's folder,
// see glossary.LoadNamed), else the starter glossary.
func GlossaryFor(r *release.Release, releasePath, override string) (*glossary.Glossary, error) {
	switch {
	case override != "":
		return glossary.Load(override)
	case r.Meta.Glossary != "":
		return glossary.LoadNamed(releasePath, r.Meta.Glossary)
	}
	return glossary.Default(), nil
}

// Findings checks the release and splits the findings into open ones and
// those the user ignored (with a reason, for the texts as they are).
func (w *Workspace) Findings() (open, ignored []check.Finding) {
	return check.Partition(check.Run(w.Release, check.Options{Glossary: w.Glossary, Words: spelling.Shared(), Handoff: w.Handoff}), w.Release)
}

// Findings is the check every front end shows: all checks of r with
// glossary g, ignores applied.
func Findings(r *release.Release, g *glossary.Glossary) (open, ignored []check.Finding) {
	return check.Partition(check.Run(r, check.Options{Glossary: g, Words: spelling.Shared()}), r)
}

// Save writes the release back to its file, atomically with a backup.
func (w *Workspace) Save() error {
	if err := release.Save(w.Path, w.Release); err != nil {
		return err
	}
	fp, err := storage.Stamp(w.Path)
	if err == nil {
		w.Disk = fp
	}
	return nil
}

// SaveLocked saves the release back to its file under the release's lock,
// waiting up to storage.WriterWait for another writer, and only if the
// file is still the one that was read (compare-and-swap): another
// writer's change is never overwritten unseen.
func (w *Workspace) SaveLocked(u User) error {
	lock, err := storage.AcquireLockWait(w.Path, lockName(u), storage.WriterWait)
	if err != nil {
		return err
	}
	defer func() { _ = lock.Release() }()
	return w.saveIf()
}

// saveIf saves if the file is still the one read, and fingerprints it.
func (w *Workspace) saveIf() error {
	if err := release.SaveIf(w.Path, w.Release, w.Disk); err != nil {
		return err
	}
	if fp, err := storage.Stamp(w.Path); err == nil {
		w.Disk = fp
	}
	return nil
}

// Update is a read-change-write of the release file at path under its
// lock: another command or a window saving the same file waits its turn,
// so no change is lost (ten approvals at once all land).
func Update(path string, u User, change func(w *Workspace) error) (*Workspace, error) {
	lock, err := storage.AcquireLockWait(path, lockName(u), storage.WriterWait)
	if err != nil {
		return nil, err
	}
	defer func() { _ = lock.Release() }()
	w, err := Open(path)
	if err != nil {
		return nil, err
	}
	if err := change(w); err != nil {
		return w, err
	}
	return w, w.saveIf()
}

// lockName is who a lock file names: the user, else the system's user.
func lockName(u User) string {
	if u.Name != "" {
		return u.Name
	}
	return systemUser()
}

// TrustedFor reads the trusted approvers' keys: the file named (a flag, a
// preference), else signing.TrustedFile beside the release, else none.
func TrustedFor(releasePath, named string) (*signing.Trusted, error) {
	if named != "" {
		return signing.LoadTrusted(named)
	}
	beside := filepath.Join(filepath.Dir(releasePath), signing.TrustedFile)
	if _, err := os.Stat(beside); err != nil {
		return nil, nil
	}
	return signing.LoadTrusted(beside)
}

// UseTrusted replaces the keys file (the command line's --keys).
func (w *Workspace) UseTrusted(path string) error {
	t, err := TrustedFor(w.Path, path)
	if err == nil {
		w.Trusted = t
	}
	return err
}
