package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"time"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
)

// clock is the time the review commands record; tests may fix it.
var clock = time.Now

// runApprove approves one edition of a release file in a named person's
// name and role, and saves the file.
func runApprove(e *env, args []string) int {
	fs := newFlags("approve")
	name := fs.String("name", "", "FlagApproverName")
	role := fs.String("role", "", "FlagApproverRole")
	return e.changeEdition(fs, "UsageApprove", args, func(r *release.Release, ed release.Edition) (string, error) {
		if err := approval.Approve(r, ed, *name, *role, clock()); err != nil {
			return "", err
		}
		a := approval.Find(r, ed)
		return e.tr.T("ApproveDone", "Edition", e.tr.T("Side_"+string(ed)), "Name", a.Name, "Role", a.Role, "At", a.At, "Digest", a.Digest), nil
	})
}

// runWithdraw withdraws the approval of one edition, for a reason, and
// saves the file.
func runWithdraw(e *env, args []string) int {
	fs := newFlags("withdraw")
	reason := fs.String("reason", "", "FlagReason")
	who := fs.String("name", "", "FlagWho")
	return e.changeEdition(fs, "UsageWithdraw", args, func(r *release.Release, ed release.Edition) (string, error) {
		if err := approval.Withdraw(r, ed, *reason, whoOr(*who), clock()); err != nil {
			return "", err
		}
		return e.tr.T("WithdrawDone", "Edition", e.tr.T("Side_"+string(ed)), "Reason", *reason), nil
	})
}

// changeEdition is what approve and withdraw share: parse the flags (with
// --edition) and the release path, load, apply change, save atomically,
// and print change's message.
func (e *env) changeEdition(fs *flag.FlagSet, usageID string, args []string, change func(*release.Release, release.Edition) (string, error)) int {
	edition := fs.String("edition", "", "FlagEdition")
	if code := e.parse(fs, usageID, args); code >= 0 {
		return code
	}
	ed, ok := parseEdition(*edition)
	if !ok {
		return e.usageError(fs, usageID, "ErrBadEdition", "Edition", *edition)
	}
	if fs.NArg() != 1 {
		return e.usageError(fs, usageID, "ErrNeedRelease")
	}
	path := fs.Arg(0)
	r, err := release.Load(path)
	if err != nil {
		return e.fail(err)
	}
	msg, err := change(r, ed)
	if err != nil {
		return e.failIn(path, err)
	}
	if err := release.Save(path, r); err != nil {
		return e.fail(err)
	}
	fmt.Fprintln(e.out, msg)
	return ExitOK
}

// failIn is fail for an error about the release file at path.
func (e *env) failIn(path string, err error) int { return e.fail(inFile(path, err)) }

// inFile makes a problem that names no file name the file at path, so that
// every error of the command line names its file.
func inFile(path string, err error) error {
	var p *problem.Error
	if errors.As(err, &p) && p.Data["File"] == nil {
		p.Data["File"] = path
	}
	return err
}

// parseEdition reads the --edition flag: ja or en.
func parseEdition(s string) (release.Edition, bool) {
	switch ed := release.Edition(s); ed {
	case release.JA, release.EN:
		return ed, true
	}
	return "", false
}

// whoOr is name, or the system's user name when name is empty: who an
// event of the trail is recorded for.
func whoOr(name string) string {
	if name != "" {
		return name
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return os.Getenv("USER")
}

// openGate runs the checks on r and asks the export gate whether r may be
// exported as final, logging the override and the export in r's trail.
// It returns -1 to go on, or the exit code: ExitFindings when refused.
func (e *env) openGate(r *release.Release, path, who, override string) int {
	g, err := glossaryFor("", r, path)
	if err != nil {
		return e.fail(err)
	}
	open, _ := check.Partition(check.Run(r, check.Options{Glossary: g}), r)
	blockers := approval.Gate(r, open)
	if err := approval.FinalExport(r, open, whoOr(who), override, clock()); err != nil {
		fmt.Fprintln(e.err, e.tr.Err(inFile(path, err)))
		for _, line := range blockers.Lines(e.tr.T) {
			fmt.Fprintln(e.err, "  - "+line)
		}
		fmt.Fprintln(e.err, e.tr.T("HintOverride"))
		return ExitFindings
	}
	if !blockers.OK() {
		fmt.Fprintln(e.out, e.tr.T("ExportOverridden", "Reason", override))
	}
	return -1
}

// closeFinal writes the review report beside the final editions, then
// saves the release with the trail events of the export. It returns the
// report's path.
func (e *env) closeFinal(r *release.Release, path, dir, base string) (string, error) {
	report := filepath.Join(dir, base+".report.txt")
	if err := storage.WriteFile(report, []byte(approval.Report(r, e.tr.T)), 0o644); err != nil {
		return "", problem.Wrap(err, "ErrWrite", "File", report)
	}
	return report, release.Save(path, r)
}
