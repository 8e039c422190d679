package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"taiyaku/app/approval"
	"taiyaku/app/release"
)

// importRelease imports testdata's pair into a fresh folder; the release
// has one error, 写真1 left in the English. With fixed, that caption is
// translated and the release has no error.
func importRelease(t *testing.T, fixed bool) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "r.taiyaku")
	if code, _, stderr := run(t, "import", "--ja", "testdata/ja.txt", "--en", "testdata/en.txt", "-o", path); code != ExitOK {
		t.Fatalf("import: %d %s", code, stderr)
	}
	if fixed {
		editFile(t, path, `"en": "写真1"`, `"en": "Photo 1"`)
	}
	return path
}

// editFile replaces old by new in the file, once, as a person would by hand.
func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s does not hold %s", path, old)
	}
	if err := os.WriteFile(path, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// approveBoth approves both editions through the command line.
func approveBoth(t *testing.T, path string) {
	t.Helper()
	for _, args := range [][]string{
		{"approve", "--edition", "ja", "--name", "佐藤 花子", "--role", "広報室長", path},
		{"approve", "--edition", "en", "--name", "Jane Smith", "--role", "Translator", path},
	} {
		if code, out, stderr := run(t, args...); code != ExitOK || stderr != "" || !strings.Contains(out, "Approved the ") {
			t.Fatalf("%v: exit %d\n%s%s", args, code, out, stderr)
		}
	}
}

func loadRelease(t *testing.T, path string) *release.Release {
	t.Helper()
	r, err := release.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestApproveThenStatus: both editions approved, status is ready (exit 0);
// a unit's text edited by hand in the file makes its edition changed, and
// status says so and what changed (exit 1).
func TestApproveThenStatus(t *testing.T) {
	path := importRelease(t, true)
	code, out, _ := run(t, "status", path)
	if code != ExitFindings || !strings.Contains(out, "Japanese edition: not approved") || !strings.Contains(out, "Not ready") {
		t.Fatalf("status before approval: exit %d\n%s", code, out)
	}
	approveBoth(t, path)
	code, out, stderr := run(t, "status", path)
	for _, want := range []string{"Japanese edition: approved by 佐藤 花子 (広報室長) at ", "English edition: approved by Jane Smith (Translator)",
		"Open errors: 0", "Open comments: 0", "The trail is intact: 3 entries", "Ready for final export."} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q", want)
		}
	}
	if code != ExitOK || stderr != "" {
		t.Fatalf("status of an approved release: exit %d\n%s%s", code, out, stderr)
	}
	editFile(t, path, `"en": "Photo 1"`, `"en": "Photo 2"`)
	code, out, _ = run(t, "status", path)
	for _, want := range []string{"English edition: changed since it was approved by Jane Smith", "Edited: unit 13: Photo 1 → Photo 2",
		"The English edition changed after it was approved."} {
		if !strings.Contains(out, want) {
			t.Errorf("status after a hand edit lacks %q:\n%s", want, out)
		}
	}
	if code != ExitFindings || strings.Contains(out, "Ready for final export.") {
		t.Errorf("status after a hand edit: exit %d", code)
	}
	editFile(t, path, `"en": "Photo 2"`, `"en": "Photo 1"`)
	if code, out, _ := run(t, "status", path); code != ExitOK {
		t.Errorf("status after undoing the edit: exit %d\n%s", code, out)
	}
}

