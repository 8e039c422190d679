package cli

import (
	"errors"
	"flag"
	"fmt"
	"time"

	"taiyaku/app/approval"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/workspace"
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
		// The approver is named explicitly: no fallback to the system user.
		if err := workspace.Approve(r, ed, workspace.User{Name: *name, Role: *role, KeyDir: workspace.DefaultKeyDir()}, clock()); err != nil {
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
		if err := workspace.Withdraw(r, ed, *reason, workspace.Who(*who, ""), clock()); err != nil {
			return "", err
		}
		return e.tr.T("WithdrawDone", "Edition", e.tr.T("Side_"+string(ed)), "Reason", *reason), nil
	})
}

// changeEdition is what approve and withdraw share: parse the flags (with
// --edition) and the release path, then, under the release's lock, read
// it, apply change and save it if no one changed it meanwhile; print
// change's message.
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
	var msg string
	_, err := workspace.Update(fs.Arg(0), workspace.Who("", ""), func(ws *workspace.Workspace) error {
		var err error
		msg, err = change(ws.Release, ed)
		return err
	})
	if err != nil {
		return e.failIn(fs.Arg(0), err)
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
