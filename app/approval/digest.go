// Package approval holds the rules of review: the digest an approval is
// given over, whether an edition changed since it was approved, what
// changed, comments, the hash-chained trail of events, and the gate that a
// final export must pass. The data it works on lives in release.Review;
// this package never prints and never touches the toolkit: errors are
// *problem.Error values and texts come through a translation function.
package approval

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strconv"
	"strings"
	"sync"
	"taiyaku/app/controlchar"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"taiyaku/app/problem"
	"taiyaku/app/release"
)

// digestVersion opens every digest's input, so that a later change of the
// normalisation gives different digests instead of silently equal ones.
const digestVersion = "taiyaku-edition-v1\n"

// normalise is the form of a text that an approval covers: line breaks as
// LF, Unicode NFC, no white space at either end. Edits that change only
// these do not make an approved edition "changed".
func normalise(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if !stableNFC(s) {
		s = norm.NFC.String(s)
	}
	return strings.TrimSpace(s)
}

// nfcSafe marks the runes of the Basic Multilingual Plane that NFC leaves
// alone wherever they stand: combining class 0, never composing with the
// rune before, their own NFC. A text of such runes only is in NFC (the
// quick check of UAX #15), which a bit test per rune tells five times
// faster than norm for Japanese text. Built on first use.
var nfcSafe struct {
	once sync.Once
	bits [0x10000 / 64]uint64
}

// stableNFC reports whether s is made of nfcSafe runes only.
func stableNFC(s string) bool {
	nfcSafe.once.Do(buildNFCSafe)
	for _, r := range s {
		if r >= 0x10000 || nfcSafe.bits[r>>6]&(1<<(r&63)) == 0 {
			return false
		}
	}
	return true
}

func buildNFCSafe() {
	for r := rune(0); r < 0x10000; r++ {
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if utf8.ValidRune(r) && p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.String(s) == s {
			nfcSafe.bits[r>>6] |= 1 << (r & 63)
		}
	}
}

// Rows returns edition ed's content as an approval keeps it: every unit
// whose text in ed is not empty once normalised, in document order, with
// its id, kind and normalised text. Furniture (a breadcrumb) is included:
// an approval covers the edition as the file holds it, so nothing in it
// can change unnoticed.
func Rows(r *release.Release, ed release.Edition) []release.ApprovedRow {
	rows, _ := rowsAt(r, ed)
	return rows
}

// rowsAt is Rows with the index in r.Units of each row.
func rowsAt(r *release.Release, ed release.Edition) ([]release.ApprovedRow, []int) {
	rows := make([]release.ApprovedRow, 0, len(r.Units))
	at := make([]int, 0, len(r.Units))
	for i := range r.Units {
		u := &r.Units[i]
		if t := normalise(u.Text(ed)); t != "" {
			rows = append(rows, release.ApprovedRow{ID: u.ID, Kind: u.Kind, Text: t})
			at = append(at, i)
		}
	}
	return rows, at
}

// Digest is the hex SHA-256 of edition ed's normalised content: each row's
// kind and text, length-prefixed so no two contents encode alike. Unit ids
// are left out: splitting and merging units back to the same text keeps
// the digest; any change of a text, a kind or the order changes it.
func Digest(r *release.Release, ed release.Edition) string {
	return digestRows(Rows(r, ed))
}

// digestRows hashes rows as Digest describes.
func digestRows(rows []release.ApprovedRow) string {
	h := sha256.New()
	h.Write([]byte(digestVersion))
	for _, row := range rows {
		writeField(h, string(row.Kind))
		writeField(h, row.Text)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// writeField writes s as "<byte length>:<s>;", an encoding no two
// sequences of strings share.
func writeField(h hash.Hash, s string) {
	h.Write([]byte(strconv.Itoa(len(s))))
	h.Write([]byte{':'})
	h.Write([]byte(s))
	h.Write([]byte{';'})
}

// stamp formats a time as the file stores it: RFC 3339 in UTC.
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// Editions lists the two editions in the order reports show them.
var Editions = []release.Edition{release.JA, release.EN}

// checkEdition refuses anything but "ja" and "en".
func checkEdition(ed release.Edition) error {
	if ed != release.JA && ed != release.EN {
		return problem.New("ErrBadEdition", "Edition", string(ed))
	}
	return nil
}

// required trims s and returns a problem with message id when nothing is
// left, or when s holds a control character or a line break: names, roles
// and reasons are printed in reports and on terminals, where one could
// forge a line.
func required(s, id string) (string, error) { return field(s, id, true) }

// requiredText is required for a text of several lines (a comment).
func requiredText(s, id string) (string, error) { return field(s, id, false) }

func field(s, id string, oneLine bool) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", problem.New(id)
	}
	if at, r := controlchar.Find(s, oneLine); at >= 0 {
		return "", problem.New("ErrControlChar", "Char", controlchar.Name(r))
	}
	return s, nil
}

// detail builds an event's detail from key, value pairs: key=value,
// separated by spaces, with values quoted when they hold a space, a quote
// or "=", so details stay readable and can be split again.
func detail(kv ...string) string {
	var b strings.Builder
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(kv[i])
		b.WriteByte('=')
		v := kv[i+1]
		if v == "" || strings.ContainsAny(v, " \t\n\"=") {
			v = strconv.Quote(v)
		}
		b.WriteString(v)
	}
	return b.String()
}
