// Package importtext reads two plain-text editions of a release, splits
// them into blocks, classifies the blocks and aligns them into units.
package importtext

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"
	"unsafe"

	"taiyaku/app/internal/swar"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"taiyaku/app/docx"
	"taiyaku/app/problem"
	"taiyaku/app/webpage"
)

// ReadFile reads and decodes one edition, a plain-text file, a Word
// document (.docx) or a saved web page (.html, its main text only), told by
// content, not name; errors name the file.
func ReadFile(path string) (string, error) {
	src, err := readSource(path)
	return src.text, err
}

// source is an edition's text and, when decode found it well-formed
// UTF-8, the line ends and characters it noted as it checked every byte,
// which split takes rather than reading the text again (splitScanned).
type source struct {
	text string
	scan *textScan // nil: not checked here (a decoder's output, a text given)
}

// readSource is ReadFile, with what decode noted of the text.
func readSource(path string) (source, error) {
	data, err := readEdition(path)
	if err != nil {
		return source{}, err
	}
	var src source
	switch {
	case docx.IsDocx(data):
		src.text, err = docx.Text(data)
	case webpage.IsHTML(data):
		src.text, err = webpage.Text(data)
	default:
		src, err = decodeChecked(data, true)
	}
	if p, ok := err.(*problem.Error); ok {
		p.Data["File"] = path
	}
	return src, err
}

// Decode turns a file's bytes into text: UTF-8 with or without BOM, UTF-16
// with BOM, Shift_JIS or EUC-JP, detected from the bytes. Anything else is
// refused with the line and column of the first character that no
// encoding can read (counted in the encoding that read furthest).
func Decode(data []byte) (string, error) {
	src, err := decodeChecked(data, false)
	return src.text, err
}

// decodeChecked is Decode; owned says the caller hands data over and never
// touches it again, so valid UTF-8 becomes the text without a copy (a few
// megabytes and a millisecond for a 10,000-line edition).
func decodeChecked(data []byte, owned bool) (source, error) {
	src, err := decode(data, owned)
	if err != nil {
		return source{}, err
	}
	if TrimSpace(src.text) == "" {
		return source{}, problem.New("ErrEmpty")
	}
	return src, nil
}

// decode is Decode but for the empty text; scan is set when the bytes were
// well-formed UTF-8 (checked here), not when a decoder made the text.
func decode(data []byte, owned bool) (source, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text, err := decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
		return source{text: text}, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return source{}, problem.New("ErrEmpty")
	}
	sc := scanLines(data, true)
	valid, ctrl, nul := sc.valid, sc.ctrl, sc.nul
	if !valid {
		nul, ctrl = bytes.IndexByte(data, 0) >= 0, controlBytes(data) // read again past the first bad byte
	}
	if nul || ctrl*20 > len(data) { // not text at all: a NUL, or many control characters
		return source{}, problem.New("ErrBinary")
	}
	if valid {
		if owned {
			return source{unsafe.String(unsafe.SliceData(data), len(data)), &sc}, nil
		}
		return source{string(data), &sc}, nil
	}
	if s, ok := bestJapanese(data); ok {
		return source{text: s}, nil
	}
	return source{}, furthestError(data)
}

// decodeWith decodes data and refuses it at the first character the
// encoding cannot read.
func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	out, _ := enc.NewDecoder().Bytes(data)
	if line, col, bad := firstBad(out); bad {
		return "", problem.New("ErrEncoding", "Line", line, "Column", col)
	}
	return string(out), nil
}

// controlBytes counts the bytes below 0x20 other than tab, LF, CR and FF.
// It runs over every byte of both editions, so it looks at eight bytes at a
// time and counts one by one only in words that hold a byte below 0x20:
// in text, about one word in twenty (the line ends).
func controlBytes(data []byte) int {
	n, i := 0, 0
	for ; i+8 <= len(data); i += 8 {
		if hasByteBelow0x20(binary.LittleEndian.Uint64(data[i:])) {
			n += controlBytesSlow(data[i : i+8])
		}
	}
	return n + controlBytesSlow(data[i:])
}

// hasByteBelow0x20 tells whether one of x's eight bytes is below 0x20
// (the "has less than" bit trick: subtracting 0x20 from each byte borrows
// into its top bit only when the byte was below 0x20; bytes of 0x80 and
// more are masked out by ^x, and are never below 0x20 anyway).
func hasByteBelow0x20(x uint64) bool {
	return (x-swar.Ones*0x20)&^x&swar.Highs != 0
}

func controlBytesSlow(data []byte) int {
	n := 0
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' {
			n++
		}
	}
	return n
}

var legacy = []encoding.Encoding{japanese.ShiftJIS, japanese.EUCJP}

// bestJapanese tries the legacy Japanese encodings and keeps the one that
// decodes cleanly and reads most like Japanese. EUC-JP bytes often also
// decode as Shift_JIS, but then as half-width katakana, which scores low.
func bestJapanese(data []byte) (string, bool) {
	best, bestScore := "", -1
	for _, enc := range legacy {
		out, err := enc.NewDecoder().Bytes(data)
		if _, _, bad := firstBad(out); err != nil || bad {
			continue
		}
		if sc := japaneseScore(out); sc > bestScore {
			best, bestScore = string(out), sc
		}
	}
	return best, bestScore >= 0
}

func japaneseScore(text []byte) int {
	score := 0
	for _, r := range string(text) {
		switch {
		case r >= 0x3040 && r <= 0x30FF, r >= 0x4E00 && r <= 0x9FFF, r >= 0x3000 && r <= 0x303F:
			score += 2
		case r >= 0xFF61 && r <= 0xFF9F:
			score--
		}
	}
	return max(score, 0)
}

// furthestError reports where reading fails in the encoding (UTF-8,
// Shift_JIS or EUC-JP) that reads the file to the latest line: that is
// most likely the file's encoding, and the place the user must look at.
// On the same line UTF-8, the usual encoding, is believed.
func furthestError(data []byte) error {
	line, col, _ := firstBad([]byte(strings.ToValidUTF8(string(data), "\uFFFD")))
	for _, enc := range legacy {
		out, _ := enc.NewDecoder().Bytes(data)
		if l, c, bad := firstBad(out); bad && l > line {
			line, col = l, c
		}
	}
	return problem.New("ErrEncoding", "Line", line, "Column", col)
}

// firstBad finds the first character of decoded text that a decoder could
// not read (U+FFFD) or that no text file holds (C0 and C1 controls other
// than tab, line ends and form feed). Lines end at LF, CR or CR LF, as
// Split counts them; the column counts characters.
func firstBad(text []byte) (line, col int, bad bool) {
	line, col = 1, 1
	for i, r := range string(text) {
		switch {
		case r == utf8.RuneError || r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r >= 0x7F && r < 0xA0:
			return line, col, true
		case r == '\n' && i > 0 && text[i-1] == '\r':
			// the LF of a CR LF: the CR counted the line
		case r == '\n' || r == '\r':
			line, col = line+1, 1
		default:
			col++
		}
	}
	return line, col, false
}
