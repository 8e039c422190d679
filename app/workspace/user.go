package workspace

import (
	"os"
	"path/filepath"
	"strings"
)

// User is who acts: the name recorded in approvals and the trail, and the
// role approvals show.
type User struct {
	Name, Role string
	// KeyDir holds the user's approval key pair (signing.KeyFile), made on
	// the first approval; "" approves unsigned.
	KeyDir string
}

// DefaultKeyDir is the user's Taiyaku configuration folder, where the
// approval key pair lives.
func DefaultKeyDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "taiyaku")
}

// Who is the user named name (from a flag or the preferences), or, when
// name is empty, the operating system's user; Name is "" when neither is
// known (the window then says "unknown" in the user's language).
func Who(name, role string) User {
	name, role = strings.TrimSpace(name), strings.TrimSpace(role)
	if name == "" {
		name = systemUser()
	}
	return User{Name: name, Role: role, KeyDir: DefaultKeyDir()}
}
