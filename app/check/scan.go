package check

import (
	"unicode/utf8"

	"taiyaku/app/internal/swar"
)

// textFlags are what one pass over the bytes of a text tells the
// per-text checks. A flag is set whenever the text may hold what a check
// looks for (most are exact, a few err on the side of looking), so a
// check reads the text again only when its flag is set: most texts have
// no bracket, no control character, no broken character. A text's flags
// hold for every part of it too (the body without its label).
type textFlags uint32

const (
	fControl     textFlags = 1 << iota // a control or bidi character (exact)
	fBracket                           // maybe a bracket or quote that must pair
	fHalfKana                          // maybe half-width katakana
	fFullWidth                         // maybe a full-width form or Japanese punctuation
	fJapanese                          // a character from U+3000 up: maybe Japanese script
	fQuestion                          // a '?'
	fReplacement                       // a U+FFFD
	fLatin1                            // a byte 0xC2 or 0xC3: maybe mojibake
	fTab                               // a tab
	fComma                             // a full-width comma, or an ASCII one right after a byte from 0x80 up (exact)
	fLower                             // a lower-case ASCII letter: maybe a word to spell
	fNonASCII                          // a byte from 0x80 up
	fDoubleSpace                       // two ASCII spaces in a row (exact)
	fIrregular                         // a non-ASCII character not in three well-formed bytes (or E0, ED: maybe ill-formed)
	fNewline                           // a line feed (exact)
)

// asciiFlags are the flags of each ASCII byte.
var asciiFlags = func() (t [0x80]textFlags) {
	for c := range 0x20 {
		if c != '\t' && c != '\n' && c != '\r' {
			t[c] = fControl
		}
	}
	t[0x7F] = fControl
	for _, c := range "()[]{}\"" {
		t[c] = fBracket
	}
	t['?'], t['\t'], t['\n'] = fQuestion, fTab, fNewline
	for c := 'a'; c <= 'z'; c++ {
		t[c] = fLower
	}
	return t
}()

// scanText is the flags of s (see scanCount).
func scanText(s string) textFlags {
	f, _ := scanCount(s)
	return f
}

// scanCount reads s once: a table look-up for each ASCII byte; of the
// other characters only the lead bytes of those that matter are looked
// at closely, and the bytes that continue a character are stepped over
// (kanji and kana, the bulk of Japanese, are a few comparisons). It
// returns s's flags and its characters, counted on the way (the labels
// and the length ratio need them: no second pass over the text), or -1
// when fIrregular is set and runeCount must decode.
func scanCount(s string) (textFlags, int) {
	var f textFlags
	cont := 0 // the bytes that continue a well-formed three-byte character
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			// Only a comma after Japanese counts (mixedCommas): 1,000
			// has none, and the byte before a comma that continues a
			// run of ASCII is ASCII.
			if c == ',' && i > 0 && s[i-1] >= 0x80 {
				f |= fComma
			}
			if j, g := asciiRun(s, i); j > i {
				f |= g // English: eight bytes at a time
				i = j
				continue
			}
			// Fewer than eight ASCII bytes (a number in Japanese, the
			// end of a text): each through the table, up to the next
			// byte that is not ASCII.
			for ; i < len(s) && s[i] < 0x80; i++ {
				f |= asciiFlags[s[i]]
				if s[i] == ' ' && i > 0 && s[i-1] == ' ' {
					f |= fDoubleSpace // spares the whitespace check a second search
				}
			}
			continue
		}
		f |= fNonASCII
		if c >= 0xE1 {
			// Japanese: a run of well-formed three-byte characters.
			if j, g := threeByteRun(s, i); j > i {
				f |= g
				cont += (j - i) / 3 * 2
				i = j
				continue
			}
		}
		switch {
		case c >= 0xE4 && c <= 0xE9:
			f |= fJapanese // U+4000–U+9FFF: kanji
		case c >= 0xC2:
			f |= leadFlags(s, i)
		}
		n := continued(s, i)
		if n == 1 || c == 0xE0 || c == 0xED {
			f |= fIrregular // runeCount must decode
		}
		cont += n - 1
		i += n
	}
	if f&fIrregular != 0 {
		return f, -1
	}
	return f, len(s) - cont
}

