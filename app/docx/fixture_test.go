package docx

import (
	"archive/zip"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// fixtureNames lists the hand-written fixtures testdata/NAME.docx.d.
func fixtureNames(t *testing.T) []string {
	t.Helper()
	dirs, _ := filepath.Glob(filepath.Join("testdata", "*.docx.d"))
	var out []string
	for _, d := range dirs {
		out = append(out, strings.TrimSuffix(filepath.Base(d), ".docx.d"))
	}
	sort.Strings(out)
	return out
}

// fixture zips testdata/NAME.docx.d into a .docx, adding the package
// parts every document has (content types and relationships).
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	root := filepath.Join("testdata", name+".docx.d")
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	add := func(n string, data []byte) {
		w, err := z.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write(data)
	}
	add("[Content_Types].xml", []byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`+
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`+
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`+
		`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`+
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`))
	add("_rels/.rels", []byte(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`))
	rels := `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.meti.go.jp/" TargetMode="External"/>`
	for _, part := range []string{"numbering", "styles"} {
		if _, err := os.Stat(filepath.Join(root, "word", part+".xml")); err == nil {
			rels += `<Relationship Id="r` + part + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` + part + `" Target="` + part + `.xml"/>`
		}
	}
	add("word/_rels/document.xml.rels", []byte(rels+`</Relationships>`))
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		add(filepath.ToSlash(rel), data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
