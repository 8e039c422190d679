package main

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// asCLI makes a copy of the test binary started by run behave as the
// program itself, so the test sees real exit codes and output streams.
const asCLI = "TAIYAKU_CLI_TEST_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asCLI) == "1" {
		main()
	}
	os.Exit(m.Run())
}

// The console program must return the command's exit code and print to
// the streams the shell gave it: that is all it is for.
func TestExitCodesAndStreams(t *testing.T) {
	cases := []struct {
		name      string
		args      []string
		code      int
		stdout    string
		stderrSub string
	}{
		{"check finds the sample's defect", []string{"check", "--sample"}, 1, "写真1", ""},
		{"check of a clean pair", []string{"check", "--ja", "testdata/ja.txt", "--en", "testdata/en.txt"}, 0, "errors: 0", ""},
		{"help", []string{"--help"}, 0, "check", ""},
		{"unknown command", []string{"nosuch"}, 2, "", "nosuch"},
		{"unreadable input", []string{"check", "testdata/missing.taiyaku"}, 2, "", "missing.taiyaku"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], c.args...)
			cmd.Env = append(os.Environ(), asCLI+"=1", "LANG=en_US.UTF-8", "LC_ALL=", "LANGUAGE=")
			var out, errOut strings.Builder
			cmd.Stdout, cmd.Stderr = &out, &errOut
			err := cmd.Run()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.code {
				t.Errorf("exit code %d, want %d (stderr %q)", code, c.code, errOut.String())
			}
			if !strings.Contains(out.String(), c.stdout) {
				t.Errorf("stdout %q lacks %q", out.String(), c.stdout)
			}
			if !strings.Contains(errOut.String(), c.stderrSub) {
				t.Errorf("stderr %q lacks %q", errOut.String(), c.stderrSub)
			}
		})
	}
}

// BenchmarkProcessCheckCLI10k is the root package's BenchmarkProcessCheck10k
// run by this program, which links no toolkit: `taiyaku-cli check --format
// json --ja A --en B` on 10,000 synthetic pairs, start to exit. The
// difference between the two is what linking Fyne costs a command (its
// packages' init functions, a larger binary and its shared libraries).
func BenchmarkProcessCheckCLI10k(b *testing.B) {
	dir := b.TempDir()
	cmd := exec.Command(os.Args[0], "sample", "--units", "10000", "-o", dir)
	cmd.Env = append(os.Environ(), asCLI+"=1")
	if err := cmd.Run(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "check", "--format", "json", "--ja", dir+"/ja.txt", "--en", dir+"/en.txt")
		cmd.Env = append(os.Environ(), asCLI+"=1", "LANG=C")
		var ee *exec.ExitError
		if err := cmd.Run(); err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
			b.Fatal(err)
		}
	}
}

// BenchmarkProcessHelp is the smallest run, `taiyaku-cli check --help`:
// process start and one language's messages.
func BenchmarkProcessHelp(b *testing.B) {
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "check", "--help")
		cmd.Env = append(os.Environ(), asCLI+"=1", "LANG=C")
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
	}
}
