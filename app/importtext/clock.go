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
// but many digits (a Japanese one many bytes that could open 時), so the
// walk jumps from one separator to the next, each found by the library's
// many-bytes-at-a-time search.
func appendClockKeys(keys []uint32, s string) []uint32 {
	var next clockSeps
	next.init(s)
	for {
		i, sep := next.pop(s)
		if i < 0 {
			return keys
		}
		if i == 0 || !isDigit(s[i-1]) {
			continue
		}
		h, okH := digitsBefore(s, i)
		m, n := digitsAfter(s, i+len(sep))
		okM := n == 2 || sep == "時" && n == 1 && strings.HasPrefix(s[i+len(sep)+n:], "分")
		if sep == "時" && n == 2 {
			okM = strings.HasPrefix(s[i+len(sep)+n:], "分")
		}
		if okH && okM && h <= 24 && m < 60 {
			keys = append(keys, uint32(newKey('t').int(h%12).byte(':').byte(byte('0'+m/10)).byte(byte('0'+m%10))))
		}
	}
}

// clockSeparators separate the hour from the minutes.
var clockSeparators = [...]string{":", "時", "："}

// clockSeps holds where each separator next occurs in a line (-1: no
// more), so that each is sought once per occurrence.
type clockSeps [len(clockSeparators)]int

func (c *clockSeps) init(s string) {
	for k, sep := range clockSeparators {
		c[k] = indexSep(s, sep)
	}
}

// indexSep is strings.Index(s, sep), which for a Japanese separator seeks
// its last two bytes and checks the first: 時 opens with E6, the first byte
// of thousands of kanji, on which a search led by it stops again and again.
func indexSep(s, sep string) int {
	if len(sep) == 1 {
		return strings.IndexByte(s, sep[0])
	}
	for from := 1; from < len(s); {
		i := strings.Index(s[from:], sep[1:])
		if i < 0 {
			return -1
		}
		if at := from + i - 1; s[at] == sep[0] {
			return at
		}
		from += i + 1
	}
	return -1
}

// pop returns the first separator still ahead and where it stands (-1
// when none is), and seeks that one's next occurrence.
func (c *clockSeps) pop(s string) (int, string) {
	k := -1
	for x := range c {
		if c[x] >= 0 && (k < 0 || c[x] < c[k]) {
			k = x
		}
	}
	if k < 0 {
		return -1, ""
	}
	at, sep := c[k], clockSeparators[k]
	if n := indexSep(s[at+len(sep):], sep); n >= 0 {
		c[k] = at + len(sep) + n
	} else {
		c[k] = -1
	}
	return at, sep
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
