//go:build !linux

// Package prefault maps the pages of a fresh buffer in one system call
// before the buffer is filled, where the system can (Linux); elsewhere
// the pages fault in as they are written.
package prefault

// Min is the smallest buffer worth a system call.
const Min = 256 << 10

// Bytes does nothing here.
func Bytes([]byte) {}

// Slice does nothing here.
func Slice[T any]([]T) {}

// Heap does nothing here; freed is closed.
func Heap(int) (freed <-chan struct{}) {
	done := make(chan struct{})
	close(done)
	return done
}
