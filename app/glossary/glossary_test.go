package glossary

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"taiyaku/app/problem"
)

func TestParseAndFind(t *testing.T) {
	g, err := Parse([]byte(`[terms]
"経済産業省" = ["Ministry of Economy, Trade and Industry", "METI"]
"経済産業" = ["economy, trade and industry"]
"総務省" = ["MIC"]
"内閣官房" = ["Cabinet Secretariat"]
`))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		ja, en  string
		missing []string
	}{
		{"経済産業省が発表した。", "METI announced.", nil},
		{"経済産業省が発表した。", "The ministry announced.", []string{"経済産業省"}}, // the shorter term inside is not counted again
		{"総務省は経済対策を決めた。", "Economic measures were decided.", []string{"総務省"}},
		{"総務省は決めた。", "MIC decided.", nil},
		{"なし", "none", nil},
		// chkstruct (issue 8): a term that a longer compound continues is not the term.
		{"内閣官房参与・財務省顧問の職にある。", "Special Advisor to the Prime Minister.", nil},
		{"内閣官房長官が述べた。", "The Chief Cabinet Secretary said.", nil},
		{"内閣官房が発表した。", "It was announced.", []string{"内閣官房"}},
		{"内閣官房・総務省が発表した。", "The Cabinet Secretariat and MIC announced.", nil},
		{"経済産業省商務情報政策局が発表した。", "The ministry announced.", []string{"経済産業省"}}, // a body's name is complete
	}
	for _, c := range cases {
		var got []string
		for _, term := range g.Missing(c.ja, c.en) {
			got = append(got, term.JA)
		}
		if len(got) != len(c.missing) || (len(got) > 0 && got[0] != c.missing[0]) {
			t.Errorf("Missing(%q, %q) = %v, want %v", c.ja, c.en, got, c.missing)
		}
	}
	if r := g.Rendered("The Ministry of Economy, Trade and Industry and MIC"); len(r) != 3 {
		t.Errorf("Rendered found %d terms, want 3 (both METI terms and MIC)", len(r))
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ doc, id string }{
		{"[terms\n", "ErrGlossary"},
		{"[words]\n\"a\" = [\"b\"]\n", "ErrGlossaryKey"},
	} {
		_, err := Parse([]byte(c.doc))
		var p *problem.Error
		if !errors.As(err, &p) || p.ID != c.id {
			t.Errorf("%q: %v, want %s", c.doc, err, c.id)
		}
	}
	path := filepath.Join(t.TempDir(), "g.toml")
	if err := os.WriteFile(path, []byte("[terms\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	var p *problem.Error
	if !errors.As(err, &p) || p.Data["File"] != path {
		t.Errorf("Load error does not name the file: %v", err)
	}
}

func TestDefaultGlossary(t *testing.T) {
	if len(Default().Terms) < 30 {
		t.Fatalf("the starter glossary has %d terms", len(Default().Terms))
	}
}
