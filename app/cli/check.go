package cli

import (
	"taiyaku/app/check"
	"taiyaku/app/workspace"
)

func runCheck(e *env, args []string) int {
	fs := newFlags("check")
	format := fs.String("format", "text", "FlagFormatReport")
	ja := fs.String("ja", "", "FlagJA")
	en := fs.String("en", "", "FlagEN")
	gloss := fs.String("glossary", "", "FlagGlossary")
	useSample := fs.Bool("sample", false, "FlagSample")
	code := e.parse(fs, "UsageCheck", args)
	if code >= 0 {
		return code
	}
	if *format != "text" && *format != "json" {
		return e.usageError(fs, "UsageCheck", "ErrBadFormat", "Format", *format)
	}
	var ws *workspace.Workspace
	if *useSample {
		ws = workspace.New(workspace.Sample())
	} else if ws, code = e.loadInput(fs, "UsageCheck", *ja, *en); ws == nil {
		return code
	}
	if *gloss != "" {
		if err := ws.UseGlossary(*gloss); err != nil {
			return e.fail(err)
		}
	}
	// The findings the user ignored (with a reason) are left out, as in the
	// window and in status.
	findings, _ := ws.Findings()
	var err error
	if *format == "json" {
		err = writeJSON(e.out, e.tr, ws.Release, findings)
	} else {
		err = writeText(e.out, e.tr, ws.Release, findings)
	}
	if err != nil {
		return e.fail(err)
	}
	if check.Count(findings)[check.Error] > 0 {
		return ExitFindings
	}
	return ExitOK
}

// loadInput opens the release to work on: a .taiyaku file, or two plain
// text editions imported on the fly. On failure it returns the exit code.
func (e *env) loadInput(fs interface{ Args() []string }, usageID, ja, en string) (*workspace.Workspace, int) {
	rest := fs.Args()
	switch {
	case ja != "" || en != "":
		if ja == "" || en == "" || len(rest) > 0 {
			return nil, e.usageErrorPlain(usageID, "ErrNeedBothEditions")
		}
		adviseHeap(ja, en)
		ws, _, err := workspace.ImportWorkspace(ja, en)
		if err != nil {
			return nil, e.fail(err)
		}
		return ws, 0
	case len(rest) == 1:
		ws, err := workspace.Open(rest[0])
		if err != nil {
			return nil, e.fail(err)
		}
		return ws, 0
	}
	return nil, e.usageErrorPlain(usageID, "ErrNeedInput")
}

func (e *env) usageErrorPlain(usageID, msgID string) int {
	return e.usageError(newFlags(""), usageID, msgID)
}
