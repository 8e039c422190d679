package cli

import (
	"os"
	"testing"
)

// TestMain keeps the approval keys that tests make out of the user's
// configuration folder.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "taiyaku-config-")
	if err == nil {
		os.Setenv("XDG_CONFIG_HOME", dir)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
