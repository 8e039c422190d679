package importtext

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"taiyaku/app/problem"
)

// The files in testdata/decode are written by testdata/decode/gen.py;
// text.txt is the reference every readable file decodes to.

func decodeFile(name string) string { return filepath.Join("testdata", "decode", name) }

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(decodeFile(name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// referenceText is testdata/decode/text.txt: UTF-8 with LF line ends.
func referenceText(t testing.TB) string {
	t.Helper()
	return string(readTestdata(t, "text.txt"))
}

// blockLines is what Split keeps of a text: each block's text and line.
func blockLines(text string) []string {
	var out []string
	for _, b := range Split(text) {
		out = append(out, strings.Join([]string{strconv.Itoa(b.Line), b.Text}, ": "))
	}
	return out
}

func TestDecodeReadable(t *testing.T) {
	ref := referenceText(t)
	crlf := strings.ReplaceAll(ref, "\n", "\r\n")
	cr := strings.ReplaceAll(ref, "\n", "\r")
	tests := []struct {
		file string
		want string
	}{
		{"utf8.txt", ref},
		{"utf8-bom.txt", ref},
		{"utf16le-bom.txt", ref},
		{"utf16be-bom.txt", ref},
		{"shift_jis.txt", ref},
		{"euc-jp.txt", ref},
		{"crlf.txt", crlf},
		{"cr.txt", cr},
		{"shift_jis-crlf.txt", crlf},
	}
	wantBlocks := blockLines(ref)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := Decode(readTestdata(t, tt.file))
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got != tt.want {
				t.Errorf("Decode =\n%q\nwant\n%q", got, tt.want)
			}
			if strings.ContainsRune(got, '\uFEFF') {
				t.Error("byte-order mark left in the text")
			}
			// Whatever the encoding and line ends, the blocks and their
			// line numbers are those of the reference.
			if gb := blockLines(got); !reflect.DeepEqual(gb, wantBlocks) {
				t.Errorf("blocks =\n%q\nwant\n%q", gb, wantBlocks)
			}
			viaFile, err := ReadFile(decodeFile(tt.file))
			if err != nil || viaFile != got {
				t.Errorf("ReadFile = %q, %v; want what Decode returns", viaFile, err)
			}
		})
	}
}

// TestDecodeTestdataMatchesGoEncoders makes sure the files written by
// gen.py are what golang.org/x/text itself produces from the reference, so
// the table above tests the encodings it claims to.
func TestDecodeTestdataMatchesGoEncoders(t *testing.T) {
	ref := []byte(referenceText(t))
	encode := func(e encoding.Encoding, s []byte) []byte {
		t.Helper()
		out, err := e.NewEncoder().Bytes(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	crlf := bytes.ReplaceAll(ref, []byte("\n"), []byte("\r\n"))
	for file, want := range map[string][]byte{
		"utf8-bom.txt":       append([]byte{0xEF, 0xBB, 0xBF}, ref...),
		"utf16le-bom.txt":    encode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), ref),
		"utf16be-bom.txt":    encode(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), ref),
		"shift_jis.txt":      encode(japanese.ShiftJIS, ref),
		"euc-jp.txt":         encode(japanese.EUCJP, ref),
		"shift_jis-crlf.txt": encode(japanese.ShiftJIS, crlf),
	} {
		if got := readTestdata(t, file); !bytes.Equal(got, want) {
			t.Errorf("%s differs from the Go encoder's output; rerun gen.py", file)
		}
	}
}

// TestDecodeShortJapanese: legacy-encoded files of one short line, where
// Shift_JIS and EUC-JP are easiest to confuse, still decode to the text.
func TestDecodeShortJapanese(t *testing.T) {
	words := []string{"担当", "概要", "写真1", "令和7年1月22日", "（１）半導体", "ア\u3000家庭用ルーター", "第１\u3000目的", "強靱化", "本方針は、基本的な考え方を示す。"}
	for _, w := range words {
		for name, enc := range map[string]encoding.Encoding{"Shift_JIS": japanese.ShiftJIS, "EUC-JP": japanese.EUCJP} {
			for _, s := range []string{w, w + "\n", w + "\r\n"} {
				data, err := enc.NewEncoder().Bytes([]byte(s))
				if err != nil {
					t.Fatal(err)
				}
				if got, err := Decode(data); got != s || err != nil {
					t.Errorf("Decode(%s %q) = %q, %v", name, s, got, err)
				}
			}
		}
	}
}

