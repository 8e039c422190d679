package importtext

import (
	"math"
	"strconv"
)

// keyHash is 32-bit FNV-1a, written inline so that a fact's key is hashed
// from its parts without formatting a string first: the keys are the
// same values fmt.Sprintf and hash/fnv made, at a fraction of the cost
// (factKeys runs on every block of both editions).
type keyHash uint32

const (
	fnvOffset keyHash = 2166136261
	fnvPrime  keyHash = 16777619
)

// newKey starts a key with its one-letter kind ('n' number, 'd' date…).
func newKey(kind byte) keyHash { return fnvOffset.byte(kind) }

func (h keyHash) byte(c byte) keyHash { return (h ^ keyHash(c)) * fnvPrime }

func (h keyHash) str(s string) keyHash {
	for i := 0; i < len(s); i++ {
		h = h.byte(s[i])
	}
	return h
}

func (h keyHash) bytes(b []byte) keyHash {
	for _, c := range b {
		h = h.byte(c)
	}
	return h
}

// int adds v in decimal, as %d writes it.
func (h keyHash) int(v int) keyHash {
	var buf [24]byte
	return h.bytes(strconv.AppendInt(buf[:0], int64(v), 10))
}

// float adds v as %g writes it (the shortest representation). Most
// numbers are whole and below a million, which %g writes as integers.
func (h keyHash) float(v float64) keyHash {
	if v > -1e6 && v < 1e6 && v == math.Trunc(v) && !(v == 0 && math.Signbit(v)) {
		return h.int(int(v))
	}
	var buf [32]byte
	return h.bytes(strconv.AppendFloat(buf[:0], v, 'g', -1, 64))
}

// lower adds s lower-cased (ASCII letters only, as keys need).
func (h keyHash) lower(s string) keyHash {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = h.byte(c)
	}
	return h
}

func (h keyHash) bool(b bool) keyHash {
	if b {
		return h.str("true")
	}
	return h.str("false")
}

// hash is the key of a whole string.
func hash(s string) uint32 { return uint32(fnvOffset.str(s)) }
