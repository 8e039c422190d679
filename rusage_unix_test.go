//go:build unix

package main

import (
	"os"
	"syscall"
)

// maxRSS is a finished child's peak resident memory in KiB (Linux units).
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss
	}
	return 0
}
