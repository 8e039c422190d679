// Package guitest drives the real Taiyaku window under Xvfb with real key
// and mouse events (xdotool) and checks the release files the window
// saves (issue 7). The tests carry the build tag guitest, so that a plain
// `go test ./...` (no display there) skips them; `make gui-test` builds
// ./taiyaku and runs them:
//
//	go test -tags guitest -count=1 -v ./guitest/
//
// Screenshots of every step, the app's output and, when the window stops
// answering, its goroutine stacks land in gui-artifacts/.
package guitest
