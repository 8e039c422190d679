package localeenv

import (
	"os"
	"testing"
)

func TestSettle(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"LANG": "C.UTF-8"}, "en"},
		{map[string]string{"LC_ALL": "POSIX.UTF-8", "LANG": "ja_JP.UTF-8"}, "en"},
		{map[string]string{"LANG": "C"}, ""},
		{map[string]string{"LANG": "ja_JP.UTF-8"}, ""},
		{map[string]string{"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "C.UTF-8"}, ""},
		{map[string]string{}, ""},
	}
	for _, c := range cases {
		for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
			t.Setenv(k, c.env[k])
		}
		Settle()
		if got := getenv("LANGUAGE"); got != c.want {
			t.Errorf("%v: LANGUAGE=%q, want %q", c.env, got, c.want)
		}
	}
}

func getenv(k string) string { return os.Getenv(k) }
