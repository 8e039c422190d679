//go:build !windows

package workspace

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPasswdName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "passwd")
	lines := "# comment\nroot:x:0:0:root:/root:/bin/bash\n:x:7:7::/:/bin/sh\nbad line\nsato:x:1000:1000:Sato Hanako,,,:/home/sato:/bin/bash\n"
	if err := os.WriteFile(path, []byte(lines), 0o600); err != nil {
		t.Fatal(err)
	}
	for uid, want := range map[int]string{0: "root", 1000: "sato", 7: "", 42: ""} {
		if got := passwdName(path, uid); got != want {
			t.Errorf("uid %d: %q, want %q", uid, got, want)
		}
	}
	if got := passwdName(filepath.Join(t.TempDir(), "none"), 0); got != "" {
		t.Errorf("no file: %q", got)
	}
}

// Without USER or LOGNAME, the account comes from /etc/passwd, as
// os/user finds it (a container running as root sets neither).
func TestSystemUserWithoutEnvironment(t *testing.T) {
	t.Setenv("USER", "")
	t.Setenv("LOGNAME", "")
	if want := passwdName("/etc/passwd", os.Getuid()); systemUser() != want {
		t.Fatalf("systemUser() = %q, want %q", systemUser(), want)
	}
}
