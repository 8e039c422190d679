// Command taiyaku holds the Japanese and English editions of a press
// release side by side, checks that they agree, and exports them.
//
// With a command (check, import, export, sample) it is a command-line
// tool; the desktop editor arrives with the next milestone. main only wires
// the pieces together.
package main

import (
	"os"

	"taiyaku/app/cli"
	"taiyaku/i18n"
)

func main() {
	tr := i18n.New(i18n.Detect())
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr, tr))
}
