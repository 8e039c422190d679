package importtext

import (
	"syscall"
	"unsafe"
)

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14): map the pages of
// a range writable now, in one call, as writing to each would.
const madvPopulateWrite = 23

// prefaultMin is the smallest buffer worth a system call: below it, the
// few faults cost less than the call.
const prefaultMin = 256 << 10

// prefault maps the whole pages of b before they are written. A kernel
// without MADV_POPULATE_WRITE refuses it, and the pages fault in one by
// one as they did before: nothing else changes.
func prefault(b []byte) {
	if len(b) < prefaultMin {
		return
	}
	const page = 4096
	start := (uintptr(unsafe.Pointer(unsafe.SliceData(b))) + page - 1) &^ (page - 1)
	end := (uintptr(unsafe.Pointer(unsafe.SliceData(b))) + uintptr(len(b))) &^ (page - 1)
	syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvPopulateWrite)
}
