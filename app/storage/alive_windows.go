//go:build windows

package storage

import (
	"errors"
	"syscall"
)

// ProcessAlive reports whether process pid is running. A process that cannot be
// opened for lack of rights exists; one that cannot be opened otherwise does
// not. An opened process may have exited while something still holds a
// handle to it, so its exit code is asked too.
func ProcessAlive(pid int) bool {
	const (
		processQueryLimitedInformation = 0x1000
		stillActive                    = 259
	)
	if pid <= 0 {
		return false
	}
	h, err := syscall.OpenProcess(processQueryLimitedInformation, false, uint32(pid))
	if err != nil {
		return errors.Is(err, syscall.ERROR_ACCESS_DENIED)
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err != nil {
		return true // unknown: rather keep a lock than break a live one
	}
	return code == stillActive
}
