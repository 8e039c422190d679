//go:build unix || windows

package recovery

import (
	"time"

	"taiyaku/app/storage"
)

// alive asks the process table whether the writer of a recovery file still
// runs (the same question the lock files ask).
func alive(pid int, _ time.Time) bool { return storage.ProcessAlive(pid) }
