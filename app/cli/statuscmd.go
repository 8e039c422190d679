package cli

import (
	"fmt"
	"io"
	"strconv"

	"taiyaku/app/approval"
	"taiyaku/app/release"
	"taiyaku/app/workspace"
)

// maxChanges is how many changes since approval status lists per edition.
const maxChanges = 20

// runStatus prints where the review of a release stands and exits 0 only
// when the release is ready for final export.
func runStatus(e *env, args []string) int {
	fs := newFlags("status")
	keys := fs.String("keys", "", "FlagKeys")
	if code := e.parse(fs, "UsageStatus", args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		return e.usageError(fs, "UsageStatus", "ErrNeedRelease")
	}
	ws, err := workspace.Open(fs.Arg(0))
	if err == nil && *keys != "" {
		err = ws.UseTrusted(*keys)
	}
	if err != nil {
		return e.fail(err)
	}
	r, st := ws.Release, ws.Status()
	for _, ed := range approval.Editions {
		line := approval.Describe(r, ed, e.tr.T)
		if sig, ok := st.Signatures[ed]; ok {
			line += " — " + sig.Message(e.tr.T)
		}
		fmt.Fprintln(e.out, line)
		e.printChanges(e.out, r, ed)
	}
	fmt.Fprintln(e.out, e.tr.T("ReviewOpenErrors", "Count", st.OpenErrors))
	fmt.Fprintln(e.out, e.tr.T("ReviewOpenComments", "Count", st.OpenComments))
	e.printTrail(e.out, len(r.Review.Trail), st.Trail)
	return e.printReadiness(e.out, st.Blockers)
}

// printChanges lists what changed in edition ed since its approval.
func (e *env) printChanges(w io.Writer, r *release.Release, ed release.Edition) {
	changes := approval.Changes(r, ed)
	for i, c := range changes {
		if i == maxChanges {
			fmt.Fprintln(w, "  "+e.tr.T("ReviewMoreChanges", "Count", len(changes)-maxChanges))
			return
		}
		unit := c.ID
		if c.Index >= 0 {
			unit = strconv.Itoa(c.Index + 1)
		}
		fmt.Fprintln(w, "  "+e.tr.T("ReviewChange_"+string(c.Kind), "Unit", unit, "Old", excerpt(c.Old), "New", excerpt(c.New)))
	}
}

// printTrail says whether the trail is intact, or what was altered.
func (e *env) printTrail(w io.Writer, events int, problems []approval.TrailProblem) {
	if len(problems) == 0 {
		fmt.Fprintln(w, e.tr.T("ReportTrailIntact", "Count", events))
		return
	}
	fmt.Fprintln(w, e.tr.T("ReportTrailBroken"))
	for _, p := range problems {
		fmt.Fprintln(w, "  "+p.Message(e.tr.T))
	}
}

// printReadiness says whether the release may be exported as final, and
// if not, why; it returns the exit code of status.
func (e *env) printReadiness(w io.Writer, b approval.Blockers) int {
	if b.OK() {
		fmt.Fprintln(w, e.tr.T("ReviewReady"))
		return ExitOK
	}
	fmt.Fprintln(w, e.tr.T("ReviewNotReady"))
	for _, line := range b.Lines(e.tr.T) {
		fmt.Fprintln(w, "  - "+line)
	}
	return ExitFindings
}
