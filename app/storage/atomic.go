// Package storage writes files so that a crash or a full disk never leaves a
// half-written file behind: the old version stays until the new one is whole.
//
// Besides atomic writes it keeps a backup of the previous version
// (WriteFileWithBackup), marks a file as open with a lock file beside it
// (AcquireLock) and notices when a file changed on disk behind the editor's
// back (Stamp, Changed).
package storage

import (
	"os"
	"path/filepath"
)

// WriteFile writes data to path atomically: a temporary file in the same
// folder (so the rename stays on one file system), fsync, rename over the
// target, then fsync of the folder so the rename itself survives a crash.
// On any failure the temporary file is removed and path is untouched.
//
// Temporary files are named "." + base name + ".tmp-" + random digits, so a
// file left by a crash between write and rename is hidden on Unix and never
// has the target's extension: it cannot be mistaken for the file itself.
//
// A symbolic link is followed (the file it points to is replaced, the link
// stays) and an existing file keeps its permissions; perm applies to a new
// file.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	path = Target(path)
	return writeExact(path, data, keptMode(path, perm))
}

// writeExact writes data atomically to path with exactly the permissions
// perm, following no link.
func writeExact(path string, data []byte, perm os.FileMode) error {
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return err
	}
	return commit(tmp, path)
}

// writeTemp writes data, whole and flushed to the disk, into a new temporary
// file beside path and returns its name. On failure nothing is left behind.
func writeTemp(path string, data []byte, perm os.FileMode) (name string, err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err = inject("write", path); err != nil {
		return "", err
	}
	if _, err = tmp.Write(data); err != nil {
		return "", err
	}
	if err = tmp.Sync(); err != nil {
		return "", err
	}
	if err = tmp.Close(); err != nil {
		return "", err
	}
	if err = os.Chmod(tmp.Name(), perm); err != nil {
		return "", err
	}
	return tmp.Name(), nil
}

// commit renames the temporary file tmp over path and flushes the folder.
// On failure tmp is removed and path is untouched.
func commit(tmp, path string) error {
	err := inject("rename", path)
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return err
	}
	syncDir(filepath.Dir(path))
	return nil
}

// fault, when set by a test, makes the step op ("write" or "rename") of a
// write to path fail with the error it returns.
var fault func(op, path string) error

func inject(op, path string) error {
	if fault == nil {
		return nil
	}
	return fault(op, path)
}

// syncDir flushes the folder entry of a rename. Windows cannot open a folder
// for syncing and does not need it, so failures are ignored.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
