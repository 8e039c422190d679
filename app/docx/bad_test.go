package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"testing"

	"taiyaku/app/problem"
)

// zipOf makes an archive of the given parts.
func zipOf(t testing.TB, files map[string]io.Reader) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, r := range files {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// zeros is an endless run of zero bytes, cut at n.
func zeros(n int64) io.Reader { return io.LimitReader(zeroReader{}, n) }

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// Bad input is refused with one message id, whatever it is; memory stays
// bounded (the bomb inflates to more than maxPart and is cut there).
func TestBadInput(t *testing.T) {
	doc := func(body string) io.Reader {
		return bytes.NewReader([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`))
	}
	cases := []struct {
		name string
		data []byte
		id   string
	}{
		{"not a zip", []byte("hello"), "ErrDocxNotWord"},
		{"encrypted (OLE)", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), "ErrDocxEncrypted"},
		{"zip without a document", zipOf(t, map[string]io.Reader{"a.txt": bytes.NewReader([]byte("x"))}), "ErrDocxNotWord"},
		{"no text", zipOf(t, map[string]io.Reader{"word/document.xml": doc(`<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>`)}), "ErrDocxEmpty"},
		{"invalid XML", zipOf(t, map[string]io.Reader{"word/document.xml": doc(`<w:p><w:r></w:p>`)}), "ErrDocxXML"},
		{"zip bomb", zipOf(t, map[string]io.Reader{"word/document.xml": zeros(maxPart + 1<<20)}), "ErrDocxTooLarge"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Text(c.data)
			var p *problem.Error
			if !errors.As(err, &p) || p.ID != c.id {
				t.Fatalf("got %v, want %s", err, c.id)
			}
		})
	}
	if IsDocx([]byte("PK\x03\x04garbage")) {
		t.Error("garbage taken for a .docx")
	}
}

// FuzzText: whatever the bytes, Text returns text or a problem, never
// panics.
func FuzzText(f *testing.F) {
	f.Add(fixture(f, "formats"))
	f.Add(fixture(f, "tracked"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := Text(data); err != nil {
			var p *problem.Error
			if !errors.As(err, &p) {
				t.Fatalf("error is not a problem: %v", err)
			}
		}
	})
}

// FuzzDocument feeds arbitrary XML to the document reader (inside a valid
// archive, which the fuzzer would rarely build).
func FuzzDocument(f *testing.F) {
	f.Add(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`)
	f.Add(`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`)
	f.Fuzz(func(t *testing.T, body string) {
		r := &reader{num: &numbering{abstract: map[string]*[9]numLevel{}, nums: map[string]numInstance{}, counters: map[string]*[9]int{}, started: map[numRef]bool{}, styleNums: map[string]numRef{}}}
		_ = r.read([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`))
	})
}
