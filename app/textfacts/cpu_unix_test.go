//go:build unix

package textfacts

import "syscall"

// cpuTime is the process's user and system CPU time in nanoseconds. On the
// shared build machines wall time varies by ±50 % with the load of other
// jobs; CPU time much less, so the benchmarks report it as cpu-ns/text.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
