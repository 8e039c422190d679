//go:build windows

package main

import (
	"os"
	"syscall"

	"taiyaku/app/cli"
)

// Taiyaku.exe is linked for the GUI subsystem (no console window opens
// behind the editor), so when it is started with a command it has no
// standard output unless the caller redirected it. It then attaches to the
// console of the cmd.exe or PowerShell that started it, so that
// `Taiyaku.exe check R.taiyaku` prints there. cmd.exe does not wait for a GUI
// program typed at its prompt (it does in a batch file), so scripts that need
// the exit code use taiyaku-cli.exe (cmd/taiyaku-cli) instead.
func init() {
	if cli.IsCommand(os.Args[1:]) {
		attachParentConsole()
	}
}

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = ^uint32(0)

func attachParentConsole() {
	out, errOut := missingStd(syscall.STD_OUTPUT_HANDLE), missingStd(syscall.STD_ERROR_HANDLE)
	if !out && !errOut {
		return // both redirected (a pipe or a file): keep them
	}
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if r, _, _ := attach.Call(uintptr(attachParentProcess)); r == 0 {
		return // started from Explorer or a shortcut: there is no console
	}
	con, err := os.OpenFile("CONOUT$", os.O_RDWR, 0)
	if err != nil {
		return
	}
	if out {
		os.Stdout = con
	}
	if errOut {
		os.Stderr = con
	}
}

// missingStd reports whether the standard handle n is unset, as it is for
// a GUI program whose output was not redirected.
func missingStd(n int) bool {
	h, err := syscall.GetStdHandle(n)
	return err != nil || h == 0 || h == syscall.InvalidHandle
}
