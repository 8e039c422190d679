// Package docx reads and writes Word documents (.docx, Office Open XML)
// with the standard library's archive/zip and encoding/xml. Reading gives
// the text of each paragraph as Word shows it, automatic numbering
// included; writing makes an A4 document with Word's heading styles.
package docx

import (
	"archive/zip"
	"bytes"
	"io"

	"taiyaku/app/problem"
)

// Limits that keep a hostile file (a zip bomb, a huge embedded picture)
// from taking the reader's memory: only the XML parts are inflated, each
// up to maxPart bytes, and the whole archive is refused past maxFile.
const (
	maxFile = 256 << 20
	maxPart = 64 << 20
)

// IsDocx tells whether data looks like a Word document: a zip archive
// holding word/document.xml. (An encrypted .docx is an OLE compound file,
// which is not a zip.)
func IsDocx(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return false
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			return true
		}
	}
	return false
}

// encrypted tells whether data is an OLE compound file, as Word saves a
// password-protected document.
func encrypted(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
}

// parts reads the named parts of the archive (a missing one is nil).
func parts(data []byte, names ...string) (map[string][]byte, error) {
	if encrypted(data) {
		return nil, problem.New("ErrDocxEncrypted")
	}
	if len(data) > maxFile {
		return nil, problem.New("ErrDocxTooLarge", "Limit", maxFile>>20)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, problem.New("ErrDocxNotWord")
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	out := map[string][]byte{}
	for _, f := range z.File {
		if !want[f.Name] {
			continue
		}
		b, err := readPart(f)
		if err != nil {
			return nil, err
		}
		out[f.Name] = b
	}
	if out["word/document.xml"] == nil {
		return nil, problem.New("ErrDocxNotWord")
	}
	return out, nil
}

// readPart inflates one part, refusing it past maxPart whatever its header
// claims.
func readPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, problem.New("ErrDocxDamaged", "Part", f.Name)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
	if err != nil {
		return nil, problem.New("ErrDocxDamaged", "Part", f.Name)
	}
	if len(b) > maxPart {
		return nil, problem.New("ErrDocxTooLarge", "Limit", maxPart>>20)
	}
	return b, nil
}
