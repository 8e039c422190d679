// Package prefault maps the pages of a fresh buffer in one system call
// before the buffer is filled. A page of memory new to the process costs
// a fault the first time it is written (about 2.5 µs on the machine that
// measured it); a command that builds a few large tables once, and writes
// every page of them, spares most of that cost by asking for the pages all
// at once.
package prefault

import (
	"runtime"
	"syscall"
	"unsafe"
)

// The advice values of madvise(2) that prefault gives.
const (
	// madvHugepage asks for transparent huge pages: one fault (and one
	// page to zero) for 2 MiB instead of 512 of them, about four times
	// cheaper per byte here. Only the range's whole huge pages take it.
	madvHugepage = 14
	// madvPopulateWrite (Linux 5.14) maps the pages of a range writable
	// now, in one call, as writing to each would. It never changes what a
	// page holds: pages already mapped are left alone.
	madvPopulateWrite = 23
)

// Min is the smallest buffer worth a system call: below it, the few
// faults cost less than the call.
const Min = 256 << 10

// Bytes maps the whole pages of b. A kernel without MADV_POPULATE_WRITE
// refuses it, and the pages fault in one by one as before; one without
// transparent huge pages (or set against them) maps small pages.
func Bytes(b []byte) {
	if len(b) < Min {
		return
	}
	populate(uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)))
}

// Slice maps the whole pages of s's backing array, up to its capacity.
func Slice[T any](s []T) {
	var zero T
	n := uintptr(cap(s)) * unsafe.Sizeof(zero)
	if n < Min {
		return
	}
	populate(uintptr(unsafe.Pointer(unsafe.SliceData(s[:cap(s)]))), n)
}

const (
	page     = 4096
	hugePage = 2 << 20
)

func populate(p, n uintptr) {
	if start, end := alignUp(p, hugePage), alignDown(p+n, hugePage); end > start {
		madvise(start, end-start, madvHugepage)
	}
	if start, end := alignUp(p, page), alignDown(p+n, page); end > start {
		madvise(start, end-start, madvPopulateWrite)
	}
}

func madvise(p, n uintptr, advice int) {
	syscall.Syscall(syscall.SYS_MADVISE, p, n, uintptr(advice))
}

func alignUp(p, a uintptr) uintptr   { return (p + a - 1) &^ (a - 1) }
func alignDown(p, a uintptr) uintptr { return p &^ (a - 1) }

// Heap asks for huge pages for the next n bytes the Go heap grows by, and
// leaves them free for what the program allocates next; freed is closed
// once they are.
//
// Go maps its heap in 4 MiB steps and, since Go 1.21.1, no longer asks
// for huge pages, so where the system's setting is "madvise" (Debian's)
// every 4 KiB of a command's heap costs a fault when first written: about
// 4,000 of a 10,000-pair check's 5,000 faults, a tenth of its CPU. The
// advice must follow the mapping (a new mapping drops it), so the heap is
// made to grow now: one object of n bytes is allocated (fresh pages, not
// touched) and its whole huge pages are advised; a collection, on another
// goroutine, frees it again. The page allocator hands out the lowest free
// pages first, so what is allocated after that lands in the advised range.
// The collection runs over the few objects made so far; on a goroutine of
// its own, its wait for the collector's workers (a millisecond or more on
// a busy machine) is not the caller's: call Heap early, before the work
// that allocates.
func Heap(n int) (freed <-chan struct{}) {
	done := make(chan struct{})
	if n < hugePage {
		close(done)
		return done
	}
	b := make([]byte, n)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	if start, end := alignUp(p, hugePage), alignDown(p+uintptr(n), hugePage); end > start {
		madvise(start, end-start, madvHugepage)
	}
	runtime.KeepAlive(b) // then unreachable: the collection frees it
	go func() {
		runtime.GC()
		close(done)
	}()
	return done
}
