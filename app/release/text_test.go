package release

import (
	"errors"
	"testing"

	"taiyaku/app/problem"
)

// Text that would not survive a load and save unchanged is refused, with
// the line and the column counted in characters.
func TestUnmarshalRefusesBadText(t *testing.T) {
	head := "{\"format\":\"taiyaku\",\"version\":1,\n\"units\":[{\"id\":\"u1\",\"kind\":\"title\",\"ja\":\"日本"
	cases := []struct {
		name, tail, id string
		line, col      int
	}{
		{"invalid UTF-8", "\xff\"}]}", "ErrInvalidUTF8", 2, 44},
		{"lone high surrogate", "\\ud800\"}]}", "ErrLoneSurrogate", 2, 44},
		{"high then not low", "\\ud800\\u0041\"}]}", "ErrLoneSurrogate", 2, 44},
		{"lone low surrogate", "\\udc00\"}]}", "ErrLoneSurrogate", 2, 44},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Unmarshal([]byte(head + c.tail))
			var p *problem.Error
			if !errors.As(err, &p) || p.ID != c.id || p.Data["Line"] != c.line || p.Data["Column"] != c.col {
				t.Fatalf("got %v (%+v), want %s at %d:%d", err, p, c.id, c.line, c.col)
			}
		})
	}
}

// A pair of surrogates and escaped backslashes are sound text.
func TestUnmarshalKeepsSurrogatePairs(t *testing.T) {
	doc := `{"format":"taiyaku","version":1,"units":[{"id":"u1","kind":"title","ja":"\\ud800 \ud83d\ude00"}]}`
	r, err := Unmarshal([]byte(doc))
	if err != nil || r.Units[0].JA != "\\ud800 😀" {
		t.Fatalf("got %v %q", err, r.Units[0].JA)
	}
}

// Syntax error columns count characters, not bytes.
func TestSyntaxColumnCountsCharacters(t *testing.T) {
	_, err := Unmarshal([]byte("{\"format\":\n \"日本\" x}"))
	var p *problem.Error
	if !errors.As(err, &p) || p.Data["Line"] != 2 || p.Data["Column"] != 7 {
		t.Fatalf("got %v (%+v), want line 2 column 7", err, p)
	}
}
