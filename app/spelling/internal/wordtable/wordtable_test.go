package wordtable

import (
	"strings"
	"testing"
)

func mustBuild(t testing.TB, words []string) *Table {
	t.Helper()
	data, err := Build(words)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := Open(string(data))
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func TestHas(t *testing.T) {
	words := []string{"government", "ministry", "a", "café", "government", "x" + strings.Repeat("y", 254)}
	tab := mustBuild(t, words)
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"government", true}, {"ministry", true}, {"a", true}, {"café", true},
		{"x" + strings.Repeat("y", 254), true},
		{"goverment", false}, {"", false}, {"Government", false}, {"governments", false},
		{"x" + strings.Repeat("y", 300), false},
	} {
		if got := tab.Has(tc.w); got != tc.want {
			t.Errorf("Has(%q) = %v, want %v", tc.w, got, tc.want)
		}
		if got := tab.HasBytes([]byte(tc.w)); got != tc.want {
			t.Errorf("HasBytes(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestBuildIsStable(t *testing.T) {
	a, _ := Build([]string{"b", "a", "c"})
	b, _ := Build([]string{"c", "b", "a", "a"})
	if string(a) != string(b) {
		t.Error("the same set built two tables")
	}
}

func TestBuildRefuses(t *testing.T) {
	for _, w := range []string{"", strings.Repeat("z", 256)} {
		if _, err := Build([]string{w}); err == nil {
			t.Errorf("Build took a word of %d bytes", len(w))
		}
	}
}

func TestOpenRefuses(t *testing.T) {
	good, _ := Build([]string{"word"})
	for name, data := range map[string]string{
		"empty":     "",
		"magic":     "XXXX" + string(good[4:]),
		"buckets":   magic + "\x03\x00\x00\x00",
		"cut short": string(good[:headerLen+2]),
	} {
		if _, err := Open(data); err == nil {
			t.Errorf("%s: opened", name)
		}
	}
	var nilTable *Table
	if nilTable.Has("word") {
		t.Error("a nil table has a word")
	}
}

// FuzzOpen feeds Open and Has arbitrary bytes: a damaged table is refused
// or answers, never panics.
func FuzzOpen(f *testing.F) {
	good, _ := Build([]string{"word", "other"})
	f.Add(string(good), "word")
	f.Add(magic+"\x01\x00\x00\x00\x00\x00\x00\x00\xff\x00\x00\x00", "w")
	f.Fuzz(func(t *testing.T, data, w string) {
		tab, err := Open(data)
		if err != nil {
			return
		}
		tab.Has(w)
		tab.HasBytes([]byte(w))
	})
}

// FuzzBuild checks that every word built in is found.
func FuzzBuild(f *testing.F) {
	f.Add("government ministry café")
	f.Fuzz(func(t *testing.T, text string) {
		words := strings.Fields(text)
		data, err := Build(words)
		if err != nil {
			return
		}
		tab, err := Open(string(data))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range words {
			if !tab.Has(w) {
				t.Fatalf("%q built in, not found", w)
			}
		}
	})
}
