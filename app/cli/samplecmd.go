package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"taiyaku/app/problem"
	"taiyaku/app/sample"
	"taiyaku/app/storage"
)

func runSample(e *env, args []string) int {
	fs := newFlags("sample")
	n := fs.Int("units", 200, "FlagUnits")
	dir := fs.String("o", "", "FlagOutDir")
	seed := fs.Int64("seed", 1, "FlagSeed")
	if code := e.parse(fs, "UsageSample", args); code >= 0 {
		return code
	}
	if *dir == "" || *n < 1 || fs.NArg() > 0 {
		return e.usageError(fs, "UsageSample", "ErrSampleArgs")
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return e.fail(problem.Wrap(err, "ErrWrite", "File", *dir))
	}
	ja, en := sample.Texts(sample.Generate(*n, *seed))
	for _, f := range []struct{ name, text string }{{"ja.txt", ja}, {"en.txt", en}} {
		p := filepath.Join(*dir, f.name)
		if err := storage.WriteFile(p, []byte(f.text), 0o644); err != nil {
			return e.fail(problem.Wrap(err, "ErrWrite", "File", p))
		}
		fmt.Fprintln(e.out, e.tr.T("Wrote", "File", p))
	}
	return ExitOK
}
