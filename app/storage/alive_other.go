//go:build !unix && !windows

package storage

// ProcessAlive cannot ask the process table on this platform, so every process
// counts as running: a lock left behind there is taken over by insisting.
func ProcessAlive(pid int) bool { return pid > 0 }
