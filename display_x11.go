//go:build (linux || freebsd || openbsd || netbsd) && !android

package main

import "os"

// haveDisplay tells whether a graphical session is there to open the
// window in: without one, GLFW fails deep inside the toolkit with a panic
// and a goroutine dump, so main says so in one line first.
func haveDisplay() bool {
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}
