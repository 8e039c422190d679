//go:build !unix && !windows

package recovery

import "time"

// alive cannot ask the process table on this platform, so a file counts as
// left behind when it was written before the current process started: a
// running process that still has unsaved changes rewrites its file at every
// autosave.
func alive(_ int, written time.Time) bool {
	return !written.Before(processStart)
}

// processStart is when this process started, near enough, for platforms
// whose process table cannot be asked.
var processStart = time.Now()
