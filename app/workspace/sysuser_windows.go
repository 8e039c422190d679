package workspace

import (
	"os"
	"os/user"
)

// systemUser is the account's name as Windows knows it (no cgo here).
func systemUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return os.Getenv("USERNAME")
}