// TestFinalExport: refused while an error is open (exit 1, the blocker
// named, nothing written), allowed with --override-reason, whose reason
// lands in the trail and the report.
func TestFinalExport(t *testing.T) {
	path := importRelease(t, false)
	approveBoth(t, path)
	dir := filepath.Dir(path)
	before := listDir(t, dir)
	code, out, stderr := run(t, "export", "--final", "--format", "txt", path)
	if code != ExitFindings || out != "" {
		t.Fatalf("export --final with an open error: exit %d\n%s", code, out)
	}
	for _, want := range []string{path + ": Final export refused", "Open error-level findings: 1.", "--override-reason"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("refusal lacks %q:\n%s", want, stderr)
		}
	}
	if after := listDir(t, dir); after != before {
		t.Errorf("a refused export wrote files: %s -> %s", before, after)
	}
	if n := len(loadRelease(t, path).Review.Trail); n != 3 { // import and two approvals
		t.Errorf("a refused export changed the trail: %d entries", n)
	}

	reason := "写真1 is the photo's name on the English page too"
	code, out, stderr = run(t, "export", "--final", "--format", "txt", "--name", "佐藤 花子", "--override-reason", reason, path)
	if code != ExitOK || stderr != "" {
		t.Fatalf("export --final --override-reason: exit %d\n%s%s", code, out, stderr)
	}
	for _, want := range []string{"r.ja.txt", "r.en.txt", "r.report.txt", "the reason is recorded in the trail: " + reason} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	r := loadRelease(t, path)
	trail := r.Review.Trail
	if len(trail) != 5 || trail[0].Kind != "import" || trail[3].Kind != "override" || !strings.Contains(trail[3].Detail, reason) || trail[3].Who != "佐藤 花子" || trail[4].Kind != "export" {
		t.Errorf("trail %+v", trail)
	}
	if len(approval.Verify(r)) != 0 {
		t.Errorf("trail problems %v", approval.Verify(r))
	}
	report, err := os.ReadFile(filepath.Join(dir, "r.report.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Japanese edition: approved by 佐藤 花子", "errors=1 comments=0", reason, "The trail is intact: 5 entries"} {
		if !strings.Contains(string(report), want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}

// TestFinalExportReady: a clean approved release exports without a reason.
func TestFinalExportReady(t *testing.T) {
	path := importRelease(t, true)
	approveBoth(t, path)
	out := t.TempDir()
	code, stdout, stderr := run(t, "export", "--final", "--lang", "en", "-o", out, path)
	if code != ExitOK || stderr != "" || strings.Count(stdout, "\n") != 2 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if got := listDir(t, out); got != "r.en.html,r.report.txt" {
		t.Errorf("written: %s", got)
	}
	if trail := loadRelease(t, path).Review.Trail; len(trail) != 4 || trail[3].Kind != "export" {
		t.Errorf("trail %+v", trail)
	}
}

func TestWithdrawCommand(t *testing.T) {
	path := importRelease(t, true)
	code, _, stderr := run(t, "withdraw", "--edition", "en", "--reason", "typo", path)
	if code != ExitUsage || !strings.Contains(stderr, path+": The English edition is not approved") {
		t.Errorf("withdraw without approval: exit %d %q", code, stderr)
	}
	approveBoth(t, path)
	code, out, _ := run(t, "withdraw", "--edition", "en", "--reason", "a number is wrong", "--name", "Jane Smith", path)
	if code != ExitOK || !strings.Contains(out, "Withdrew the approval of the English edition. Reason: a number is wrong") {
		t.Fatalf("withdraw: exit %d %s", code, out)
	}
	code, out, _ = run(t, "status", path)
	if code != ExitFindings || !strings.Contains(out, "English edition: not approved") || !strings.Contains(out, "The English edition is not approved.") {
		t.Errorf("status after withdrawal: exit %d\n%s", code, out)
	}
	if e := loadRelease(t, path).Review.Trail[3]; e.Kind != "withdraw" || e.Who != "Jane Smith" {
		t.Errorf("event %+v", e)
	}
}

// TestStatusTrailAltered: entries of the trail swapped by hand in the file
// are reported by status.
func TestStatusTrailAltered(t *testing.T) {
	path := importRelease(t, true)
	approveBoth(t, path)
	if code, _, _ := run(t, "withdraw", "--edition", "ja", "--reason", "redo", "--name", "佐藤", path); code != ExitOK {
		t.Fatal(code)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	trail := doc["trail"].([]any)
	trail[0], trail[1] = trail[1], trail[0]
	data, _ = json.Marshal(doc)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := run(t, "status", path)
	for _, want := range []string{"The trail was altered:", "Trail entry 1 (no. 2) does not link to the entry before it", "Trail entry 2 (no. 1) is out of sequence."} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	if code != ExitFindings {
		t.Errorf("exit %d", code)
	}
}

func TestReviewInJapanese(t *testing.T) {
	path := importRelease(t, true)
	_, out, _ := runIn(t, language.Japanese, "approve", "--edition", "ja", "--name", "佐藤 花子", "--role", "広報室長", path)
	if !strings.Contains(out, "日本語版を 佐藤 花子（広報室長）として") {
		t.Errorf("approve: %s", out)
	}
	code, out, _ := runIn(t, language.Japanese, "status", path)
	for _, want := range []string{"日本語版: 佐藤 花子（広報室長）が", "英語版: 未承認", "未解決のエラー: 0 件", "最終版はまだ書き出せません:", "英語版が承認されていません。"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	if code != ExitFindings {
		t.Errorf("exit %d", code)
	}
	_, _, stderr := runIn(t, language.Japanese, "export", "--final", path)
	if !strings.Contains(stderr, "最終版の書き出しを中止しました") || !strings.Contains(stderr, "--override-reason") {
		t.Errorf("refusal: %s", stderr)
	}
}

// TestReviewBadInput: bad usage and unreadable input exit 2 with one
// message naming the problem, and change nothing.
func TestReviewBadInput(t *testing.T) {
	path := importRelease(t, true)
	missing := filepath.Join(t.TempDir(), "none.taiyaku")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"status"}, "Give one release file"},
		{[]string{"status", missing}, "none.taiyaku"},
		{[]string{"approve", "--edition", "fr", "--name", "a", "--role", "b", path}, `Unknown edition "fr"`},
		{[]string{"approve", "--edition", "ja", "--role", "b", path}, path + ": A name is required."},
		{[]string{"approve", "--edition", "ja", "--name", "a", path}, path + ": A role is required."},
		{[]string{"approve", "--edition", "ja", "--name", "a", "--role", "b"}, "Give one release file"},
		{[]string{"withdraw", "--edition", "ja", path}, path + ": A reason is required."},
		{[]string{"export", "--override-reason", "x", path}, "add --final"},
		{[]string{"approve", "--edition", "ja", "--name", "a", "--role", "b", missing}, "none.taiyaku"},
	}
	before, _ := os.ReadFile(path)
	for _, c := range cases {
		code, out, stderr := run(t, c.args...)
		if code != ExitUsage || out != "" || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", c.args, code, out, stderr)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the release file changed")
	}
}

func TestReviewHelp(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--help"}, "approve"},
		{[]string{"status", "--help"}, "Usage: taiyaku status"},
		{[]string{"approve", "--help"}, "--role"},
		{[]string{"withdraw", "--help"}, "--reason"},
		{[]string{"export", "--help"}, "--override-reason"},
	} {
		if code, out, _ := run(t, c.args...); code != ExitOK || !strings.Contains(out, c.want) {
			t.Errorf("%v: exit %d\n%s", c.args, code, out)
		}
	}
}
