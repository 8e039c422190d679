package release

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

var validCases = []string{
	`{}`, `[]`, `""`, `0`, `-0`, `1.5e+3`, `-12.25E-2`, `true`, `false`, `null`,
	` {"a": [1, 2, {"b": null}], "c": "\u00e9\n\"x\""} `,
	`{"format":"taiyaku","version":1,"units":[{"id":"u1","kind":"title","ja":"令和","en":"Reiwa"}]}`,
	"\t[\r\n]\n",
	// refused
	``, ` `, `{`, `}`, `[1,]`, `{"a":1,}`, `{"a" 1}`, `{a:1}`, `01`, `1.`, `.5`, `1e`, `-`, `+1`,
	`"\x"`, `"\u12g4"`, "\"a\tb\"", `"abc`, `tru`, `nul`, `[1 2]`, `{"a":1}{}`, `[]]`,
	"\"\xff\"", // not UTF-8: valid JSON to encoding/json, refused later by badText
}

// TestValidFastAgreesWithEncodingJSON over hand-made cases and the
// package's release files.
func TestValidFastAgreesWithEncodingJSON(t *testing.T) {
	cases := append([]string(nil), validCases...)
	cases = append(cases, strings.Repeat("[", maxDepth+5)+strings.Repeat("]", maxDepth+5))
	if b, err := os.ReadFile("testdata/unknown-fields.taiyaku"); err == nil {
		cases = append(cases, string(b))
	}
	if b, err := Marshal(bigRelease(20)); err == nil {
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		got, want := validFast([]byte(c)), json.Valid([]byte(c))
		if got && !want || !got && want && !strings.HasPrefix(c, "[[[[") {
			t.Errorf("validFast(%.40q) = %v, json.Valid %v", c, got, want)
		}
	}
}

func FuzzValidFast(f *testing.F) {
	for _, c := range validCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if validFast(data) && !json.Valid(data) {
			t.Fatalf("validFast accepts %q, which encoding/json refuses", data)
		}
		if !validFast(data) && json.Valid(data) && len(data) < 2*maxDepth {
			t.Fatalf("validFast refuses %q, which encoding/json accepts", data)
		}
	})
}

// TestStatusReadAsEncodingJSONReadsIt: the direct reading of a unit's
// status object gives what encoding/json gives, in every shape.
func TestStatusReadAsEncodingJSONReadsIt(t *testing.T) {
	for _, c := range []string{
		`{"en":"reviewed","ja":"translated"}`, `{}`, `{"ja":"draft"}`, `{"JA":"reviewed","en":"draft"}`,
		`{"ja":null,"en":"draft"}`, `{"ja":"dr\u0061ft"}`, `{"ja":"a","ja":"b"}`, `{"ja":"a","x":1}`, `null`, `"x"`, `[1]`,
	} {
		var got, want unitStatus
		errGot, errWant := got.decode([]byte(c)), json.Unmarshal([]byte(c), &want)
		if got != want || (errGot == nil) != (errWant == nil) {
			t.Errorf("%s: %+v (%v), encoding/json %+v (%v)", c, got, errGot, want, errWant)
		}
	}
}
