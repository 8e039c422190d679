package webpage

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

// decode turns the page's bytes into text. The encoding is the one a
// browser would use: a byte order mark, else the <meta charset> or
// http-equiv Content-Type in the first 1024 bytes. Two cases are checked
// against the bytes, because saved Japanese pages are often silent or
// wrong about their encoding: a page said (or guessed) to be UTF-8 that is
// not valid UTF-8, and a page with no usable declaration (for which
// browsers default to Windows-1252), are read as Shift_JIS or EUC-JP when
// one of them reads cleanly. Bytes no encoding reads become U+FFFD, as in
// a browser: the page is still read.
func decode(data []byte) (string, error) {
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" || name == "windows-1252" {
		if utf8.Valid(data) {
			return string(bytes.TrimPrefix(data, bom)), nil
		}
		if s, ok := guessJapanese(data); ok {
			return s, nil
		}
		if name == "utf-8" {
			return strings.ToValidUTF8(string(bytes.TrimPrefix(data, bom)), "\uFFFD"), nil
		}
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
	}
	return string(bytes.TrimPrefix(out, bom)), nil
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// guessJapanese reads data as Shift_JIS or EUC-JP, whichever decodes
// without a replacement character and reads most like Japanese (EUC-JP
// bytes often decode as Shift_JIS too, but as half-width katakana, which
// scores low).
func guessJapanese(data []byte) (string, bool) {
	best, bestScore := "", 0
	for _, enc := range []encoding.Encoding{japanese.ShiftJIS, japanese.EUCJP} {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			continue
		}
		if sc := japaneseScore(string(out)); sc > bestScore {
			best, bestScore = string(out), sc
		}
	}
	return best, bestScore > 0
}

// japaneseScore counts kana, kanji and Japanese punctuation, less
// half-width katakana.
func japaneseScore(s string) int {
	score := 0
	for _, r := range s {
		switch {
		case r >= 0x3040 && r <= 0x30FF, r >= 0x4E00 && r <= 0x9FFF, r >= 0x3000 && r <= 0x303F:
			score += 2
		case r >= 0xFF61 && r <= 0xFF9F:
			score--
		}
	}
	return score
}
