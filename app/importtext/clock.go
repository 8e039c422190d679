package importtext

import "strings"

// Times of day are not facts the checker compares, but they pair lines
// well: "9時58分~10時07分" and "9:58 - 10:07 a.m." are the same line. The
// hour is taken modulo 12, since 午後5時10分 is written "5:10 p.m.".

// clockKeys hashes each time of day (hour and minute) written in s as
// H時M分 or H:MM. A hand-written scan: this runs on every block.
func clockKeys(s string) []uint32 { return appendClockKeys(nil, s) }

// appendClockKeys appends the keys of clockKeys to keys. Every time of
// day has a separator right after a digit, and a line has few separators
// but many digits, so the walk jumps from one separator to the next,
// looking at eight bytes at a time (nextClockSep).
func appendClockKeys(keys []uint32, s string) []uint32 {
	for i := 0; ; {
		at, sep := nextClockSep(s, i)
		if at < 0 {
			return keys
		}
		i = at + len(sep)
		if at == 0 || !isDigit(s[at-1]) {
			continue
		}
		h, okH := digitsBefore(s, at)
		m, n := digitsAfter(s, i)
		okM := n == 2 || sep == "時" && n == 1 && strings.HasPrefix(s[i+n:], "分")
		if sep == "時" && n == 2 {
			okM = strings.HasPrefix(s[i+n:], "分")
		}
		if okH && okM && h <= 24 && m < 60 {
			keys = append(keys, uint32(newKey('t').int(h%12).byte(':').byte(byte('0'+m/10)).byte(byte('0'+m%10))))
		}
	}
}

// digitsBefore reads the one or two ASCII digits that end at byte i.
func digitsBefore(s string, i int) (int, bool) {
	start := i
	for start > 0 && i-start < 2 && isDigit(s[start-1]) {
		start--
	}
	if start == i || start > 0 && isDigit(s[start-1]) {
		return 0, false
	}
	v := 0
	for k := start; k < i; k++ {
		v = v*10 + int(s[k]-'0')
	}
	return v, true
}

// digitsAfter reads up to two ASCII digits from byte i and how many.
func digitsAfter(s string, i int) (int, int) {
	v, n := 0, 0
	for i+n < len(s) && n < 2 && isDigit(s[i+n]) {
		v = v*10 + int(s[i+n]-'0')
		n++
	}
	if i+n < len(s) && isDigit(s[i+n]) {
		return 0, 0 // three digits: not minutes
	}
	return v, n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
