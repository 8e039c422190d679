package ui

import "time"

// Runner runs the window's work off the UI goroutine: re-checks after a
// pause in typing, exports, autosaves. Results come back through fyne.Do.
// The window uses real goroutines and timers; tests pass a runner that
// runs everything at once on the calling goroutine, so the production code
// has no test-only branch.
type Runner interface {
	// Go runs f on another goroutine.
	Go(f func())
	// After runs f on another goroutine once d has passed; cancel stops it
	// if it has not started.
	After(d time.Duration, f func()) (cancel func())
}

// goRunner is the Runner of the real window.
type goRunner struct{}

func (goRunner) Go(f func()) { go f() }

func (goRunner) After(d time.Duration, f func()) func() {
	t := time.AfterFunc(d, f)
	return func() { t.Stop() }
}
