package release

import (
	"bytes"
	"encoding/json"
	"errors"
	"unicode/utf8"
)

// A release file is read in one validating pass of encoding/json and then
// walked member by member with the small scanner below, instead of letting
// encoding/json decode every unit through maps and re-validate each field:
// that keeps a 10,000-unit file well under the 200 ms load target.

// member is one "key": value pair of a JSON object, the value raw.
type member struct {
	key string
	val []byte
}

// object is a JSON object read field by field: known fields are taken out,
// and whatever remains is kept verbatim as unknown fields.
type object []member

var errNotObject = errors.New("not a JSON object")

// decodeObject splits valid JSON into its members. The input must already
// have passed json.Valid; only the shape (an object) is checked here.
func decodeObject(data []byte) (object, error) {
	data = bytes.TrimSpace(data)
	if len(data) < 2 || data[0] != '{' {
		return nil, errNotObject
	}
	o, _, err := objectAt(data, 0)
	return o, err
}

// objectAt splits the object that starts at data[start] ('{') and returns
// the index just past it: the units of a release are read this way, each
// scanned once.
func objectAt(data []byte, start int) (object, int, error) {
	o := make(object, 0, 6) // a unit has five or six members
	i := skipSpace(data, start+1)
	for i < len(data) && data[i] != '}' {
		kEnd := skipString(data, i)
		key, err := decodeString(data[i:kEnd])
		if err != nil {
			return nil, 0, err
		}
		vStart := skipSpace(data, skipSpace(data, kEnd)+1) // past ':'
		vEnd := skipValue(data, vStart)
		o = o.set(key, data[vStart:vEnd])
		i = skipSpace(data, vEnd)
		if i < len(data) && data[i] == ',' {
			i = skipSpace(data, i+1)
		}
	}
	return o, min(i+1, len(data)), nil
}

// set adds a member; a repeated key keeps the last value, as
// encoding/json does.
func (o object) set(key string, val []byte) object {
	for k := range o {
		if o[k].key == key {
			o[k].val = val
			return o
		}
	}
	return append(o, member{key, val})
}

// take decodes key into dst and removes it; a missing key leaves dst as is.
// Strings, the common case, bypass reflection.
func (o *object) take(key string, dst any) error {
	for k, m := range *o {
		if m.key != key {
			continue
		}
		*o = append((*o)[:k:k], (*o)[k+1:]...)
		if s, ok := dst.(*string); ok && len(m.val) > 0 && m.val[0] == '"' {
			v, err := decodeString(m.val)
			*s = v
			return err
		}
		if k, ok := dst.(*Kind); ok && len(m.val) > 0 && m.val[0] == '"' {
			v, err := decodeString(m.val)
			*k = Kind(v)
			return err
		}
		return json.Unmarshal(m.val, dst)
	}
	return nil
}

// takeRaw removes key and returns its value as it is in the data, or nil
// when key is missing (json.RawMessage through encoding/json would
// validate and copy the whole units array once more).
func (o *object) takeRaw(key string) []byte {
	for k, m := range *o {
		if m.key == key {
			*o = append((*o)[:k:k], (*o)[k+1:]...)
			return m.val
		}
	}
	return nil
}

// rest returns the fields not taken, or nil when there are none.
func (o object) rest() map[string][]byte {
	if len(o) == 0 {
		return nil
	}
	m := make(map[string][]byte, len(o))
	for _, x := range o {
		m[x.key] = bytes.Clone(x.val)
	}
	return m
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t') {
		i++
	}
	return i
}

// skipString returns the index just past the string starting at data[i].
func skipString(data []byte, i int) int {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(data)
}

// skipValue returns the index just past the value starting at data[i].
func skipValue(data []byte, i int) int {
	if i >= len(data) {
		return i
	}
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(data); j++ {
			switch data[j] {
			case '"':
				j = skipString(data, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return len(data)
	}
	j := i
	for j < len(data) && !bytes.ContainsRune([]byte(",}] \n\r\t"), rune(data[j])) {
		j++
	}
	return j
}

// decodeString unquotes a JSON string; plain strings without escapes are
// copied directly.
func decodeString(raw []byte) (string, error) {
	if len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' {
		inner := raw[1 : len(raw)-1]
		if bytes.IndexByte(inner, '\\') < 0 && utf8.Valid(inner) {
			return string(inner), nil
		}
	}
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err
}
