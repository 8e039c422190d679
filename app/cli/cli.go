// Package cli is the taiyaku command line: check, import, export, the
// review commands (status, approve, withdraw) and sample. It never touches
// the desktop toolkit, so it runs without a display, and it prints only its
// own messages, in the user's language.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"taiyaku/app/controlchar"
	"taiyaku/i18n"
)

// Exit codes shared by every command.
const (
	ExitOK       = 0
	ExitFindings = 1 // check found errors; status found the release not ready
	ExitUsage    = 2 // bad usage or unreadable input
)

// env is what a command runs with.
type env struct {
	out, err io.Writer
	tr       *i18n.Localizer
}

type command struct {
	name    string
	summary string // message id of the one-line summary
	run     func(e *env, args []string) int
}

func commands() []command {
	return []command{
		{"check", "CmdCheckSummary", runCheck},
		{"import", "CmdImportSummary", runImport},
		{"export", "CmdExportSummary", runExport},
		{"status", "CmdStatusSummary", runStatus},
		{"approve", "CmdApproveSummary", runApprove},
		{"withdraw", "CmdWithdrawSummary", runWithdraw},
		{"sheet", "CmdSheetSummary", runSheet},
		{"sample", "CmdSampleSummary", runSample},
	}
}

// Main runs the command line with args (without the program name) and
// returns the exit code.
func Main(args []string, stdout, stderr io.Writer, tr *i18n.Localizer) int {
	// A release comes from someone else: control characters in its text,
	// names or roles are escaped before they reach the terminal.
	e := &env{out: controlchar.Writer(stdout), err: controlchar.Writer(stderr), tr: tr}
	if len(args) == 0 || isHelp(args[0]) {
		e.usage(stdout)
		return ExitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintln(stderr, tr.T("ErrUnknownCommand", "Command", args[0]))
	e.usage(stderr)
	return ExitUsage
}

// IsCommand reports whether args start with a command-line command (or a
// help flag), as opposed to a release file for the desktop app.
func IsCommand(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if isHelp(args[0]) {
		return true
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return true
		}
	}
	return strings.HasPrefix(args[0], "-")
}

func isHelp(s string) bool { return s == "-h" || s == "-help" || s == "--help" || s == "help" }

func (e *env) usage(w io.Writer) {
	fmt.Fprintln(w, e.tr.T("UsageIntro"))
	fmt.Fprintln(w)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, e.tr.T(c.summary))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, e.tr.T("UsageMore"))
}

// flags builds a command's flag set whose help text and errors are ours.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses args; on --help it prints the command's help and returns
// ExitOK, on a bad flag an error and ExitUsage; -1 means go on.
func (e *env) parse(fs *flag.FlagSet, usageID string, args []string) int {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		e.commandHelp(e.out, fs, usageID)
		return ExitOK
	case err != nil:
		fmt.Fprintln(e.err, e.tr.T("ErrBadArguments", "Detail", err.Error()))
		e.commandHelp(e.err, fs, usageID)
		return ExitUsage
	}
	return -1
}

// commandHelp prints the usage line and each flag with its translated
// description (the flag's Usage field holds a message id).
func (e *env) commandHelp(w io.Writer, fs *flag.FlagSet, usageID string) {
	fmt.Fprintln(w, e.tr.T(usageID))
	fs.VisitAll(func(f *flag.Flag) {
		fmt.Fprintf(w, "  --%-10s %s\n", f.Name, e.tr.T(f.Usage))
	})
}

// fail prints a one-line error for the user and returns ExitUsage.
func (e *env) fail(err error) int {
	fmt.Fprintln(e.err, e.tr.Err(err))
	return ExitUsage
}

// usageError prints a usage mistake with the command's help.
func (e *env) usageError(fs *flag.FlagSet, usageID, msgID string, kv ...any) int {
	fmt.Fprintln(e.err, e.tr.T(msgID, kv...))
	e.commandHelp(e.err, fs, usageID)
	return ExitUsage
}
