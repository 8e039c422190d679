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

// int adds v in decimal, as %d writes it: the digits are hashed as they
// are found, most significant first, with no buffer to format into.
func (h keyHash) int(v int) keyHash {
	u := uint64(v)
	if v < 0 {
		h, u = h.byte('-'), -u
	}
	return h.uint(u)
}

// uint adds u in decimal. Below 10,000 (days, months, years, most
// counts) the digits are hashed as they are cut off, most significant
// first, with no buffer and no loop.
func (h keyHash) uint(u uint64) keyHash {
	switch {
	case u < 10:
		return h.byte(byte('0' + u))
	case u < 100:
		return h.byte(byte('0' + u/10)).byte(byte('0' + u%10))
	case u < 1000:
		return h.byte(byte('0' + u/100)).byte(byte('0' + u/10%10)).byte(byte('0' + u%10))
	case u < 10000:
		return h.byte(byte('0' + u/1000)).byte(byte('0' + u/100%10)).byte(byte('0' + u/10%10)).byte(byte('0' + u%10))
	}
	var buf [20]byte
	i := len(buf)
	for ; u >= 10; u /= 10 {
		i--
		buf[i] = byte('0' + u%10)
	}
	i--
	buf[i] = byte('0' + u)
	return h.bytes(buf[i:])
}

// float adds v as %g writes it (the shortest representation). Most
// numbers are whole and below a million, which %g writes as integers;
// larger whole numbers (amounts of yen) it writes with an exponent.
func (h keyHash) float(v float64) keyHash {
	if v > -1e6 && v < 1e6 && v == math.Trunc(v) && !(v == 0 && math.Signbit(v)) {
		return h.int(int(v))
	}
	if v >= 1e6 && v < 1<<53 && v == math.Trunc(v) {
		return h.exponent(uint64(v))
	}
	var buf [32]byte
	return h.bytes(strconv.AppendFloat(buf[:0], v, 'g', -1, 64))
}

// exponent adds a whole number u of seven digits or more, below 2^53, as
// %g writes it: its digits less the trailing zeros, which are the shortest
// that name u exactly (doubles there lie at most 1 apart), as "5.02e+10".
func (h keyHash) exponent(u uint64) keyHash {
	var buf [20]byte
	i := len(buf)
	for ; u > 0; u /= 10 {
		i--
		buf[i] = byte('0' + u%10)
	}
	digits := buf[i:]
	exp := len(digits) - 1
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	h = h.byte(digits[0])
	if len(digits) > 1 {
		h = h.byte('.').bytes(digits[1:])
	}
	h = h.byte('e').byte('+')
	if exp < 10 {
		h = h.byte('0') // %g writes two digits at least
	}
	return h.uint(uint64(exp))
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
