package textfacts

import (
	"math/bits"
	"strings"

	"taiyaku/app/internal/swar"
)

// findLinks finds URLs (http://, https://, www.) and e-mail addresses before
// anything else, so their digits and letters yield no other facts.
func (sc *scanner) findLinks() {
	s := sc.full
	// IndexByte runs 32 bytes at a time: the colon before "://", far
	// cheaper than Contains's own look, and an eight-byte loop for all
	// three marks at once cost more than these calls.
	mail, scheme := strings.IndexByte(s, '@'), -1
	if strings.IndexByte(s, ':') >= 0 {
		scheme = strings.Index(s, "://")
	}
	if mail < 0 && scheme < 0 && !wwwDot(s) {
		return
	}
	last := 0 // end of the previous link; e-mail local parts do not reach back past it
	for i := firstLinkStart(s, mail, scheme); i < len(s); i++ {
		if i = nextLinkByte(s, i); i == len(s) {
			break
		}
		var start, end int
		switch c := s[i]; {
		case c == 'h' || c == 'H':
			if !linkStart(s, i) || !hasSchemeAt(s, i) {
				continue
			}
			start, end = i, urlEnd(s, i)
		case c == 'w' || c == 'W':
			if !linkStart(s, i) || !strings.EqualFold(s[i:min(i+4, len(s))], "www.") || !isAlnum(at(s, i+4)) {
				continue
			}
			start, end = i, urlEnd(s, i)
		case c == '@':
			start, end = emailAt(s, i, last)
			if end == 0 {
				continue
			}
		default:
			continue
		}
		sc.links = append(sc.links, span{start, end})
		if sc.f.URLs == nil {
			sc.f.URLs = openList(sc, &sc.out.urls, sc.scratch.URLs, 2)
		}
		sc.f.URLs = append(sc.f.URLs, normalizeLink(s[start:end]))
		last = end
		i = end - 1
	}
}

// firstLinkStart returns where the walk for links may begin: no link
// starts before the first '@' (mail), five bytes before the first "://"
// (scheme; the h of https://) or the first "www." in any case, so the
// bytes before are not walked (-1: none of that kind).
func firstLinkStart(s string, mail, scheme int) int {
	start := len(s)
	if mail >= 0 {
		start = mail
	}
	if scheme >= 0 {
		start = min(start, max(scheme-len("https"), 0))
	}
	for k := 3; k < start+3 && k < len(s); k++ {
		d := strings.IndexByte(s[k:], '.')
		if d < 0 {
			break
		}
		if k += d; strings.EqualFold(s[k-3:k], "www") {
			return min(start, k-3)
		}
	}
	return start
}

// nextLinkByte returns the first byte of s[i:] that may start a link (h,
// H, w, W or the @ of an address), or len(s): most bytes of a text with a
// link are not, and eight of them are passed at once.
func nextLinkByte(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load8(s, i)
		y := x | 0x2020202020202020 // h and w in either case
		if m := swar.Equal(y, 'h') | swar.Equal(y, 'w') | swar.Equal(x, '@'); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(s) && s[i]|0x20 != 'h' && s[i]|0x20 != 'w' && s[i] != '@' {
		i++
	}
	return i
}

// wwwDot reports "www." or "WWW." in s. It looks at the dots, which are
// rarer than the letter w in English text.
func wwwDot(s string) bool {
	for k := 3; k < len(s); k++ {
		d := strings.IndexByte(s[k:], '.')
		if d < 0 {
			return false
		}
		k += d
		if w := s[k-3 : k]; w == "www" || w == "WWW" {
			return true
		}
	}
	return false
}

// linkStart reports whether a URL may start at i: not inside a word or path.
func linkStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	c := s[i-1]
	return !isAlnum(c) && c != '.' && c != '/' && c != '-' && c != '@' && c != '_'
}

// hasSchemeAt reports http:// or https:// followed by a host at i.
func hasSchemeAt(s string, i int) bool {
	for _, p := range [...]string{"http://", "https://"} {
		if len(s)-i > len(p) && strings.EqualFold(s[i:i+len(p)], p) && isAlnum(s[i+len(p)]) {
			return true
		}
	}
	return false
}

// urlEnd returns the end of the URL starting at i: it runs to a space, a
// non-ASCII character (Japanese text often follows a URL directly) or a
// quote or angle bracket, without trailing punctuation.
func urlEnd(s string, i int) int {
	j := i
	for j < len(s) && isURLByte(s[j]) {
		j++
	}
	return trimLinkTail(s, i, j)
}

func isURLByte(c byte) bool {
	if c <= ' ' || c >= 0x7f {
		return false
	}
	switch c {
	case '<', '>', '"', '\'', '`', '{', '}', '|', '\\', '^':
		return false
	}
	return true
}

// trimLinkTail drops sentence punctuation after a link, and a closing
// bracket that closes text around the link rather than part of it.
func trimLinkTail(s string, i, j int) int {
	for j > i {
		switch s[j-1] {
		case '.', ',', ';', ':', '!', '?':
			j--
			continue
		case ')':
			if strings.Count(s[i:j], "(") < strings.Count(s[i:j], ")") {
				j--
				continue
			}
		case ']':
			if strings.Count(s[i:j], "[") < strings.Count(s[i:j], "]") {
				j--
				continue
			}
		}
		return j
	}
	return j
}

// emailAt finds the e-mail address around the '@' at p; end is 0 when
// there is none. The local part does not reach back before floor.
func emailAt(s string, p, floor int) (start, end int) {
	a := p
	for a > floor && isLocalByte(s[a-1]) {
		a--
	}
	for a < p && s[a] == '.' {
		a++
	}
	b := p + 1
	for b < len(s) && (isAlnum(s[b]) || s[b] == '.' || s[b] == '-') {
		b++
	}
	for b > p+1 && (s[b-1] == '.' || s[b-1] == '-') {
		b--
	}
	domain := s[p+1 : b]
	dot := strings.LastIndexByte(domain, '.')
	if a == p || dot <= 0 || !isAlnum(domain[0]) || len(domain)-dot-1 < 2 {
		return 0, 0
	}
	for _, c := range []byte(domain[dot+1:]) {
		if !isLetter(c) {
			return 0, 0 // a top-level domain is letters: not user@1.2
		}
	}
	return a, b
}

func isLocalByte(c byte) bool {
	return isAlnum(c) || strings.IndexByte("._%+-", c) >= 0
}

// normalizeLink lower-cases the scheme and host of a URL (or the domain of an
// e-mail address) and drops a path that is only "/". It returns l itself
// when nothing changes.
func normalizeLink(l string) string {
	hostStart := 0
	if k := strings.Index(l, "://"); k >= 0 {
		hostStart = k + 3
	} else if k := strings.IndexByte(l, '@'); k >= 0 && !strings.EqualFold(l[:min(4, len(l))], "www.") {
		if d := lowerASCII(l[k+1:]); d != l[k+1:] {
			return l[:k+1] + d
		}
		return l
	}
	hostEnd := len(l)
	if k := strings.IndexAny(l[hostStart:], "/?#"); k >= 0 {
		hostEnd = hostStart + k
	}
	head, rest := l[:hostEnd], l[hostEnd:]
	if rest == "/" {
		rest = ""
	}
	if lower := lowerASCII(head); lower != head || rest != l[hostEnd:] {
		return lower + rest
	}
	return l
}

// lowerASCII lower-cases ASCII letters, returning s itself when it has none
// in upper case.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if isUpper(b[k]) {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
