// Package importtext reads two plain-text editions of a release, splits
// them into blocks, classifies the blocks and aligns them into units.
package importtext

import (
	"bytes"
	"os"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"taiyaku/app/problem"
)

// ReadFile reads and decodes one edition; errors name the file.
func ReadFile(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", problem.Wrap(err, "ErrRead", "File", path)
	}
	text, err := Decode(data)
	if p, ok := err.(*problem.Error); ok {
		p.Data["File"] = path
	}
	return text, err
}

// Decode turns a file's bytes into text: UTF-8 with or without BOM, UTF-16
// with BOM, Shift_JIS or EUC-JP, detected from the bytes. Anything else is
// refused with the line of the first byte that fits no encoding.
func Decode(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", problem.New("ErrEmpty")
	}
	if looksBinary(data) {
		return "", problem.New("ErrBinary")
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if s, ok := bestJapanese(data); ok {
		return s, nil
	}
	line, col := firstInvalid(data)
	return "", problem.New("ErrEncoding", "Line", line, "Column", col)
}

func decodeUTF16(data []byte) (string, error) {
	dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	out, err := dec.Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", problem.New("ErrEncoding", "Line", 1, "Column", 1)
	}
	if len(bytes.TrimSpace(out)) == 0 {
		return "", problem.New("ErrEmpty")
	}
	return string(out), nil
}

// looksBinary spots files that are not text at all: a NUL byte, or many
// control characters other than tab, newline and carriage return.
func looksBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(data)
}

// bestJapanese tries the legacy Japanese encodings and keeps the one that
// decodes cleanly and reads most like Japanese. EUC-JP bytes often also
// decode as Shift_JIS, but then as half-width katakana, which scores low.
func bestJapanese(data []byte) (string, bool) {
	best, bestScore := "", -1
	for _, enc := range []encoding.Encoding{japanese.ShiftJIS, japanese.EUCJP} {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
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

// firstInvalid returns the 1-based line and column (in bytes) of the first
// byte that is not valid UTF-8.
func firstInvalid(data []byte) (line, col int) {
	line, start := 1, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, i - start + 1
		}
		if r == '\n' {
			line, start = line+1, i+1
		}
		i += size
	}
	return line, 1
}
