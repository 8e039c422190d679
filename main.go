// Command taiyaku holds the Japanese and English editions of a press
// release side by side, checks that they agree, and exports them.
//
// With a command (check, import, export, sample) it is a command-line tool
// that never starts the toolkit; otherwise it opens the desktop editor,
// with the release file given, if any. main only wires the pieces.
package main

import (
	_ "taiyaku/app/localeenv" // first: settles a C locale before Fyne reads it

	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/app"

	"taiyaku/app/cli"
	"taiyaku/app/recovery"
	"taiyaku/app/ui"
	"taiyaku/i18n"
)

func main() {
	args := os.Args[1:]
	tag := i18n.Detect()
	if cli.IsCommand(args) {
		cli.TuneGC()
		os.Exit(runCommand(args, i18n.New(tag)))
	}
	if !haveDisplay() {
		fmt.Fprintln(os.Stderr, "taiyaku: "+i18n.New(tag).T("ErrNoDisplay"))
		os.Exit(cli.ExitUsage)
	}
	a := app.NewWithID(ui.AppID)
	a.SetIcon(ui.Icon)
	config, _ := os.UserConfigDir()
	w := ui.New(a, ui.Config{Path: firstArg(args), Recovery: recovery.Store{Dir: filepath.Join(config, "taiyaku", "recovery")}})
	w.Window().Show()
	w.Start()
	a.Run()
}

// runCommand runs a command on a goroutine of its own. The toolkit's
// init locks the main goroutine to the main OS thread (the window needs
// it there), and a locked goroutine hands its core over slowly each time
// it waits for the command's work on the other cores: a check of 10,000
// pairs took 15 % longer on it.
func runCommand(args []string, tr *i18n.Localizer) int {
	code := make(chan int)
	go func() { code <- cli.Main(args, os.Stdout, os.Stderr, tr) }()
	return <-code
}

func firstArg(args []string) string {
	if len(args) > 0 {
		return args[0]
	}
	return ""
}
