package importtext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/docx"
)

// A Word edition imports like the same text typed into a .txt file.
func TestReadFileWord(t *testing.T) {
	ja, en := loadSample(t, sampleCases[0])
	dir := t.TempDir()
	write := func(name, text string) string {
		var d docx.Doc
		for _, l := range strings.Split(text, "\n") {
			if strings.TrimSpace(l) != "" {
				d.Paras = append(d.Paras, docx.Para{Style: docx.Normal, Text: l})
			}
		}
		data, err := docx.Write(d)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	jaDoc, enDoc := write("ja.docx", ja), write("en.docx", en)
	gotJA, err := ReadFile(jaDoc)
	if err != nil {
		t.Fatal(err)
	}
	gotEN, _ := ReadFile(enDoc)
	a, _ := Import(gotJA, gotEN, nil)
	b, _ := Import(ja, en, nil)
	if len(a.Units) != len(b.Units) {
		t.Fatalf("%d units from Word, %d from text", len(a.Units), len(b.Units))
	}
	for i := range a.Units {
		if a.Units[i].JA != strings.TrimSpace(b.Units[i].JA) && a.Units[i].JA != b.Units[i].JA {
			t.Errorf("unit %d: %q from Word, %q from text", i+1, a.Units[i].JA, b.Units[i].JA)
		}
	}
}
