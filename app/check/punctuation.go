package check

import (
	"strings"
)

// punctSpacing finds English punctuation spacing slips, the kind a
// pasted or hurried text keeps: no space after a sentence's end
// (assistance.The), after a comma (September 10,2010) or after an
// abbreviation before a number (approx.23); a space before a comma or a
// full stop ("2010) ,"). It returns the text around the first one, "" if
// none. Decimals (1.5), thousands (2,300), times (10:07), URLs, e-mail
// addresses, file names and abbreviations (U.S., e.g., No.1, a.m.) are
// left alone: the rules need two lower-case letters before a full stop,
// and skip fields that are addresses.
func punctSpacing(s string) string {
	for i := 1; i < len(s); i++ {
		if i = nextSpacingMark(s, i); i == len(s) {
			break // the common case: eight bytes at a time to the next mark
		}
		c := s[i]
		bad := i+1 < len(s) && badPunctAt(s, i)
		if !bad && (c == ',' || c == '.' && endsField(s, i+1)) {
			bad = s[i-1] == ' ' && i > 1 && s[i-2] != ' ' // " ," or " ." before a space or the end
		}
		if bad && !isAddressField(fieldAround(s, i)) {
			return around(s, i)
		}
	}
	return ""
}

// spacedPunct are the marks punctSpacing looks around.
var spacedPunct = [256]bool{'.': true, ',': true, ';': true, '!': true, '?': true}

// fieldAround is the space-delimited field that holds byte i.
func fieldAround(s string, i int) string {
	start := strings.LastIndexByte(s[:i], ' ') + 1
	end := strings.IndexByte(s[i:], ' ')
	if end < 0 {
		return s[start:]
	}
	return s[start : i+end]
}

// endsField reports whether s ends at i or has a space there.
func endsField(s string, i int) bool { return i >= len(s) || s[i] == ' ' }

// isAddressField reports whether a field is a URL, e-mail address or path.
func isAddressField(f string) bool {
	return strings.Contains(f, "://") || strings.Contains(f, "@") || strings.HasPrefix(f, "www.") || strings.Contains(f, "/")
}

// badPunctAt reports whether the punctuation mark at i is followed by a
// word or number without a space: a sentence's end after two lower-case
// letters (assistance.The), a lower-case abbreviation before a number
// (approx.23), or a comma (10,2010; Japan,China) that is no thousands
// separator.
func badPunctAt(f string, i int) bool {
	c, next := f[i], f[i+1]
	switch c {
	case '.', '!', '?', ';':
		n := lowerRun(f[:i])
		if n < 2 {
			return false
		}
		if isUpperASCII(next) && i+2 < len(f) && isLowerASCII(f[i+2]) {
			return true
		}
		// approx.23, but not the capitalised labels Fig.1, Vol.3, No.1, Art.77
		return c == '.' && isDigitASCII(next) && (i-n == 0 || !isUpperASCII(f[i-n-1]))
	case ',':
		return isLowerASCII(next) || isUpperASCII(next) || isDigitASCII(next) && !thousands(f, i)
	}
	return false
}

// thousands reports whether the comma at i separates digit groups
// (2,300 and 1,000,000): a digit before and exactly three after.
func thousands(f string, i int) bool {
	if i == 0 || !isDigitASCII(f[i-1]) || i+4 > len(f) {
		return false
	}
	for k := i + 1; k <= i+3; k++ {
		if !isDigitASCII(f[k]) {
			return false
		}
	}
	return i+4 == len(f) || !isDigitASCII(f[i+4])
}

// lowerRun counts the lower-case letters that end s.
func lowerRun(s string) int {
	n := 0
	for n < len(s) && isLowerASCII(s[len(s)-1-n]) {
		n++
	}
	return n
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
func isDigitASCII(c byte) bool { return '0' <= c && c <= '9' }

// around returns s near byte i: the word before and after, to find it.
func around(s string, i int) string {
	start := strings.LastIndexByte(s[:i], ' ')
	start = strings.LastIndexByte(s[:max(start, 0)], ' ') + 1
	end := strings.IndexByte(s[i:], ' ')
	if end < 0 {
		return strings.ToValidUTF8(s[start:], "")
	}
	end += i
	if next := strings.IndexByte(s[end+1:], ' '); next >= 0 {
		end += 1 + next
	} else {
		end = len(s)
	}
	return strings.ToValidUTF8(s[start:end], "")
}
