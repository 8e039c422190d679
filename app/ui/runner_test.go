package ui

import "time"

// syncRunner runs the window's background work at once on the calling
// goroutine, and a delayed re-check without its delay, so tests see the
// findings as soon as an edit returns.
type syncRunner struct{}

func (syncRunner) Go(f func()) { f() }

func (syncRunner) After(_ time.Duration, f func()) func() {
	f()
	return func() {}
}
