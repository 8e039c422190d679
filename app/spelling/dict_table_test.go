package spelling

import (
	_ "embed"
	"testing"

	"taiyaku/app/spelling/internal/wordlist"
	"taiyaku/app/spelling/internal/wordtable"
)

//go:embed words.txt.gz
var wordsGz []byte

//go:embed supplement.txt
var supplement string

// TestTableIsCurrent rebuilds the word table from the lists: after a
// list changed, run go generate in app/spelling.
func TestTableIsCurrent(t *testing.T) {
	words, err := wordlist.Read(wordsGz, supplement)
	if err != nil {
		t.Fatal(err)
	}
	data, err := wordtable.Build(words)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != dictBin {
		t.Fatal("dict.bin is older than words.txt.gz or supplement.txt: run go generate ./app/spelling")
	}
	for _, w := range words[:1000] {
		if !inDict(w) {
			t.Fatalf("%q is not found", w)
		}
	}
}