func TestDecodeRefused(t *testing.T) {
	tests := []struct {
		name string
		file string // in testdata/decode, or
		in   []byte // given here
		id   string
		want map[string]any // expected Data entries
	}{
		{name: "empty", file: "empty.txt", id: "ErrEmpty"},
		{name: "nil", in: nil, id: "ErrEmpty"},
		{name: "whitespace only", file: "whitespace.txt", id: "ErrEmpty"},
		{name: "BOM only", in: []byte{0xEF, 0xBB, 0xBF}, id: "ErrEmpty"},
		{name: "BOM and newlines", in: []byte("\uFEFF\n\r\n"), id: "ErrEmpty"},
		{name: "UTF-16 BOM only", file: "utf16le-bom-only.txt", id: "ErrEmpty"},
		{name: "UTF-16BE spaces", in: []byte{0xFE, 0xFF, 0x00, ' ', 0x30, 0x00, 0x00, '\n'}, id: "ErrEmpty"},
		{name: "NUL byte", file: "nul.bin", id: "ErrBinary"},
		{name: "PNG header", file: "png-header.png", id: "ErrBinary"},
		{name: "control characters", in: []byte("\x01\x02\x03\x04\x05abc"), id: "ErrBinary"},
		{name: "UTF-16 without BOM", in: []byte{'a', 0, 'b', 0, '\n', 0}, id: "ErrBinary"},
		{name: "0xFF on line 3", file: "invalid.txt", id: "ErrEncoding", want: map[string]any{"Line": 3, "Column": 4}},
		{name: "0xFF on line 1", in: []byte("\xff"), id: "ErrEncoding", want: map[string]any{"Line": 1, "Column": 1}},
		{name: "0xFE after CRLF lines", in: []byte("a\r\nb\r\ncd\xfe"), id: "ErrEncoding", want: map[string]any{"Line": 3, "Column": 3}},
		{name: "lone lead byte at end", in: []byte("abc\n\xe3"), id: "ErrEncoding", want: map[string]any{"Line": 2, "Column": 1}},
		{
			name: "0xFF after CR lines", file: "invalid-cr.txt", id: "ErrEncoding", want: map[string]any{"Line": 3, "Column": 4},
		},
		{
			name: "bad byte in Shift_JIS file", file: "invalid-shift_jis.txt", id: "ErrEncoding", want: map[string]any{"Line": 3, "Column": 4},
		},
		{
			name: "lone surrogate in UTF-16 file", file: "invalid-utf16le.txt", id: "ErrEncoding", want: map[string]any{"Line": 3},
		},
		{
			name: "whitespace-only Shift_JIS", file: "whitespace-shift_jis.txt", id: "ErrEmpty",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			if tt.file != "" {
				in = readTestdata(t, tt.file)
			}
			got, err := Decode(in)
			checkProblem(t, err, tt.id, tt.want)
			if got != "" {
				t.Errorf("Decode returned text %q with its error", got)
			}
			if tt.file == "" {
				return
			}
			path := decodeFile(tt.file)
			_, err = ReadFile(path)
			want := map[string]any{"File": path}
			for k, v := range tt.want {
				want[k] = v
			}
			checkProblem(t, err, tt.id, want)
		})
	}
}

// checkProblem asserts that err is a *problem.Error with the id and, for
// each key of data, that value.
func checkProblem(t *testing.T, err error, id string, data map[string]any) {
	t.Helper()
	var p *problem.Error
	if !errors.As(err, &p) {
		t.Fatalf("error = %v (%T), want *problem.Error %s", err, err, id)
	}
	if p.ID != id {
		t.Errorf("ID = %s, want %s (%v)", p.ID, id, p)
	}
	for k, v := range data {
		if got, ok := p.Data[k]; !ok || got != v {
			t.Errorf("Data[%q] = %v, want %v (%v)", k, got, v, p)
		}
	}
}

func TestReadFileMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no-such-file.txt")
	_, err := ReadFile(path)
	checkProblem(t, err, "ErrRead", map[string]any{"File": path})
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ErrRead must wrap the cause; errors.Is(err, fs.ErrNotExist) = false for %v", err)
	}
}

// TestDecodeValidUTF8Untouched: valid UTF-8 comes back byte for byte,
// line ends, spaces and all, whatever it holds.
func TestDecodeValidUTF8Untouched(t *testing.T) {
	for _, s := range []string{"a", "\u3000本文\u00a0\r\n", "tab\there\f\n", "写真1\r", "é ü ß — “quotes”", "\uFFFD replacement char is valid UTF-8"} {
		got, err := Decode([]byte(s))
		if err != nil || got != s {
			t.Errorf("Decode(%q) = %q, %v", s, got, err)
		}
		if !utf8.ValidString(got) {
			t.Errorf("Decode(%q) not valid UTF-8", s)
		}
	}
}
