package i18n

import (
	"strings"
	"testing"
	"text/template"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// viaGoI18n renders a message the way every message was rendered before
// the simple templates: through go-i18n, the reference.
func viaGoI18n(l *Localizer, id string, kv []any) string {
	data := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		data[key(kv[i])] = kv[i+1]
	}
	s, err := l.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil {
		return id
	}
	return s
}

// fieldNames are the {{.Name}} fields of a simple template.
func fieldNames(t simpleTemplate) []string {
	var names []string
	for i := 1; i < len(t.parts); i += 2 {
		names = append(names, t.parts[i])
	}
	return names
}

// Every simple message of both languages renders as go-i18n renders it,
// with each kind of value the front ends pass, and with fields missing.
func TestSimpleMessagesMatchGoI18n(t *testing.T) {
	values := []any{"「写真1」 <a&b> \"q\"", 42, -7, int64(1) << 40, true, ""}
	for _, tag := range Supported {
		l := New(tag)
		l.load()
		if len(l.simple) < 100 {
			t.Fatalf("%v: only %d simple messages", tag, len(l.simple))
		}
		for id, tmpl := range l.simple {
			names := fieldNames(tmpl)
			for vi := range values {
				var kv []any
				for ni, n := range names {
					if (ni+vi)%4 != 3 { // leave some fields out
						kv = append(kv, n, values[(ni+vi)%len(values)])
					}
				}
				if got, want := l.T(id, kv...), viaGoI18n(l, id, kv); got != want {
					t.Errorf("%v %s %v: %q, go-i18n %q", tag, id, kv, got, want)
				}
			}
		}
	}
}

// Values other than strings, integers and booleans go through go-i18n.
func TestSimpleFallsBackOnOtherValues(t *testing.T) {
	l := New(language.English)
	kv := []any{"File", 1.5, "Line", []int{1}, "Column", nil}
	if got, want := l.T("ErrEncoding", kv...), viaGoI18n(l, "ErrEncoding", kv); got != want {
		t.Errorf("%q, go-i18n %q", got, want)
	}
}

func TestCompileSimple(t *testing.T) {
	cases := []struct {
		src    string
		simple bool
	}{
		{"plain text", true},
		{"", true},
		{"{{.A}} and {{.B_2}}: }} stays", true},
		{"{{.A}}{{.A}}", true},
		{"{{ .A }}", false},
		{"{{.}}", false},
		{"{{.A.B}}", false},
		{"{{if .A}}x{{end}}", false},
		{"{{.A | printf \"%d\"}}", false},
		{"{{- .A}}", false},
		{"{{.1A}}", false},
		{"unclosed {{.A", false},
		{"{{/* c */}}", false},
	}
	for _, c := range cases {
		if _, ok := compileSimple(c.src); ok != c.simple {
			t.Errorf("%q: simple %v, want %v", c.src, ok, c.simple)
		}
	}
}

// Whatever compileSimple takes, text/template (as go-i18n runs it) prints
// the same, with one field given and the others missing.
func FuzzCompileSimple(f *testing.F) {
	for _, s := range []string{"a {{.A}} b", "{{.X}}{{.Y}}", "}}{{.Z_9}}{"} {
		f.Add(s, "value")
	}
	f.Fuzz(func(t *testing.T, src, value string) {
		tmpl, ok := compileSimple(src)
		if !ok {
			return
		}
		ref, err := template.New("").Option("missingkey=default").Parse(src)
		if err != nil {
			t.Fatalf("%q: simple, but text/template refuses it: %v", src, err)
		}
		names := fieldNames(tmpl)
		data := map[string]any{}
		var kv []any
		if len(names) > 0 {
			data[names[0]] = value
			kv = []any{names[0], value}
		}
		var want strings.Builder
		if err := ref.Execute(&want, data); err != nil {
			t.Fatal(err)
		}
		if got, _ := tmpl.render(kv); got != want.String() {
			t.Fatalf("%q: %q, text/template %q", src, got, want.String())
		}
	})
}
