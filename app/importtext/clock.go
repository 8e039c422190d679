package importtext

import "strings"

// Times of day are not facts the checker compares, but they pair lines
// well: "9時58分~10時07分" and "9:58 - 10:07 a.m." are the same line. The
// hour is taken modulo 12, since 午後5時10分 is written "5:10 p.m.".

// clockKeys hashes each time of day (hour and minute) written in s as
// H時M分 or H:MM. A hand-written scan: this runs on every block.
func clockKeys(s string) []uint32 { return appendClockKeys(nil, s) }

// appendClockKeys appends the keys of clockKeys to keys, separator by
// separator (':', then 時, then ：) rather than in the order of the text:
// hardKeys sorts them. Each separator is told by one byte, looked for with
// strings.IndexByte (many bytes a step, where a word-at-a-time search took
// eight): ':' itself, the middle byte of 時 (E6 99 82) and the last of ：
// (EF BC 9A). Those two also occur inside other characters, one Japanese
// character in forty or so, which clockSepAt then rules out.
func appendClockKeys(keys []uint32, s string) []uint32 {
	keys = appendSepKeys(keys, s, colonByte)
	keys = appendSepKeys(keys, s, jiMiddleByte)
	return appendSepKeys(keys, s, colonLastByte)
}

// appendSepKeys appends the keys of the times of day whose separator is
// told by the byte c.
func appendSepKeys(keys []uint32, s string, c byte) []uint32 {
	for p := 0; ; p++ {
		k := strings.IndexByte(s[p:], c)
		if k < 0 {
			return keys
		}
		p += k
		if at, sep := clockSepAt(s, p); at > 0 && isDigit(s[at-1]) {
			keys = appendTimeKey(keys, s, at, sep)
		}
	}
}

// appendTimeKey appends the key of the time of day whose separator sep
// starts at byte at, right after a digit, if the digits around it make one.
func appendTimeKey(keys []uint32, s string, at int, sep string) []uint32 {
	i := at + len(sep)
	h, okH := digitsBefore(s, at)
	m, n := digitsAfter(s, i)
	okM := n == 2 || sep == "時" && n == 1 && strings.HasPrefix(s[i+n:], "分")
	if sep == "時" && n == 2 {
		okM = strings.HasPrefix(s[i+n:], "分")
	}
	if okH && okM && h <= 24 && m < 60 {
		keys = append(keys, uint32(newKey('t').int(h%12).byte(':').byte(byte('0'+m/10)).byte(byte('0'+m%10))))
	}
	return keys
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
