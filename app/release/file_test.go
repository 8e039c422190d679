package release

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/problem"
)

func TestRoundTripKeepsUnknownFields(t *testing.T) {
	r, err := Load("testdata/unknown-fields.taiyaku")
	if err != nil {
		t.Fatal(err)
	}
	if r.Units[0].StatusJA != Translated || r.Units[0].StatusEN != Reviewed || r.Meta.Ministry != "METI" {
		t.Fatalf("fields not read: %+v", r.Units[0])
	}
	out := filepath.Join(t.TempDir(), "out.taiyaku")
	if err := Save(out, r); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(out)
	for _, want := range []string{`"future_top"`, `"future_meta": true`, `"future_unit": "kept"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("saved file lost %s:\n%s", want, data)
		}
	}
	again, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	second, _ := Marshal(again)
	if string(second) != string(data) {
		t.Fatalf("second save differs:\n%s\n---\n%s", data, second)
	}
}

func TestUnmarshalRejects(t *testing.T) {
	cases := []struct {
		name, doc, id string
	}{
		{"empty", "", "ErrEmpty"},
		{"spaces", "  \n", "ErrEmpty"},
		{"truncated", `{"format":"taiyaku","version":1,"units":[{"id":"u1"`, "ErrSyntax"},
		{"binary", "\x00\x01\x02", "ErrSyntax"},
		{"not a release", `{"hello":1}`, "ErrNotRelease"},
		{"newer", `{"format":"taiyaku","version":2,"units":[]}`, "ErrNewerVersion"},
		{"no units", `{"format":"taiyaku","version":1}`, "ErrBadField"},
		{"units not array", `{"format":"taiyaku","version":1,"units":3}`, "ErrBadField"},
		{"duplicate id", `{"format":"taiyaku","version":1,"units":[{"id":"a","kind":"title"},{"id":"a","kind":"title"}]}`, "ErrBadUnit"},
		{"unknown kind", `{"format":"taiyaku","version":1,"units":[{"id":"a","kind":"poem"}]}`, "ErrBadUnit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Unmarshal([]byte(c.doc))
			var p *problem.Error
			if !errors.As(err, &p) || p.ID != c.id {
				t.Fatalf("got %v, want %s", err, c.id)
			}
		})
	}
}

func TestSyntaxErrorNamesLine(t *testing.T) {
	_, err := Unmarshal([]byte("{\n  \"format\": \"taiyaku\",\n  oops\n}"))
	var p *problem.Error
	if !errors.As(err, &p) || p.Data["Line"] != 3 {
		t.Fatalf("got %v, want line 3", err)
	}
}

func TestLoadNamesFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "cut.taiyaku")
	if err := os.WriteFile(p, []byte(`{"format":"taiyaku","ver`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(p)
	var pe *problem.Error
	if !errors.As(err, &pe) || pe.Data["File"] != p {
		t.Fatalf("error does not name the file: %v", err)
	}
}

func TestNewUnitIDsNeverRepeat(t *testing.T) {
	r := &Release{Units: []Unit{{ID: "u7"}, {ID: "x"}}}
	a, b := r.Append(Paragraph, "", ""), r.Append(Paragraph, "", "")
	if r.Units[a].ID != "u8" || r.Units[b].ID != "u9" {
		t.Fatalf("ids %s %s", r.Units[a].ID, r.Units[b].ID)
	}
}

// FuzzUnmarshal feeds arbitrary bytes to the loader: it must either refuse
// them with a problem or return a release that saves and loads again equal.
func FuzzUnmarshal(f *testing.F) {
	seed, _ := os.ReadFile("testdata/unknown-fields.taiyaku")
	f.Add(seed)
	f.Add([]byte(`{"format":"taiyaku","version":1,"units":[]}`))
	f.Add([]byte(`{"format":"taiyaku","version":1,"units":[{"id":"u1","kind":"paragraph","ja":"あ","en":"a"}]}`))
	f.Add([]byte(`{"format":"taiyaku","version":9}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Unmarshal(data)
		if err != nil {
			var p *problem.Error
			if !errors.As(err, &p) {
				t.Fatalf("error is not a problem: %v", err)
			}
			return
		}
		out, err := Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		r2, err := Unmarshal(out)
		if err != nil {
			t.Fatalf("saved release does not load: %v\n%s", err, out)
		}
		out2, _ := Marshal(r2)
		if string(out) != string(out2) {
			t.Fatalf("not stable:\n%s\n%s", out, out2)
		}
	})
}
