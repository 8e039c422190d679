//go:build unix

package benchcpu

import "syscall"

// Measured tells that Time reads the real CPU time here.
const Measured = true

// Time is the process's user and system CPU time in nanoseconds, or 0 if
// it cannot be read.
func Time() int64 {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return u.Utime.Nano() + u.Stime.Nano()
}
