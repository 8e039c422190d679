package wordlist

import (
	"bytes"
	"compress/gzip"
	"slices"
	"testing"
)

func gz(t testing.TB, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestRead(t *testing.T) {
	words, err := Read(gz(t, "aardvark\nzebra\n"), "# a comment\nFintech startup")
	if err != nil {
		t.Fatal(err)
	}
	// Only a word starting with # is left out: the comment's other words
	// count, as they always have.
	want := []string{"aardvark", "zebra", "a", "comment", "fintech", "startup"}
	if !slices.Equal(words, want) {
		t.Errorf("Read = %q, want %q", words, want)
	}
	if _, err := Read([]byte("not gzip"), ""); err == nil {
		t.Error("Read took a list that is not gzipped")
	}
}

func FuzzRead(f *testing.F) {
	f.Add(gz(f, "word\nother\n"), "extra # note")
	f.Fuzz(func(t *testing.T, data []byte, supplement string) {
		Read(data, supplement)
	})
}
