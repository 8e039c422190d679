package check_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/release"
)

// The sample pairs of /work/shared/samples, copied into testdata.
var sampleCases = []string{"jp-uk-digital-2025", "jp-uk-digital-2025-flawed", "official-style-hierarchy"}

// cleanSamples have no numbering or date defect at all.
var cleanSamples = map[string]bool{"jp-uk-digital-2025": true, "official-style-hierarchy": true}

// expectation is one entry of expected.json; see the samples' README.
// Check and Snippet are a string or a list of strings, any of which is
// accepted.
type expectation struct {
	Check       oneOf  `json:"check"`
	CheckPrefix string `json:"check_prefix"`
	Side        string `json:"side"`
	Snippet     oneOf  `json:"snippet"`

	present map[string]bool // which fields the entry has
}

type expected struct {
	About   string        `json:"about"`
	Must    []expectation `json:"must"`
	MustNot []expectation `json:"must_not"`
}

// oneOf is a JSON string or list of strings.
type oneOf []string

func (o *oneOf) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*o = oneOf{s}
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return fmt.Errorf("want a string or a list of strings, got %s", b)
	}
	*o = l
	return nil
}

func (e *expectation) UnmarshalJSON(b []byte) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		return err
	}
	e.present = map[string]bool{}
	for k := range fields {
		switch k {
		case "check", "check_prefix", "side", "snippet":
			e.present[k] = true
		default:
			return fmt.Errorf("unknown field %q in %s", k, b)
		}
	}
	type plain expectation
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	p.present = e.present
	*e = expectation(p)
	return nil
}

func (e expectation) String() string {
	b, _ := json.Marshal(struct {
		Check       []string `json:"check,omitempty"`
		CheckPrefix string   `json:"check_prefix,omitempty"`
		Side        string   `json:"side,omitempty"`
		Snippet     []string `json:"snippet,omitempty"`
	}{e.Check, e.CheckPrefix, e.Side, e.Snippet})
	return string(b)
}

// matches applies the README's rules: every field the entry has must match.
// A finding on side "both" matches either side; a snippet must occur in
// the Japanese or English text of the finding's unit.
func (e expectation) matches(f check.Finding, r *release.Release) bool {
	if e.present["check"] && !contains(e.Check, f.Check) {
		return false
	}
	if e.present["check_prefix"] && !strings.HasPrefix(f.Check, e.CheckPrefix) {
		return false
	}
	if e.present["side"] && string(f.Side) != e.Side && f.Side != check.Both {
		return false
	}
	if e.present["snippet"] {
		if f.Unit < 0 || f.Unit >= len(r.Units) {
			return false
		}
		u := &r.Units[f.Unit]
		ok := false
		for _, s := range e.Snippet {
			if strings.Contains(u.JA, s) || strings.Contains(u.EN, s) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

type sample struct {
	name   string
	ja, en string
	exp    expected
}

func loadSample(tb testing.TB, name string) sample {
	tb.Helper()
	dir := filepath.Join("testdata", "samples", name)
	read := func(f string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			tb.Fatal(err)
		}
		return b
	}
	s := sample{name: name, ja: string(read("ja.txt")), en: string(read("en.txt"))}
	dec := json.NewDecoder(bytes.NewReader(read("expected.json")))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s.exp); err != nil {
		tb.Fatalf("%s/expected.json: %v", name, err)
	}
	return s
}

// checkSample imports the pair and checks it as the command line does.
func checkSample(s sample) (*release.Release, []check.Finding) {
	g := glossary.Default()
	r, _ := importtext.Import(s.ja, s.en, g)
	return r, check.Run(r, check.Options{Glossary: g})
}

func describe(r *release.Release, fs []check.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		u := r.Units[f.Unit]
		fmt.Fprintf(&b, "\t%s %s unit %d side %s %s %v (ja %.40q, en %.60q)\n", f.Check, f.Severity, f.Unit, f.Side, f.Message, f.Data, u.JA, u.EN)
	}
	if len(fs) == 0 {
		b.WriteString("\t(none)\n")
	}
	return b.String()
}

func TestSamples(t *testing.T) {
	for _, name := range sampleCases {
		t.Run(name, func(t *testing.T) {
			s := loadSample(t, name)
			r, fs := checkSample(s)
			if len(r.Units) == 0 {
				t.Fatal("the import gave no units")
			}
			for _, e := range s.exp.Must {
				found := false
				for _, f := range fs {
					if e.matches(f, r) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("miss: no finding matches must %s", e)
				}
			}
			for _, e := range s.exp.MustNot {
				for _, f := range fs {
					if e.matches(f, r) {
						t.Errorf("violation: must_not %s matched by %s", e, describe(r, []check.Finding{f}))
					}
				}
			}
			if cleanSamples[name] {
				for _, f := range fs {
					if strings.HasPrefix(f.Check, "structure.") || f.Check == check.DateMismatch {
						t.Errorf("clean pair has %s", describe(r, []check.Finding{f}))
					}
				}
			}
			if t.Failed() {
				t.Logf("all findings:\n%s", describe(r, fs))
			}
		})
	}
}

// The testdata copies must stay those of the shared samples, when the
// shared folder is there to compare with.
func TestSamplesAreCopies(t *testing.T) {
	const shared = "/work/shared/samples"
	if _, err := os.Stat(shared); err != nil {
		t.Skip("no shared samples folder")
	}
	for _, name := range sampleCases {
		for _, f := range []string{"ja.txt", "en.txt", "expected.json"} {
			a, errA := os.ReadFile(filepath.Join("testdata", "samples", name, f))
			b, errB := os.ReadFile(filepath.Join(shared, name, f))
			if errA != nil || errB != nil {
				t.Errorf("%s/%s: %v %v", name, f, errA, errB)
				continue
			}
			if !bytes.Equal(a, b) {
				t.Errorf("testdata/samples/%s/%s differs from %s", name, f, shared)
			}
		}
	}
}

// The matching rules themselves, on a hand-made finding.
func TestExpectationMatching(t *testing.T) {
	r := &release.Release{Units: []release.Unit{{ID: "u1", Kind: release.Caption, JA: "写真1", EN: "写真1 Photo"}}}
	f := check.Finding{Check: check.Untranslated, Severity: check.Error, Unit: 0, Side: check.EN}
	both := f
	both.Side = check.Both
	for _, tc := range []struct {
		json string
		f    check.Finding
		want bool
	}{
		{`{"check": "content.untranslated", "side": "en", "snippet": "写真1"}`, f, true},
		{`{"check": ["content.number-mismatch", "content.untranslated"]}`, f, true},
		{`{"check": "content.number-mismatch"}`, f, false},
		{`{"check_prefix": "content."}`, f, true},
		{`{"check_prefix": "structure."}`, f, false},
		{`{"side": "ja"}`, f, false},
		{`{"side": "ja"}`, both, true},
		{`{"snippet": ["Foto", "Photo"]}`, f, true},
		{`{"snippet": "Foto"}`, f, false},
		{`{}`, f, true},
	} {
		var e expectation
		if err := json.Unmarshal([]byte(tc.json), &e); err != nil {
			t.Fatalf("%s: %v", tc.json, err)
		}
		if got := e.matches(tc.f, r); got != tc.want {
			t.Errorf("%s on side %s: matches = %v, want %v", tc.json, tc.f.Side, got, tc.want)
		}
	}
	var e expectation
	if err := json.Unmarshal([]byte(`{"chek": "x"}`), &e); err == nil {
		t.Error("an unknown field must be an error")
	}
}
