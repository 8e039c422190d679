package importtext

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

var scanCases = []string{
	"", "abc\n", "経済産業省\r\n令和8年", "abcdefg\x00hij", "\x01\x02\x03\x04\x05\x06\x07\x08\x0b",
	"あいう\xe3\x81", "\xed\xa0\x80", "\xe0\x80\x80abc", "é€𝄞\t\f", "12345678\x1b経済\x00", "\xff", "\xef\xbf\xbd",
}

// scanText answers as the three passes it replaces do, on valid text.
func TestScanText(t *testing.T) {
	for _, s := range scanCases {
		checkScan(t, []byte(s))
	}
}

func FuzzScanText(f *testing.F) {
	for _, s := range scanCases {
		f.Add([]byte(s))
	}
	f.Fuzz(checkScan)
}

func checkScan(t *testing.T, data []byte) {
	valid, ctrl, nul := scanText(data)
	if valid != utf8.Valid(data) {
		t.Fatalf("scanText(%q) valid %v", data, valid)
	}
	if !valid {
		return
	}
	if want := controlBytes(data); ctrl != want {
		t.Errorf("scanText(%q) ctrl %d, want %d", data, ctrl, want)
	}
	if want := bytes.IndexByte(data, 0) >= 0; nul != want {
		t.Errorf("scanText(%q) nul %v, want %v", data, nul, want)
	}
}
