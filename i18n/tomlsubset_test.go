package i18n

import (
	"io/fs"
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"

	"taiyaku/locales"
)

// libraryTOML is what the TOML library reads from src, the reference.
func libraryTOML(src string) (any, error) {
	var v any
	err := toml.Unmarshal([]byte(src), &v)
	return v, err
}

// Every message file must be read by the fast reader, and read the same
// as by the library: otherwise it silently costs the library's time.
func TestMessageFilesInSubset(t *testing.T) {
	files, err := fs.Glob(locales.FS, "*.toml")
	if err != nil || len(files) == 0 {
		t.Fatal("no message files")
	}
	for _, f := range files {
		data, _ := locales.FS.ReadFile(f)
		got, err := parseMessageTOML(string(data))
		if err != nil {
			t.Errorf("%s: outside the subset the fast reader takes (%v); keep to `Key = \"text\"`, \"\"\"text\"\"\" and [Key] plural tables", f, err)
			continue
		}
		want, err := libraryTOML(string(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if !reflect.DeepEqual(any(got), want) {
			t.Errorf("%s: the fast reader and the library disagree", f)
		}
	}
}

func TestParseMessageTOML(t *testing.T) {
	cases := []struct {
		name, src string
		inSubset  bool
	}{
		{"plain", "A = \"x\"\n", true},
		{"comments and blanks", "# c\n\n  A = \"x\" # tail\n\t# c2\n", true},
		{"escapes", `A = "q\" b\\ n\n t\t u\u00e9 U\U0001F600 b\b f\f r\r"` + "\n", true},
		{"multi-line", "A = \"\"\"\nline 1\n\nline \"2\" \\u3042\"\"\"\nB = \"y\"\n", true},
		{"multi-line on the key's line", "A = \"\"\"one\ntwo\"\"\"  # c\n", true},
		{"plural table", "A = \"x\"\n[P]\none = \"1 thing\"\nother = \"{{.Count}} things\"\n\n[Q]\nother = \"z\"\n", true},
		{"no final line break", `A = "x"`, true},
		{"empty", "", true},
		{"integer", "A = 1\n", false},
		{"literal string", "A = 'x'\n", false},
		{"quoted key", "\"A_b-c\" = \"x\"\n\"a b\"=\"y\"\n", true},
		{"quoted key like a bare one", "\"A\" = \"x\"\nA = \"y\"\n", false},
		{"literal key", "'A' = \"x\"\n", false},
		{"dotted key", "A.B = \"x\"\n", false},
		{"duplicate key", "A = \"x\"\nA = \"y\"\n", false},
		{"duplicate table", "[P]\none = \"x\"\n[P]\nother = \"y\"\n", false},
		{"array table", "[[P]]\none = \"x\"\n", false},
		{"line-ending backslash", "A = \"\"\"a \\\n  b\"\"\"\n", false},
		{"quote before closing", "A = \"\"\"a\"\"\"\"\n", false},
		{"escaped quote before closing", "A = \"\"\"a\\\"\"\"\"\n", false},
		{"unknown escape", `A = "\e"` + "\n", false},
		{"surrogate escape", `A = "\ud800"` + "\n", false},
		{"unterminated", "A = \"x\n", false},
		{"text after value", "A = \"x\" y\n", false},
		{"CR LF", "A = \"x\"\r\n", false},
		{"control in comment", "# a\x01\nA = \"x\"\n", false},
		{"raw tab in string", "A = \"a\tb\"\n", true},
		{"invalid UTF-8", "A = \"\xff\"\n", false},
	}
	for _, c := range cases {
		got, err := parseMessageTOML(c.src)
		if (err == nil) != c.inSubset {
			t.Errorf("%s: in subset %v, want %v (%v)", c.name, err == nil, c.inSubset, err)
			continue
		}
		if err != nil {
			continue
		}
		want, lerr := libraryTOML(c.src)
		if lerr != nil || !reflect.DeepEqual(any(got), want) {
			t.Errorf("%s: %#v, library %#v (%v)", c.name, got, want, lerr)
		}
	}
}

// Whatever the fast reader accepts, the library reads the same way.
func FuzzParseMessageTOML(f *testing.F) {
	for _, s := range []string{"A = \"x\"\n", "[P]\none = \"a\\u00e9\"\nother = \"\"\"\nb\"\"\"\n", "# c\nA = \"q\\\"\" # t\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		got, err := parseMessageTOML(src)
		if err != nil {
			return
		}
		want, lerr := libraryTOML(src)
		if lerr != nil {
			t.Fatalf("%q: fast reader took it, library refused: %v", src, lerr)
		}
		if !reflect.DeepEqual(any(got), want) {
			t.Fatalf("%q: %#v, library %#v", src, got, want)
		}
	})
}

// BenchmarkParseMessageTOML reads the English messages with the fast
// reader and with the library, for comparison.
func BenchmarkParseMessageTOML(b *testing.B) {
	data, _ := locales.FS.ReadFile("active.en.toml")
	b.Run("subset", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := parseMessageTOML(string(data)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("library", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := libraryTOML(string(data)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
