package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"taiyaku/i18n"
)

// run runs the command line in English and returns exit code, stdout, stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runIn(t, language.English, args...)
}

func runIn(t *testing.T, tag language.Tag, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, &out, &errOut, i18n.New(tag))
	return code, out.String(), errOut.String()
}

func TestCheckJSONReport(t *testing.T) {
	code, out, stderr := run(t, "check", "--format", "json", "--ja", "testdata/ja.txt", "--en", "testdata/en.txt")
	if code != ExitFindings || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var rep struct {
		Findings []map[string]any `json:"findings"`
		Summary  map[string]int   `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Summary["errors"] != 1 || len(rep.Findings) != 1 {
		t.Fatalf("want the one 写真1 error, got %s", out)
	}
	f := rep.Findings[0]
	for _, key := range []string{"check", "severity", "unit", "side", "message", "ja", "en"} {
		if _, ok := f[key]; !ok {
			t.Errorf("finding lacks %q", key)
		}
	}
	if f["check"] != "content.untranslated" || f["side"] != "en" || f["en"] != "写真1" {
		t.Errorf("finding %v", f)
	}
}

func TestCheckTextInBothLanguages(t *testing.T) {
	_, en, _ := runIn(t, language.English, "check", "--sample")
	_, ja, _ := runIn(t, language.Japanese, "check", "--sample")
	if !strings.Contains(en, "Errors (1)") || !strings.Contains(en, "Japanese text left in the English edition") {
		t.Errorf("English report:\n%s", en)
	}
	if !strings.Contains(ja, "エラー (1)") || !strings.Contains(ja, "英語版に日本語が残っています") {
		t.Errorf("Japanese report:\n%s", ja)
	}
}

func TestHelp(t *testing.T) {
	for _, c := range []struct {
		tag  language.Tag
		args []string
		want string
	}{
		{language.English, nil, "Usage: taiyaku <command>"},
		{language.Japanese, []string{"--help"}, "使い方: taiyaku <コマンド>"},
		{language.English, []string{"check", "--help"}, "--format"},
		{language.Japanese, []string{"export", "--help"}, "書き出し形式"},
	} {
		code, out, _ := runIn(t, c.tag, c.args...)
		if code != ExitOK || !strings.Contains(out, c.want) {
			t.Errorf("%v %v: exit %d\n%s", c.tag, c.args, code, out)
		}
	}
}

// TestBadInput: every unreadable input gives one line naming the file on
// stderr, exit 2, and writes nothing.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := "testdata/en.txt"
	cases := []struct {
		name string
		args []string
		file string
	}{
		{"binary text", []string{"check", "--ja", write("bin.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00")), "--en", good}, "bin.txt"},
		{"invalid utf-8", []string{"check", "--ja", write("bad.txt", []byte("abc\n\xff\xfe\xfd")), "--en", good}, "bad.txt"},
		{"empty text", []string{"check", "--ja", good, "--en", write("empty.txt", nil)}, "empty.txt"},
		{"missing file", []string{"check", "--ja", filepath.Join(dir, "none.txt"), "--en", good}, "none.txt"},
		{"newer release", []string{"check", write("new.taiyaku", []byte(`{"format":"taiyaku","version":99,"units":[]}`))}, "new.taiyaku"},
		{"truncated release", []string{"check", write("cut.taiyaku", []byte(`{"format":"taiyaku","version":1,"units":[{"id":"u1",`))}, "cut.taiyaku"},
		{"binary release", []string{"export", write("bin.taiyaku", []byte{0, 1, 2, 3})}, "bin.taiyaku"},
		{"import of bad text", []string{"import", "--ja", write("bad2.txt", []byte("\xff\xff")), "--en", good, "-o", filepath.Join(dir, "out.taiyaku")}, "bad2.txt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := listDir(t, dir)
			code, out, stderr := run(t, c.args...)
			if code != ExitUsage {
				t.Errorf("exit %d, want 2", code)
			}
			if out != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, c.file) {
				t.Errorf("want one line naming %s on stderr; stdout %q stderr %q", c.file, out, stderr)
			}
			if after := listDir(t, dir); after != before {
				t.Errorf("files changed: %s -> %s", before, after)
			}
		})
	}
}

func TestBadUsage(t *testing.T) {
	for _, args := range [][]string{
		{"frobnicate"},
		{"check"},
		{"check", "--ja", "testdata/ja.txt"},
		{"check", "--format", "xml", "--sample"},
		{"check", "--nope"},
		{"export", "--lang", "fr", "x.taiyaku"},
		{"sample", "--units", "0", "-o", "x"},
	} {
		if code, _, stderr := run(t, args...); code != ExitUsage || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}

func TestImportExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	rel := filepath.Join(dir, "r.taiyaku")
	code, out, stderr := run(t, "import", "--ja", "testdata/ja.txt", "--en", "testdata/en.txt", "-o", rel)
	if code != ExitOK || stderr != "" || !strings.Contains(out, "30 units") {
		t.Fatalf("import: exit %d\n%s%s", code, out, stderr)
	}
	if code, _, stderr := run(t, "import", "--ja", "testdata/ja.txt", "--en", "testdata/en.txt", "-o", rel); code != ExitUsage || !strings.Contains(stderr, "--force") {
		t.Errorf("import over an existing file: exit %d %q", code, stderr)
	}
	if code, _, _ := run(t, "import", "--force", "--ja", "testdata/ja.txt", "--en", "testdata/en.txt", "-o", rel); code != ExitOK {
		t.Errorf("import --force: exit %d", code)
	}
	if code, _, _ := run(t, "check", rel); code != ExitFindings {
		t.Errorf("check of the imported release: exit %d", code)
	}
	code, out, _ = run(t, "export", "--lang", "both", "--format", "html", "-o", dir, rel)
	if code != ExitOK || strings.Count(out, "\n") != 2 {
		t.Fatalf("export: exit %d\n%s", code, out)
	}
	html, err := os.ReadFile(filepath.Join(dir, "r.en.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`lang="en"`, "<h2>", "Ministerial-Level Meeting"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("English HTML lacks %q", want)
		}
	}
	if strings.Contains(string(html), "News Releases") {
		t.Error("the breadcrumb was exported")
	}
}

func TestSampleCommand(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := run(t, "sample", "--units", "50", "-o", dir); code != ExitOK {
		t.Fatalf("exit %d %s", code, stderr)
	}
	code, out, _ := run(t, "check", "--format", "json", "--ja", filepath.Join(dir, "ja.txt"), "--en", filepath.Join(dir, "en.txt"))
	if code != ExitOK || !strings.Contains(out, `"units": 50`) {
		t.Fatalf("a clean synthetic pair: exit %d\n%s", code, out)
	}
}

func listDir(t *testing.T, dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return strings.Join(names, ",")
}
