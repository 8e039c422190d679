package release

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"unicode/utf8"

	"taiyaku/app/problem"
	"taiyaku/app/storage"
)

// FormatName and FormatVersion identify the .taiyaku file format. A file
// with a larger version is refused rather than half-understood.
const (
	FormatName    = "taiyaku"
	FormatVersion = 1
	Extension     = ".taiyaku"
)

// Load reads and validates a release file. Errors are *problem.Error values
// naming the file and, for syntax errors, the line and column.
func Load(path string) (*Release, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	return Decode(path, data)
}

// Decode is Load of bytes already read from path (which errors name).
func Decode(path string, data []byte) (*Release, error) {
	r, err := Unmarshal(data)
	if err != nil {
		var p *problem.Error
		if errors.As(err, &p) {
			p.Data["File"] = path
			return nil, p
		}
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	return r, nil
}

// Save writes r to path atomically, pretty-printed with sorted keys, and
// keeps the version it replaces in path + ".bak" (storage.WriteFileWithBackup,
// whose *problem.Error, "ErrWrite" or "ErrBackup", it returns).
func Save(path string, r *Release) error {
	data, err := Marshal(r)
	if err != nil {
		return err
	}
	return storage.WriteFileWithBackup(path, data, 0o644)
}

// SaveIf is Save that writes only if the file on disk is still the one
// fingerprinted by expect (storage.WriteFileWithBackupIf): the last step of
// a read-change-write made under the release's lock.
func SaveIf(path string, r *Release, expect storage.Fingerprint) error {
	data, err := Marshal(r)
	if err != nil {
		return err
	}
	return storage.WriteFileWithBackupIf(path, data, 0o644, expect)
}

// Unmarshal decodes and validates a release document.
func Unmarshal(data []byte) (*Release, error) {
	if err := validJSON(data); err != nil {
		return nil, syntaxProblem(data, err)
	}
	if off, id := badText(data); id != "" {
		line, col := position(data, int64(off)+1)
		return nil, problem.New(id, "Line", line, "Column", col)
	}
	obj, err := decodeObject(data)
	if err != nil {
		return nil, problem.New("ErrNotRelease")
	}
	var format string
	var version int
	if err := obj.take("format", &format); err != nil || format != FormatName {
		return nil, problem.New("ErrNotRelease")
	}
	if err := obj.take("version", &version); err != nil || version < 1 {
		return nil, problem.New("ErrNotRelease")
	}
	if version > FormatVersion {
		return nil, problem.New("ErrNewerVersion", "Version", version, "Supported", FormatVersion)
	}
	r := &Release{}
	if err := obj.take("meta", &r.Meta); err != nil {
		return nil, problem.Wrap(err, "ErrBadField", "Field", "meta")
	}
	units := obj.takeRaw("units")
	if len(units) == 0 || units[0] != '[' {
		return nil, problem.New("ErrBadField", "Field", "units")
	}
	if err := r.decodeUnits(units); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		key string
		dst any
	}{{"ignored", &r.Ignored}, {"approvals", &r.Review.Approvals}, {"comments", &r.Review.Comments}, {"trail", &r.Review.Trail}} {
		if err := obj.take(f.key, f.dst); err != nil {
			return nil, problem.Wrap(err, "ErrBadField", "Field", f.key)
		}
	}
	r.Extra = obj.rest()
	return r, r.validate()
}

// validate refuses what the editor could not show faithfully: missing or
// repeated ids and unknown kinds.
func (r *Release) validate() error {
	seen := make(map[string]bool, len(r.Units))
	for i := range r.Units {
		u := &r.Units[i]
		switch {
		case u.ID == "" || seen[u.ID]:
			return problem.New("ErrBadUnit", "Unit", i+1, "Field", "id")
		case !u.Kind.Valid():
			return problem.New("ErrBadUnit", "Unit", i+1, "Field", "kind")
		}
		seen[u.ID] = true
		u.StatusJA = defaultStatus(u.StatusJA)
		u.StatusEN = defaultStatus(u.StatusEN)
	}
	return nil
}

func defaultStatus(s Status) Status {
	switch s {
	case Translated, Reviewed:
		return s
	}
	return Draft
}

// syntaxProblem turns a JSON error into a message with line and column.
func syntaxProblem(data []byte, err error) error {
	offset := int64(len(data))
	var se *json.SyntaxError
	if errors.As(err, &se) {
		offset = se.Offset
	}
	line, col := position(data, offset)
	if len(bytes.TrimSpace(data)) == 0 {
		return problem.New("ErrEmpty")
	}
	return problem.Wrap(err, "ErrSyntax", "Line", line, "Column", col)
}