// asciiRun reads the whole eight-byte words of ASCII from s[i] on: it
// returns where they end and their flags (i and none when s[i:i+8] is not
// all ASCII). The table look-ups of a word are independent of each other,
// and the doubled spaces are found in the word at once.
func asciiRun(s string, i int) (int, textFlags) {
	var f textFlags
	last := uint64(0) // 0x80 when the byte before the word is a space
	if i > 0 && s[i-1] == ' ' {
		last = 0x80
	}
	t := &asciiFlags
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load8(s, i)
		if x&swar.Highs != 0 {
			break
		}
		// The bytes are taken from x: reading them from s again would
		// make the compiler split the eight-byte load into eight.
		f |= t[x&0x7F] | t[x>>8&0x7F] | t[x>>16&0x7F] | t[x>>24&0x7F] |
			t[x>>32&0x7F] | t[x>>40&0x7F] | t[x>>48&0x7F] | t[x>>56&0x7F]
		sp := swar.Equal(x, ' ')
		if sp&(sp<<8|last) != 0 {
			f |= fDoubleSpace
		}
		last = sp >> 56
	}
	return i, f
}

// threeByteRun reads the run of well-formed three-byte characters from
// s[i] (leads E1–EF but ED, whose second bytes are narrower): it returns
// where the run ends and the flags leadFlags gives its characters. Kana,
// kanji and Japanese punctuation are most of a Japanese text, and they
// alternate: their flags come from a table rather than from branches the
// processor cannot foresee.
func threeByteRun(s string, i int) (int, textFlags) {
	var f textFlags
	// Two characters from each eight-byte load while they last: the
	// shape of both is one mask, and a lead E0 or ED is told by its
	// entry (fStop), read anyway.
	for i+8 <= len(s) {
		x := swar.Load8(s, i)
		if x&pairMask != pairBits {
			break
		}
		g0 := threeByteFlags[(x&0x0F)<<6|x>>8&0x3F]
		g1 := threeByteFlags[(x>>24&0x0F)<<6|x>>32&0x3F]
		if (g0|g1)&fStop != 0 {
			break
		}
		f |= g0&^rowBits | thirdFlags[g0>>rowShift&rowMask][x>>16&0x3F] |
			g1&^rowBits | thirdFlags[g1>>rowShift&rowMask][x>>40&0x3F]
		i += 6
	}
	for i+2 < len(s) {
		t := s[i : i+3]
		c, b1, b2 := t[0], t[1], t[2]
		if c < 0xE1 || c == 0xED || c > 0xEF || (uint(b1)|uint(b2)<<8)&0xC0C0 != 0x8080 {
			break
		}
		// Japanese punctuation and full-width forms take their flags
		// from a row of thirdFlags (by the third byte), the others from
		// row 0, all zero: no branch the processor cannot foresee.
		g := threeByteFlags[uint(c&0x0F)<<6|uint(b1&0x3F)]
		f |= g&^rowBits | thirdFlags[g>>rowShift&rowMask][b2&0x3F]
		i += 3
	}
	return i, f
}

// charFlags are the flags of the well-formed three-byte character c b1 b2
// (c E1–EF but ED).
func charFlags(c, b1, b2 byte) textFlags {
	switch {
	case c >= 0xE4:
		if c == 0xEF {
			return fJapanese | halfAndFullWidth(b1, b2)
		}
		return fJapanese // U+4000–U+EFFF: kanji
	case c == 0xE3:
		return fJapanese | cjkPunctuation(b1, b2)
	case c == 0xE2:
		return generalPunctuation(b1, b2)
	}
	return 0 // E1
}

// An entry of threeByteFlags whose characters' flags depend on the
// third byte too holds, in rowBits, the row of thirdFlags that has them.
// The entries of the leads E0 and ED, which threeByteRun's pairs stop
// at, hold fStop (and no character's flags).
const (
	rowShift           = 24
	rowMask            = 0xF
	rowBits  textFlags = rowMask << rowShift
	fStop    textFlags = 1 << 31
)

// pairMask and pairBits tell eight bytes that start with two
// three-byte characters of leads E0–EF, each with two continuation bytes.
const (
	pairMask = 0x0000_C0C0_F0C0_C0F0
	pairBits = 0x0000_8080_E080_80E0
)

