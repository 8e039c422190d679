package i18n

import (
	"strconv"
	"strings"
)

// simpleTemplate is a message made of text and {{.Name}} fields only, as
// almost every message is. go-i18n runs each message through text/template
// (reflection, an interface per field, language matching per call: about
// 4 µs a message); a finding's report line takes several messages, so a
// report of thousands of findings spent most of its time there. A simple
// template is cut into parts once, when the bundle is read, and rendered
// by concatenation. Anything else (plural forms, conditions, pipes, other
// value types) still goes through go-i18n.
type simpleTemplate struct {
	// parts alternate literal text and field names: text, field, text, …,
	// text; so a template without fields is one part.
	parts []string
}

// compileSimple cuts src into a simple template, or says it is not one.
func compileSimple(src string) (simpleTemplate, bool) {
	var parts []string
	for {
		i := strings.Index(src, "{{")
		if i < 0 {
			return simpleTemplate{append(parts, src)}, true
		}
		end := strings.Index(src[i:], "}}")
		if end < 0 {
			return simpleTemplate{}, false
		}
		name, ok := strings.CutPrefix(src[i+2:i+end], ".")
		if !ok || !isFieldName(name) {
			return simpleTemplate{}, false
		}
		parts = append(parts, src[:i], name)
		src = src[i+end+2:]
	}
}

// isFieldName accepts the names text/template reads as a map key after a
// dot: a letter or underscore, then letters, digits and underscores (ASCII
// only; other names go through go-i18n).
func isFieldName(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// render fills the fields from kv (key, value pairs; a later pair wins, as
// in the map go-i18n is given). It reports false for a value whose text
// only text/template can tell (anything but strings, integers and
// booleans), and then the caller uses go-i18n.
func (t simpleTemplate) render(kv []any) (string, bool) {
	if len(t.parts) == 1 {
		return t.parts[0], true
	}
	var b strings.Builder
	for i, p := range t.parts {
		if i%2 == 0 {
			b.WriteString(p)
			continue
		}
		if !appendValue(&b, lookup(kv, p)) {
			return "", false
		}
	}
	return b.String(), true
}

// noValue marks a field missing from kv; text/template prints "<no value>".
type noValue struct{}

func lookup(kv []any, name string) any {
	var v any = noValue{}
	for i := 0; i+1 < len(kv); i += 2 {
		if key(kv[i]) == name {
			v = kv[i+1]
		}
	}
	return v
}

// appendValue writes v as text/template prints it, for the types whose
// printing is plain.
func appendValue(b *strings.Builder, v any) bool {
	switch v := v.(type) {
	case noValue:
		b.WriteString("<no value>")
	case string:
		b.WriteString(v)
	case int:
		b.WriteString(strconv.Itoa(v))
	case int64:
		b.WriteString(strconv.FormatInt(v, 10))
	case bool:
		b.WriteString(strconv.FormatBool(v))
	default:
		return false
	}
	return true
}
