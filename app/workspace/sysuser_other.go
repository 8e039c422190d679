//go:build !windows

package workspace

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// systemUser is the login name of the session, else the account's name in
// /etc/passwd. Not os/user: on Linux and macOS it links the C library
// through cgo, so every command-line run would load shared libraries
// before it starts (about half a millisecond of a 60 ms check); its
// lookup, without cgo, is the same reading of /etc/passwd.
func systemUser() string {
	for _, v := range []string{"USER", "LOGNAME"} {
		if name := os.Getenv(v); name != "" {
			return name
		}
	}
	return passwdName("/etc/passwd", os.Getuid())
}

// passwdName is the name of the account with user id uid in the passwd
// file at path ("name:password:uid:..." lines), or "".
func passwdName(path string, uid int) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.SplitN(sc.Text(), ":", 4)
		if len(fields) == 4 && fields[0] != "" && fields[2] == strconv.Itoa(uid) {
			return fields[0]
		}
	}
	return ""
}
