// Package signing holds the approvers' keys: each user's Ed25519 key pair,
// made on the first approval and kept in the user's configuration folder,
// and the list of trusted approvers that a ministry distributes. It signs
// and verifies with the standard library only, offline.
package signing

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"taiyaku/app/problem"
	"taiyaku/app/storage"
)

// KeyFile is the name of a user's private key inside the folder given to
// LoadOrCreate (the user's Taiyaku configuration folder).
const KeyFile = "approver.key"

// Identity is the user's key pair.
type Identity struct {
	private ed25519.PrivateKey
}

// LoadOrCreate reads the user's key from dir, or makes one and writes it
// there, readable by the user alone. The file holds the base64 seed.
func LoadOrCreate(dir string) (*Identity, error) {
	path := filepath.Join(dir, KeyFile)
	data, err := os.ReadFile(path)
	if err == nil {
		seed, derr := base64.StdEncoding.DecodeString(strings.TrimSpace(string(data)))
		if derr != nil || len(seed) != ed25519.SeedSize {
			return nil, problem.New("ErrKeyFile", "File", path)
		}
		return &Identity{ed25519.NewKeyFromSeed(seed)}, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	seed := make([]byte, ed25519.SeedSize)
	if _, err := rand.Read(seed); err != nil {
		return nil, problem.Wrap(err, "ErrWrite", "File", path)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, problem.Wrap(err, "ErrWrite", "File", path)
	}
	if err := storage.WriteFile(path, []byte(base64.StdEncoding.EncodeToString(seed)+"\n"), 0o600); err != nil {
		return nil, problem.Wrap(err, "ErrWrite", "File", path)
	}
	return &Identity{ed25519.NewKeyFromSeed(seed)}, nil
}

// Key is the public key, base64: what approvals and the keys file carry.
func (id *Identity) Key() string {
	return base64.StdEncoding.EncodeToString(id.private.Public().(ed25519.PublicKey))
}

// Sign signs msg and returns the signature, base64.
func (id *Identity) Sign(msg []byte) string {
	return base64.StdEncoding.EncodeToString(ed25519.Sign(id.private, msg))
}

// Verify tells whether sig (base64) is key's (base64) signature of msg.
func Verify(key, sig string, msg []byte) bool {
	k, err := base64.StdEncoding.DecodeString(key)
	if err != nil || len(k) != ed25519.PublicKeySize {
		return false
	}
	s, err := base64.StdEncoding.DecodeString(sig)
	if err != nil || len(s) != ed25519.SignatureSize {
		return false
	}
	return ed25519.Verify(ed25519.PublicKey(k), msg, s)
}

// Fingerprint is a short, readable name of a key for messages: the first
// 16 hex digits of the SHA-256 of the key's bytes.
func Fingerprint(key string) string {
	k, err := base64.StdEncoding.DecodeString(key)
	if err != nil {
		return "?"
	}
	sum := sha256.Sum256(k)
	return hex.EncodeToString(sum[:8])
}
