//go:build !((linux || freebsd || openbsd || netbsd) && !android)

package main

// haveDisplay: Windows and macOS always have a desktop to open the window in.
func haveDisplay() bool { return true }
