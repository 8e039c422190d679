package storage

import (
	"bytes"
	"errors"
	"io/fs"
	"os"

	"taiyaku/app/problem"
)

// BackupSuffix is added to a file's name for the copy of its previous
// version that WriteFileWithBackup keeps.
const BackupSuffix = ".bak"

// BackupPath returns where WriteFileWithBackup keeps the previous version
// of path.
func BackupPath(path string) string { return path + BackupSuffix }

// WriteFileWithBackup writes data to path atomically, as WriteFile does,
// and first copies the version it replaces to BackupPath(path), also
// atomically, so neither file is ever seen half-written.
//
// The steps are ordered so that a failure loses nothing:
//
//  1. the new data is written and flushed to a temporary file; a full disk
//     or a refused write stops here, with the file and backup untouched;
//  2. the current bytes of path (if it exists and differs from data) are
//     written to the backup with WriteFile; on failure the file and the old
//     backup are untouched;
//  3. the temporary file is renamed over path. Should that rename fail, the
//     old backup is put back (best effort) and path is untouched.
//
// A crash at any moment leaves path holding either the old or the new
// version, whole. Saving bytes identical to the file on disk leaves the
// backup alone, so saving twice does not replace the previous version with
// a copy of the current one.
//
// Errors are *problem.Error: "ErrBackup" (data File, Backup) when the
// backup cannot be read or written, "ErrWrite" (data File) otherwise.
//
// Like WriteFile it follows a symbolic link to its target (the backup
// stands beside the target) and keeps the file's permissions, which the
// backup shares.
func WriteFileWithBackup(path string, data []byte, perm os.FileMode) error {
	return writeWithBackup(path, data, perm, nil)
}

// WriteFileWithBackupIf is WriteFileWithBackup that writes only if the
// file on disk is still the one fingerprinted by expect (a zero expect:
// that no file exists), a compare-and-swap for a read-change-write made
// under the file's lock. Otherwise it refuses with "ErrChangedOnDisk".
func WriteFileWithBackupIf(path string, data []byte, perm os.FileMode, expect Fingerprint) error {
	return writeWithBackup(path, data, perm, &expect)
}

func writeWithBackup(path string, data []byte, perm os.FileMode, expect *Fingerprint) error {
	path = Target(path)
	perm = keptMode(path, perm)
	bak := BackupPath(path)
	backupErr := func(err error) error {
		return problem.Wrap(err, "ErrBackup", "File", path, "Backup", bak)
	}
	// Read the current version before anything else: if it cannot be
	// read, it cannot be kept, and it must not be replaced.
	old, err := os.ReadFile(path)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return backupErr(err)
	}
	if expect != nil && (exists == expect.IsZero() || exists && !fingerprintOf(old).Same(*expect)) {
		return problem.New("ErrChangedOnDisk", "File", path)
	}
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return problem.Wrap(err, "ErrWrite", "File", path)
	}

	backedUp := false
	var oldBak []byte
	hadBak := false
	if exists && !bytes.Equal(old, data) {
		oldBak, err = os.ReadFile(bak)
		hadBak = err == nil
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			_ = os.Remove(tmp)
			return backupErr(err)
		}
		if err := writeExact(bak, old, perm); err != nil {
			_ = os.Remove(tmp)
			return backupErr(err)
		}
		backedUp = true
	}

	if err := commit(tmp, path); err != nil {
		if backedUp {
			// The file was not replaced: put the backup back as it was.
			if hadBak {
				_ = writeExact(bak, oldBak, perm)
			} else {
				_ = os.Remove(bak)
			}
		}
		return problem.Wrap(err, "ErrWrite", "File", path)
	}
	return nil
}
