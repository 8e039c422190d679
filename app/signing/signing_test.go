package signing

import (
	"os"
	"path/filepath"
	"testing"
)

func TestKeyPairKeptPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "taiyaku")
	id, err := LoadOrCreate(dir)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, KeyFile))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	sig := id.Sign([]byte("payload"))
	if !Verify(id.Key(), sig, []byte("payload")) || Verify(id.Key(), sig, []byte("other")) {
		t.Fatal("signature does not verify as it should")
	}
	if Verify("not base64", sig, nil) || Verify(id.Key(), "bad", nil) {
		t.Fatal("garbage verified")
	}
}

func TestLoadTrusted(t *testing.T) {
	dir := t.TempDir()
	id, _ := LoadOrCreate(dir)
	cases := []struct {
		name, text string
		ok         bool
	}{
		{"entry", Entry("佐藤 \"花子\"", "広報室長", id.Key()), true},
		{"empty", "", true},
		{"bad key", "[[approver]]\nname = \"x\"\nkey = \"abc\"\n", false},
		{"not toml", "[[approver\n", false},
	}
	for _, c := range cases {
		p := filepath.Join(dir, c.name+".toml")
		if err := os.WriteFile(p, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		tr, err := LoadTrusted(p)
		if (err == nil) != c.ok {
			t.Fatalf("%s: err %v", c.name, err)
		}
		if c.name == "entry" {
			if a, ok := tr.Lookup(id.Key()); !ok || a.Name != "佐藤 \"花子\"" {
				t.Fatalf("lookup: %+v %v", a, ok)
			}
		}
	}
	if _, err := LoadTrusted(dir); err == nil {
		t.Fatal("a folder was read as a keys file")
	}
}
