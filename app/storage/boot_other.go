//go:build !linux

package storage

// readBootID returns "": this system gives no boot id, so a lock from before
// a reboot is recognised by its process no longer running.
func readBootID() string { return "" }
