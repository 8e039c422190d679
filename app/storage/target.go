package storage

import (
	"io/fs"
	"os"
	"path/filepath"
)

// maxLinks bounds how many symbolic links Target follows, so a loop of
// links ends with the last name rather than forever.
const maxLinks = 40

// Target is the file a write to path must replace: path itself, or, when
// path is a symbolic link (even to a file that does not exist yet), the
// file it finally points to. Renaming a temporary file over a link would
// replace the link and leave the real file unchanged, so every write goes
// to the target and the link stays a link.
func Target(path string) string {
	for range maxLinks {
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return path
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return path
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return path
}

// keptMode is the permission a rewrite of path gets: the file's own when it
// exists (a 0600 release stays private), else perm.
func keptMode(path string, perm os.FileMode) os.FileMode {
	if fi, err := os.Stat(path); err == nil {
		return fi.Mode().Perm()
	}
	return perm
}