// threeByteFlags are charFlags of the characters with a lead byte's low
// four bits and a second byte's low six (the index), when the third byte
// does not change them; else a row of thirdFlags, by the third byte's
// low six bits (row 0 is all zero).
var threeByteFlags, thirdFlags = func() (t [1 << 10]textFlags, rows [rowMask + 1][64]textFlags) {
	n := textFlags(1)
	for c := 0xE1; c <= 0xEF; c++ {
		for b1 := 0x80; b1 <= 0xBF; b1++ {
			k := (c&0x0F)<<6 | (b1 & 0x3F)
			t[k] = charFlags(byte(c), byte(b1), 0x80)
			for b2 := 0x81; b2 <= 0xBF; b2++ {
				if charFlags(byte(c), byte(b1), byte(b2)) != t[k] {
					t[k] = n << rowShift
					for b2 := 0x80; b2 <= 0xBF; b2++ {
						rows[n][b2&0x3F] = charFlags(byte(c), byte(b1), byte(b2))
					}
					n++
					break
				}
			}
		}
	}
	if n > rowMask+1 {
		panic("check: more rows than thirdFlags holds")
	}
	for b1 := range 64 {
		t[b1], t[0xD<<6|b1] = fStop, fStop // leads E0, ED
	}
	return t, rows
}()

// runeCount is utf8.RuneCountInString(s), flags those of s: an ASCII text
// is its length, and a text whose other characters are all three
// well-formed bytes has a character for each byte that continues none,
// counted eight bytes at a time (Japanese, whose length ratio every
// check measures).
func runeCount(s string, flags textFlags) int {
	switch {
	case flags&fNonASCII == 0:
		return len(s)
	case flags&fIrregular != 0:
		return utf8.RuneCountInString(s)
	}
	return len(s) - swar.Continuations(s)
}

// continued is 3 when s[i] starts a three-byte character whose two
// continuation bytes follow, else 1: continuation bytes have no flags of
// their own, and an ASCII byte after a broken character is never skipped.
func continued(s string, i int) int {
	if s[i] >= 0xE0 && s[i] < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return 3
	}
	return 1
}

// leadFlags are the flags of the character whose lead byte is at s[i].
func leadFlags(s string, i int) textFlags {
	b1, b2 := at(s, i+1), at(s, i+2)
	switch c := s[i]; {
	case c == 0xC2:
		if b1 >= 0x80 && b1 <= 0x9F {
			return fLatin1 | fControl // U+0080–U+009F: C1 controls
		}
		return fLatin1
	case c == 0xC3:
		return fLatin1
	case c == 0xE2:
		return generalPunctuation(b1, b2)
	case c == 0xE3:
		return fJapanese | cjkPunctuation(b1, b2)
	case c == 0xEF:
		return fJapanese | halfAndFullWidth(b1, b2)
	case c > 0xE3:
		return fJapanese
	}
	return 0
}

// generalPunctuation are the flags of a character U+2000–U+2FFF, from
// its second and third bytes.
func generalPunctuation(b1, b2 byte) textFlags {
	switch {
	case b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE, b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9:
		return fControl // U+202A–U+202E, U+2066–U+2069: bidi
	case b1 == 0x80 && (b2 == 0x9C || b2 == 0x9D):
		return fBracket // “ ”
	}
	return 0
}

// cjkPunctuation are the flags of a character U+3000–U+3FFF, from its
// second and third bytes: the brackets U+3008–U+3015 (〈〉《》「」『』【】〔〕)
// and what the English must not hold: 、。「」『』【】〔〕・.
func cjkPunctuation(b1, b2 byte) textFlags {
	var f textFlags
	switch {
	case b1 == 0x80:
		if b2 >= 0x88 && b2 <= 0x95 {
			f |= fBracket
		}
		if b2 == 0x81 || b2 == 0x82 || b2 >= 0x8C && b2 <= 0x91 || b2 == 0x94 || b2 == 0x95 {
			f |= fFullWidth
		}
	case b1 == 0x83 && b2 == 0xBB:
		f |= fFullWidth
	}
	return f
}

// halfAndFullWidth are the flags of a character U+F000–U+FFFF, from its
// second and third bytes.
func halfAndFullWidth(b1, b2 byte) textFlags {
	switch {
	case b1 == 0xBC: // U+FF00–U+FF3F
		f := fFullWidth | fBracket
		if b2 == 0x8C {
			f |= fComma // ，
		}
		return f
	case b1 == 0xBD: // U+FF40–U+FF7F
		if b2 >= 0xA1 {
			return fHalfKana // U+FF61 on
		}
		return fFullWidth | fBracket
	case b1 == 0xBE && b2 <= 0x9F: // U+FF80–U+FF9F
		return fHalfKana
	case b1 == 0xBF && b2 == 0xBD:
		return fReplacement
	}
	return 0
}

// at is s[i], or 0 past the end.
func at(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}
