//go:build unix

package storage

import (
	"errors"
	"syscall"
)

// ProcessAlive reports whether process pid is running: signal 0 checks for the
// process without disturbing it, and EPERM means it exists but belongs to
// someone else.
func ProcessAlive(pid int) bool {
	if pid <= 0 {
		return false // 0 and negative pids name process groups
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
