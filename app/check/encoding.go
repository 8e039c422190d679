package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textChecks are the checks of each edition's own text added for issue 8
// (chknew): spelling and broken characters.
var textChecks = []func(*unitInput, []Finding) []Finding{checkSpelling, checkEncoding, checkControl}

// checkEncoding finds characters broken on the way: U+FFFD, a '?' that
// replaced a letter (S?o Tom?), and mojibake, UTF-8 read as Latin-1 or
// Windows-1252 (Ã© for é, â€™ for ’, æ—¥ for 日), in either edition.
func checkEncoding(in *unitInput, out []Finding) []Finding {
	for _, t := range [...]struct {
		s     Side
		text  string
		flags textFlags
	}{{JA, in.unit.JA, in.jaFlags}, {EN, in.unit.EN, in.enFlags}} {
		if t.flags&(fQuestion|fReplacement|fLatin1) == 0 {
			continue // no '?', no U+FFFD, no character mojibake is made of
		}
		if bad, fixed := mojibake(t.text); bad != "" {
			out = append(out, newFinding(Encoding, in.index, t.s, "FindingMojibake", "Text", bad, "Fixed", fixed))
		} else if bad := brokenChar(t.text); bad != "" {
			out = append(out, newFinding(Encoding, in.index, t.s, "FindingBrokenChar", "Text", bad))
		}
	}
	return out
}

// brokenChar returns the word around the first U+FFFD, or around a '?'
// between two letters (S?o), or around "??" next to a letter (a run of
// characters that a legacy encoding could not hold: ??大臣), or a '?'
// that starts a word before a kanji (?橋大臣: 髙 lost in Shift_JIS); ""
// if none. A '?' ending a question is left alone.
func brokenChar(s string) string {
	if i := strings.Index(s, "\uFFFD"); i >= 0 {
		return wordAround(s, i)
	}
	for i := strings.IndexByte(s, '?'); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		switch {
		case latinLetterRune(before) && latinLetterRune(after) && !inAddress(s, i):
			return wordAround(s, i)
		case after == '?' && (unicode.IsLetter(before) || unicode.IsLetter(nextAfterRun(s, i))):
			return wordAround(s, i)
		case unicode.Is(unicode.Han, after) && (i == 0 || strings.ContainsRune(" \u3000(（「『・、,", before)):
			return wordAround(s, i) // a kanji the encoding lacked, at a name's start: ?橋, (?崎
		}
		next := strings.IndexByte(s[i+1:], '?')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return ""
}

// inAddress reports whether byte i is inside a URL, a path or a query
// (page.html?id=3), where a '?' between letters is at home.
func inAddress(s string, i int) bool {
	start := strings.LastIndexAny(s[:i], " \u3000") + 1
	end := strings.IndexAny(s[i:], " \u3000")
	if end < 0 {
		end = len(s) - i
	}
	f := s[start : i+end]
	return strings.ContainsAny(f, "/=@&") || strings.Contains(f, "www.")
}

// nextAfterRun is the rune after the run of '?' that starts at i.
func nextAfterRun(s string, i int) rune {
	j := i
	for j < len(s) && s[j] == '?' {
		j++
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return r
}

func latinLetterRune(r rune) bool {
	return r < 0x250 && unicode.IsLetter(r)
}

// wordAround returns the space-delimited text around byte i, with its
// neighbour word, at most about 40 bytes: enough to find it.
func wordAround(s string, i int) string {
	start := strings.LastIndexAny(s[:i], " \u3000")
	start = max(start+1, 0)
	if i-start > 20 {
		start = i - 20
	}
	end := i + 1
	for n := 0; end < len(s) && n < 2; end++ {
		if s[end] == ' ' {
			n++
		}
	}
	if end-i > 20 {
		end = i + 20
	}
	return strings.ToValidUTF8(strings.TrimSpace(s[start:end]), "")
}

// mojibake returns the first run of characters that are the bytes of a
// UTF-8 character shown as Windows-1252 (or Latin-1) characters, and the
// character it was; "" when there is none.
func mojibake(s string) (bad, fixed string) {
	if strings.IndexByte(s, 0xC3) < 0 && strings.IndexByte(s, 0xC2) < 0 {
		return "", "" // no character of U+0080–U+00FF: no lead byte shown as Latin-1
	}
	for i, r := range s {
		lead, ok := cp1252Byte(r)
		if !ok || lead < 0xC2 || lead > 0xF4 {
			continue
		}
		n := 1
		if lead >= 0xE0 {
			n = 2
		}
		if lead >= 0xF0 {
			n = 3
		}
		b := []byte{lead}
		end := i + utf8.RuneLen(r)
		for k := 0; k < n && end < len(s); k++ {
			c, size := utf8.DecodeRuneInString(s[end:])
			cb, ok := cp1252Byte(c)
			if !ok || cb < 0x80 || cb > 0xBF {
				break
			}
			b = append(b, cb)
			end += size
		}
		if len(b) == n+1 {
			if dec, _ := utf8.DecodeRune(b); dec != utf8.RuneError {
				return s[i:end], string(dec)
			}
		}
	}
	return "", ""
}

// cp1252High maps the Windows-1252 characters of bytes 0x80–0x9F.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// cp1252Byte is the byte that shows as r in Windows-1252 or Latin-1
// (C1 controls stand for the bytes Windows-1252 leaves undefined).
func cp1252Byte(r rune) (byte, bool) {
	switch {
	case r < 0x80:
		return byte(r), true
	case r < 0x100:
		return byte(r), true
	case r < 0x2200:
		b, ok := cp1252High[r]
		return b, ok
	}
	return 0, false
}
