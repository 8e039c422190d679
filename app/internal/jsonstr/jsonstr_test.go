package jsonstr

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// oracle is one string as encoding/json writes it, HTML escaping off.
func oracle(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// oracleLongBF is oracle with \b and \f written \u0008 and \u000c. The
// pieces between those bytes are encoded apart: both are ASCII, so cutting
// there never splits a character, valid or not.
func oracleLongBF(s string) string {
	var out strings.Builder
	out.WriteByte('"')
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '\b' && s[i] != '\f' {
			continue
		}
		q := oracle(s[start:i])
		out.WriteString(q[1 : len(q)-1])
		if i < len(s) {
			out.WriteString(`\u000` + map[byte]string{'\b': "8", '\f': "c"}[s[i]])
		}
		start = i + 1
	}
	out.WriteByte('"')
	return out.String()
}

// same fails when either form differs from its oracle.
func same(t *testing.T, s string) {
	t.Helper()
	if got, want := string(Append(nil, s)), oracle(s); got != want {
		t.Fatalf("Append(%q) = %s, want %s", s, got, want)
	}
	if got, want := string(AppendLongBF(nil, s)), oracleLongBF(s); got != want {
		t.Fatalf("AppendLongBF(%q) = %s, want %s", s, got, want)
	}
}

func TestAppend(t *testing.T) {
	for _, s := range []string{
		"",
		"Japanese text left in the English edition",
		`"写真1" \ C:\path`,
		"a\bb\fc\nd\re\tf",
		"\x00\x01\x1b\x1f\x7f",
		"<a href=\"x\">&amp;</a>",
		"一\u2028二\u2029三",
		"ok\xffbad\xe3\x81end\xe3",
		"bad\xe3\x81\bthen\f\xe2\x80",
		"😀\uFEFF𠮷",
	} {
		same(t, s)
	}
	if got := string(AppendLongBF([]byte("x"), "\b\f\n")); got != `x"\u0008\u000c\n"` {
		t.Fatalf("AppendLongBF = %s", got)
	}
}

func FuzzAppend(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\x00\u2028\xff", "対訳\n", "\b\f\xe3\x81\b"} {
		f.Add(s)
	}
	f.Fuzz(same)
}
