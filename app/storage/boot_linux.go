//go:build linux

package storage

import (
	"os"
	"strings"
)

// readBootID returns the kernel's random id of the running boot, which
// changes at every reboot.
func readBootID() string {
	b, err := os.ReadFile("/proc/sys/kernel/random/boot_id")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}