// position gives the 1-based line and column, in characters, of the byte
// at offset-1: encoding/json reports an error "after reading offset bytes".
func position(data []byte, offset int64) (line, col int) {
	at := int(min(max(offset-1, 0), int64(len(data))))
	for at > 0 && at < len(data) && !utf8.RuneStart(data[at]) {
		at-- // the start of the character that holds the byte
	}
	before := data[:at]
	start := bytes.LastIndexByte(before, '\n') + 1
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = utf8.RuneCount(before[start:]) + 1
	return line, col
}

// unitStatus is the per-edition status object of a unit in the file.
type unitStatus struct {
	JA Status `json:"ja"`
	EN Status `json:"en"`
}

// decode reads a unit's status object (raw nil: none). The object as
// written, {"en": "…", "ja": "…"} with plain strings, is read directly;
// anything else (keys in other cases, null, escapes) the way
// encoding/json reads it.
func (st *unitStatus) decode(raw []byte) error {
	if raw == nil {
		return nil
	}
	if obj, err := decodeObject(raw); err == nil && len(obj) <= 2 {
		plain := true
		for _, m := range obj {
			plain = plain && (m.key == "ja" || m.key == "en") && plainString(m.val)
		}
		if plain {
			for _, m := range obj {
				s := Status(m.val[1 : len(m.val)-1])
				if m.key == "ja" {
					st.JA = s
				} else {
					st.EN = s
				}
			}
			return nil
		}
	}
	return json.Unmarshal(raw, st)
}

// plainString tells whether raw is a JSON string without escapes, whose
// bytes are its value.
func plainString(raw []byte) bool {
	return len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' &&
		bytes.IndexByte(raw[1:len(raw)-1], '\\') < 0 && utf8.Valid(raw[1:len(raw)-1])
}

// validJSON is json.Valid with the error that says where it failed.
func validJSON(data []byte) error {
	if validFast(data) || json.Valid(data) {
		return nil
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	return errNotObject
}

// decodeUnits reads the units array element by element.
func (r *Release) decodeUnits(arr []byte) error {
	i := skipSpace(arr, 1)
	for i < len(arr) && arr[i] != ']' {
		var u Unit
		end, err := u.decodeAt(arr, i)
		if err != nil {
			return problem.Wrap(err, "ErrBadUnit", "Unit", len(r.Units)+1, "Field", "units")
		}
		r.Units = append(r.Units, u)
		i = skipSpace(arr, end)
		if i < len(arr) && arr[i] == ',' {
			i = skipSpace(arr, i+1)
		}
	}
	return nil
}

// UnmarshalJSON reads a unit and keeps the fields it does not know. The
// data must be valid JSON (Unmarshal checks the whole file first).
func (u *Unit) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	_, err := u.decodeAt(data, 0)
	return err
}

// decodeAt reads the unit whose value starts at data[i] and returns the
// index just past it.
func (u *Unit) decodeAt(data []byte, i int) (int, error) {
	if i >= len(data) || data[i] != '{' {
		return skipValue(data, i), errNotObject
	}
	obj, end, err := objectAt(data, i)
	if err != nil {
		return end, err
	}
	return end, u.take(obj)
}

// take fills u from the members of its object.
func (u *Unit) take(obj object) error {
	var st unitStatus
	for _, f := range []struct {
		key string
		dst any
	}{{"id", &u.ID}, {"kind", &u.Kind}, {"ja", &u.JA}, {"en", &u.EN}} {
		if err := obj.take(f.key, f.dst); err != nil {
			return fmt.Errorf("%s: %w", f.key, err)
		}
	}
	if err := st.decode(obj.takeRaw("status")); err != nil {
		return fmt.Errorf("status: %w", err)
	}
	u.StatusJA, u.StatusEN = st.JA, st.EN
	u.Extra = obj.rest()
	return nil
}

// UnmarshalJSON reads the metadata and keeps the fields it does not know.
func (m *Meta) UnmarshalJSON(data []byte) error {
	obj, err := decodeObject(data)
	if err != nil {
		return err
	}
	for k, dst := range map[string]*string{"ministry": &m.Ministry, "division": &m.Division, "release_id": &m.ReleaseID, "glossary": &m.Glossary} {
		if err := obj.take(k, dst); err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
	}
	m.Extra = obj.rest()
	return nil
}
