package cli

import (
	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/release"
	"taiyaku/assets"
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
	var r *release.Release
	var path string
	if *useSample {
		r, _ = importtext.Import(assets.SampleJA, assets.SampleEN, glossary.Default())
	} else if r, path, code = e.loadInput(fs, "UsageCheck", *ja, *en); r == nil {
		return code
	}
	g, err := glossaryFor(*gloss, r, path)
	if err != nil {
		return e.fail(err)
	}
	findings := check.Run(r, check.Options{Glossary: g})
	if *format == "json" {
		err = writeJSON(e.out, e.tr, r, findings)
	} else {
		err = writeText(e.out, e.tr, r, findings)
	}
	if err != nil {
		return e.fail(err)
	}
	if check.Count(findings)[check.Error] > 0 {
		return ExitFindings
	}
	return ExitOK
}

// loadInput reads the release to work on: a .taiyaku file, or two plain
// text editions imported on the fly. It returns the release, the path of
// the release file ("" for text editions) and, on failure, the exit code.
func (e *env) loadInput(fs interface{ Args() []string }, usageID, ja, en string) (*release.Release, string, int) {
	rest := fs.Args()
	switch {
	case ja != "" || en != "":
		if ja == "" || en == "" || len(rest) > 0 {
			return nil, "", e.usageErrorPlain(usageID, "ErrNeedBothEditions")
		}
		r, err := importFiles(ja, en)
		if err != nil {
			return nil, "", e.fail(err)
		}
		return r, "", 0
	case len(rest) == 1:
		r, err := release.Load(rest[0])
		if err != nil {
			return nil, "", e.fail(err)
		}
		return r, rest[0], 0
	}
	return nil, "", e.usageErrorPlain(usageID, "ErrNeedInput")
}

func (e *env) usageErrorPlain(usageID, msgID string) int {
	return e.usageError(newFlags(""), usageID, msgID)
}

// importFiles reads and aligns two plain-text editions.
func importFiles(jaPath, enPath string) (*release.Release, error) {
	ja, err := importtext.ReadFile(jaPath)
	if err != nil {
		return nil, err
	}
	en, err := importtext.ReadFile(enPath)
	if err != nil {
		return nil, err
	}
	r, _ := importtext.Import(ja, en, glossary.Default())
	return r, nil
}

// glossaryFor picks the glossary: the --glossary flag, else the one the
// release names (relative to the release file), else the starter glossary.
func glossaryFor(flagPath string, r *release.Release, releasePath string) (*glossary.Glossary, error) {
	switch {
	case flagPath != "":
		return glossary.Load(flagPath)
	case r.Meta.Glossary != "":
		return glossary.LoadNamed(releasePath, r.Meta.Glossary)
	}
	return glossary.Default(), nil
}
