package i18n

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// unmarshalMessages is the TOML reader of the message bundles. The message
// files use a small part of TOML: comments, `Key = "text"`, `Key = """text
// over lines"""`, and `[Key]` tables of plural forms. Reading that part
// directly takes a fraction of the general TOML library's time, which was
// most of what a command paid to print its first message. Anything outside
// it goes to the library, so the result is always the library's.
func unmarshalMessages(data []byte, v any) error {
	m, err := parseMessageTOML(string(data))
	if err != nil {
		return toml.Unmarshal(data, v)
	}
	p, ok := v.(*any)
	if !ok {
		return toml.Unmarshal(data, v)
	}
	*p = m
	return nil
}

// errOutsideSubset sends a file to the TOML library.
var errOutsideSubset = errors.New("outside the TOML subset of the message files")

// parseMessageTOML reads the subset into what toml.Unmarshal gives for an
// `any`: strings, and tables as map[string]any.
func parseMessageTOML(src string) (map[string]any, error) {
	if !utf8.ValidString(src) || strings.ContainsRune(src, '\r') {
		return nil, errOutsideSubset
	}
	root := map[string]any{}
	table := root
	for len(src) > 0 {
		line, rest, _ := strings.Cut(src, "\n")
		trimmed := strings.TrimLeft(line, " \t")
		var err error
		switch {
		case isLineEnd(trimmed):
			src = rest
		case trimmed[0] == '[':
			table, err = openTable(root, trimmed)
			src = rest
		default:
			src, err = keyValue(table, strings.TrimLeft(src, " \t"))
		}
		if err != nil {
			return nil, err
		}
	}
	return root, nil
}

// openTable starts the [Key] table of plural forms named on line.
func openTable(root map[string]any, line string) (map[string]any, error) {
	end := strings.IndexByte(line, ']')
	if end < 0 || !isBareKey(line[1:end]) || !isLineEnd(line[end+1:]) {
		return nil, errOutsideSubset
	}
	key := line[1:end]
	if _, dup := root[key]; dup {
		return nil, errOutsideSubset
	}
	t := map[string]any{}
	root[key] = t
	return t, nil
}

// keyValue reads `key = string` at the start of src into table and returns
// what follows the line. The key is bare or a "quoted" string.
func keyValue(table map[string]any, src string) (string, error) {
	key, src, err := readKey(src)
	if err != nil {
		return "", err
	}
	if _, dup := table[key]; dup {
		return "", errOutsideSubset
	}
	var value string
	if strings.HasPrefix(src, `"""`) {
		value, src, err = multiLineString(src[3:])
	} else if strings.HasPrefix(src, `"`) {
		value, src, err = basicString(src[1:])
	} else {
		return "", errOutsideSubset
	}
	if err != nil {
		return "", err
	}
	line, rest, _ := strings.Cut(src, "\n")
	if !isLineEnd(line) {
		return "", errOutsideSubset
	}
	table[key] = value
	return rest, nil
}

// readKey reads a key and the equals sign after it, and returns the key
// and the text after the sign, its blanks skipped.
func readKey(src string) (key, rest string, err error) {
	if strings.HasPrefix(src, `"`) {
		key, rest, err = basicString(src[1:])
	} else {
		end := strings.IndexAny(src, " \t=")
		if end < 0 {
			return "", "", errOutsideSubset
		}
		key, rest = src[:end], src[end:]
		if !isBareKey(key) {
			return "", "", errOutsideSubset
		}
	}
	rest = strings.TrimLeft(rest, " \t")
	if err != nil || !strings.HasPrefix(rest, "=") {
		return "", "", errOutsideSubset
	}
	return key, strings.TrimLeft(rest[1:], " \t"), nil
}

// basicString reads a "…" string whose opening quote is gone; it returns
// the value and what follows the closing quote.
func basicString(src string) (string, string, error) {
	end := strings.IndexAny(src, "\"\\\n")
	if end >= 0 && src[end] == '"' && !hasControl(src[:end]) {
		return src[:end], src[end+1:], nil // the common case: no escapes
	}
	var b strings.Builder
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '"':
			return b.String(), src[i+1:], nil
		case c == '\\':
			n, err := unescape(&b, src[i:])
			if err != nil {
				return "", "", err
			}
			i += n
		case isControl(c):
			return "", "", errOutsideSubset
		default:
			b.WriteByte(c)
			i++
		}
	}
	return "", "", errOutsideSubset
}

// multiLineString reads a """…""" string whose opening quotes are gone. A
// line break right after them is not part of the value; a backslash at a
// line's end (which joins lines) and quotes next to the closing ones are
// left to the library.
func multiLineString(src string) (string, string, error) {
	src = strings.TrimPrefix(src, "\n")
	end := strings.Index(src, `"""`)
	if end < 0 || strings.HasPrefix(src[end+3:], `"`) || end > 0 && src[end-1] == '\\' {
		return "", "", errOutsideSubset
	}
	body := src[:end]
	if strings.Contains(body, "\\\n") || strings.Contains(body, "\\ ") || strings.Contains(body, "\\\t") {
		return "", "", errOutsideSubset
	}
	var b strings.Builder
	for i := 0; i < len(body); {
		c := body[i]
		switch {
		case c == '\\':
			n, err := unescape(&b, body[i:])
			if err != nil {
				return "", "", err
			}
			i += n
		case isControl(c) && c != '\n':
			return "", "", errOutsideSubset
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), src[end+3:], nil
}

// unescape writes the escape at the start of s (a backslash and what
// follows) and returns its length in s.
func unescape(b *strings.Builder, s string) (int, error) {
	if len(s) < 2 {
		return 0, errOutsideSubset
	}
	if r, ok := shortEscapes[s[1]]; ok {
		b.WriteByte(r)
		return 2, nil
	}
	digits := map[byte]int{'u': 4, 'U': 8}[s[1]]
	if digits == 0 || len(s) < 2+digits {
		return 0, errOutsideSubset
	}
	code, err := strconv.ParseUint(s[2:2+digits], 16, 32)
	if err != nil || !utf8.ValidRune(rune(code)) || strings.ContainsAny(s[2:2+digits], "+-_") {
		return 0, errOutsideSubset
	}
	b.WriteRune(rune(code))
	return 2 + digits, nil
}

var shortEscapes = map[byte]byte{'"': '"', '\\': '\\', 'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f'}

// isLineEnd tells whether what is left of a line is blank or a comment.
func isLineEnd(s string) bool {
	s = strings.TrimLeft(s, " \t")
	return s == "" || s[0] == '#' && !hasControl(s)
}

func isBareKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// isControl: TOML strings hold no control characters but tab.
func isControl(c byte) bool { return c < 0x20 && c != '\t' || c == 0x7F }

func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if isControl(s[i]) {
			return true
		}
	}
	return false
}
