package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/approval"
	"taiyaku/app/release"
)

// import never writes over one of the editions it reads, even with
// --force; export never over a source text it did not write.
func TestNoCommandOverwritesItsInputs(t *testing.T) {
	dir := t.TempDir()
	ja, en := filepath.Join(dir, "press.ja.txt"), filepath.Join(dir, "press.en.txt")
	for p, src := range map[string]string{ja: "ja.txt", en: "en.txt"} {
		data, _ := os.ReadFile(filepath.Join("testdata", src))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := os.ReadFile(ja)
	if code, _, stderr := run(t, "import", "--ja", ja, "--en", en, "-o", ja, "--force"); code != 2 || !strings.Contains(stderr, "inputs") {
		t.Fatalf("import -o over its input: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, "import", "--ja", ja, "--en", en); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	rel := filepath.Join(dir, "press.taiyaku")
	if code, _, stderr := run(t, "export", "--format", "txt", rel); code != 2 || !strings.Contains(stderr, "--force") {
		t.Fatalf("export over the source texts: exit %d, %q", code, stderr)
	}
	if after, _ := os.ReadFile(ja); string(after) != string(before) {
		t.Fatal("a source text was overwritten")
	}
	// Into a folder of its own, and again over its own files: fine.
	out := filepath.Join(dir, "out")
	for range 2 {
		if code, _, stderr := run(t, "export", "--format", "txt", "-o", out, rel); code != 0 {
			t.Fatalf("export: %s", stderr)
		}
	}
}

// Control characters in a release's text reach the terminal escaped.
func TestOutputEscapesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	rel := filepath.Join(dir, "r.taiyaku")
	if code, _, stderr := run(t, "import", "--ja", filepath.Join("testdata", "ja.txt"), "--en", filepath.Join("testdata", "en.txt"), "-o", rel); code != 0 {
		t.Fatal(stderr)
	}
	r, err := release.Load(rel)
	if err != nil {
		t.Fatal(err)
	}
	for i := range r.Units {
		if r.Units[i].Kind == release.Paragraph {
			r.Units[i].EN = "Forged\x1b[2J line\u202e reversed\u0085"
			break
		}
	}
	if err := release.Save(rel, r); err != nil {
		t.Fatal(err)
	}
	code, out, _ := run(t, "check", rel)
	if code != 1 || strings.ContainsAny(out, "\x1b\u202e\u0085") || !strings.Contains(out, `\u001b`) || !strings.Contains(out, "typography.control") {
		t.Fatalf("exit %d, output %q", code, out)
	}
}

// Approvals are signed with the approver's key: status names the signer
// (trusted when the keys file beside the release lists the key), a keys
// file without the signer closes the gate, and an approval forged by hand
// is reported and refused.
func TestSignedApprovalsOnTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	rel := filepath.Join(dir, "r.taiyaku")
	if code, _, stderr := run(t, "import", "--ja", filepath.Join("testdata", "ja.txt"), "--en", filepath.Join("testdata", "en.txt"), "-o", rel); code != 0 {
		t.Fatal(stderr)
	}
	r, _ := release.Load(rel)
	for i := range r.Units { // make the sample clean, so only approvals decide
		r.Units[i].EN = strings.ReplaceAll(r.Units[i].EN, "写真1", "Photo 1")
	}
	if err := release.Save(rel, r); err != nil {
		t.Fatal(err)
	}
	for _, ed := range []string{"ja", "en"} {
		if code, _, stderr := run(t, "approve", "--edition", ed, "--name", "Sato", "--role", "Director", rel); code != 0 {
			t.Fatal(stderr)
		}
	}
	code, out, _ := run(t, "status", rel)
	if code != 0 || !strings.Contains(out, "signed by an unknown key") {
		t.Fatalf("status without a keys file: exit %d\n%s", code, out)
	}
	r, _ = release.Load(rel)
	keys := filepath.Join(dir, "taiyaku-approvers.toml")
	entry := "[[approver]]\nname = \"Sato\"\nrole = \"Director\"\nkey = \"" + r.Review.Approvals[0].Key + "\"\n"
	if err := os.WriteFile(keys, []byte(entry), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := run(t, "status", rel); code != 0 || !strings.Contains(out, "signed by Sato (trusted)") {
		t.Fatalf("status with the signer trusted: exit %d\n%s", code, out)
	}
	other := filepath.Join(dir, "other.toml")
	_ = os.WriteFile(other, []byte(""), 0o644)
	if code, out, _ := run(t, "status", "--keys", other, rel); code != 1 || !strings.Contains(out, "not signed by an approver of the keys file") {
		t.Fatalf("status with a keys file that lacks the signer: exit %d\n%s", code, out)
	}
	// Forge: change a text, its approved row and the digest by hand.
	r, _ = release.Load(rel)
	a := &r.Review.Approvals[1]
	for i := range r.Units {
		if r.Units[i].Kind == release.Paragraph && r.Units[i].EN != "" {
			r.Units[i].EN = "A forged sentence."
			break
		}
	}
	rows, digest := forgedRows(r, a.Edition)
	a.Approved, a.Digest = rows, digest
	if err := release.Save(rel, r); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := run(t, "status", rel); code != 1 || !strings.Contains(out, "not recorded in the trail") {
		t.Fatalf("status of a forged approval: exit %d\n%s", code, out)
	}
	if code, _, _ := run(t, "export", "--final", "-o", filepath.Join(dir, "out"), rel); code != 1 {
		t.Fatalf("a forged approval passed the final export: exit %d", code)
	}
}

func forgedRows(r *release.Release, ed release.Edition) ([]release.ApprovedRow, string) {
	return approval.Rows(r, ed), approval.Digest(r, ed)
}
