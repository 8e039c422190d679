package webpage

import (
	"bytes"
	"unicode/utf16"
)

// sniffLen is how much of the start of a file IsHTML looks at.
const sniffLen = 4096

// IsHTML tells a web page by its content: after an optional byte order
// mark, white space, comments (browsers write "<!-- saved from url=… -->")
// and an XML declaration, it starts with "<!DOCTYPE html" or "<html", in
// any case. A plain-text release that merely mentions "<html" later on is
// not a page.
func IsHTML(data []byte) bool {
	head := data[:min(len(data), sniffLen)]
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		head = head[3:]
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		head = fromUTF16(head[2:], false)
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		head = fromUTF16(head[2:], true)
	}
	for {
		head = bytes.TrimLeft(head, " \t\r\n\f")
		var ok bool
		if head, ok = skipPast(head, "<!--", "-->"); ok {
			continue
		}
		if head, ok = skipPast(head, "<?xml", "?>"); ok {
			continue
		}
		break
	}
	return hasPrefixFold(head, "<!doctype html") || hasPrefixFold(head, "<html")
}

// skipPast drops b up to and including end when b starts with start.
func skipPast(b []byte, start, end string) ([]byte, bool) {
	if !hasPrefixFold(b, start) {
		return b, false
	}
	i := bytes.Index(b, []byte(end))
	if i < 0 {
		return nil, true
	}
	return b[i+len(end):], true
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && bytes.EqualFold(b[:len(prefix)], []byte(prefix))
}

// fromUTF16 decodes the head of a UTF-16 file enough to sniff it; a
// character cut at the end is simply lost.
func fromUTF16(b []byte, bigEndian bool) []byte {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return []byte(string(utf16.Decode(u)))
}
