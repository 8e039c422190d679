// Command taiyaku-cli is Taiyaku's command line without the window: the
// same commands as `taiyaku check|import|export|…`, for cmd.exe,
// PowerShell and scripts on Windows. The desktop Taiyaku.exe is built for
// the GUI subsystem, so cmd.exe does not wait for it and its exit code is
// lost; this console-subsystem program is waited for and returns the exit
// code. It links no toolkit (no cgo), so it also builds anywhere Go does.
package main

//go:generate go run ./internal/pgo default.pgo

import (
	"os"

	"taiyaku/app/cli"
	"taiyaku/i18n"
)

func main() {
	cli.TuneGC()
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr, i18n.New(i18n.Detect())))
}
