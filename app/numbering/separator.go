package numbering

// sep is what may follow the core of a label. Each label family accepts its
// own set: "1." and "１　" end a digit label but "1 " does not, because
// "30 days of …" starts many English sentences.
type sep uint

const (
	sepEnd       sep = 1 << iota // end of text
	sepSpace                     // ASCII space or tab
	sepWideSpace                 // U+3000 or U+00A0, which only a label is typed before
	sepDot                       // . or ． not starting a decimal (2.5, 3.14)
	sepComma                     // 、
	sepParen                     // ) or ）
	sepColon                     // : or ：
	sepOther                     // anything else, for forms that cannot be words (①, ⑴)

	sepAny = sepEnd | sepSpace | sepWideSpace | sepDot | sepComma | sepParen | sepColon | sepOther
)

// classify names the separator at byte i and returns how many bytes of
// punctuation belong to the label (spaces do not: Raw stops before them).
func classify(s string, i int) (sep, int) {
	r, size := runeAt(s, i)
	switch {
	case r < 0:
		return sepEnd, 0
	case r == ' ' || r == '\t':
		return sepSpace, 0
	case r == '\u3000' || r == '\u00a0':
		return sepWideSpace, 0
	case r == '、':
		return sepComma, size
	}
	switch narrow(r) {
	case '.':
		if dotEndsLabel(r, s, i+size) {
			return sepDot, size
		}
		return sepOther, 0 // a decimal point or an abbreviation, not a separator
	case ')':
		return sepParen, size
	case ':':
		return sepColon, size
	}
	return sepOther, 0
}

// dotEndsLabel tells a label's dot from a decimal point or an abbreviation:
// "1. Overview" and "１．概要" end a label; "2.5", "１．５", "U.S." and "3.x" do not.
// After an ASCII dot we want a space or Japanese text, since ASCII letters
// right after it mean a token such as a version or an initialism.
func dotEndsLabel(dot rune, s string, next int) bool {
	r, _ := runeAt(s, next)
	n := narrow(r)
	switch {
	case r < 0 || isSpace(r):
		return true
	case n >= '0' && n <= '9':
		return false
	case dot == '.':
		return r > 0x7F && !isASCIILetter(n)
	}
	return true
}

// endLabel checks that the separator at byte i is one of allowed and returns
// where Raw ends and which separator it was.
func endLabel(s string, i int, allowed sep) (end int, kind sep, ok bool) {
	kind, size := classify(s, i)
	if kind&allowed == 0 {
		return 0, 0, false
	}
	return i + size, kind, true
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
