package signing

import (
	"os"
	"strings"

	"github.com/BurntSushi/toml"

	"taiyaku/app/problem"
)

// TrustedFile is the name of the keys file looked for beside a release
// when the preferences name none.
const TrustedFile = "taiyaku-approvers.toml"

// maxTrustedSize bounds the keys file: a list of names and keys.
const maxTrustedSize = 1 << 20

// Approver is one trusted approver of the keys file.
type Approver struct {
	Name string `toml:"name"`
	Role string `toml:"role"`
	Key  string `toml:"key"` // Ed25519 public key, base64
}

// Trusted is the list of approvers whose signatures the gate accepts.
type Trusted struct {
	Path  string
	byKey map[string]Approver
}

// LoadTrusted reads a keys file:
//
//	[[approver]]
//	name = "佐藤 花子"
//	role = "広報室長"
//	key = "base64 public key"
func LoadTrusted(path string) (*Trusted, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	if !fi.Mode().IsRegular() || fi.Size() > maxTrustedSize {
		return nil, problem.New("ErrKeysFile", "File", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	var doc struct {
		Approver []Approver `toml:"approver"`
	}
	if _, err := toml.Decode(string(data), &doc); err != nil {
		return nil, problem.New("ErrKeysFile", "File", path)
	}
	t := &Trusted{Path: path, byKey: map[string]Approver{}}
	for _, a := range doc.Approver {
		k := strings.TrimSpace(a.Key)
		if !validKey(k) {
			return nil, problem.New("ErrKeysFile", "File", path)
		}
		t.byKey[k] = a
	}
	return t, nil
}

// Lookup finds the approver who holds key.
func (t *Trusted) Lookup(key string) (Approver, bool) {
	if t == nil {
		return Approver{}, false
	}
	a, ok := t.byKey[key]
	return a, ok
}

// Entry is the keys-file entry for an approver, to hand to whoever keeps
// the ministry's list.
func Entry(name, role, key string) string {
	q := func(s string) string { return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"` }
	return "[[approver]]\nname = " + q(name) + "\nrole = " + q(role) + "\nkey = " + q(key) + "\n"
}

func validKey(k string) bool {
	return Fingerprint(k) != "?" && len(k) == 44
}

// NoneTrusted is a keys file that lists no one: every approval fails the
// gate (used when the chosen keys file cannot be read).
func NoneTrusted() *Trusted { return &Trusted{byKey: map[string]Approver{}} }
