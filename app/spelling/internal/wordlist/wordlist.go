// Package wordlist reads the spelling dictionary's sources: SCOWL's
// merged list (gzipped, one lower-cased word a line) and the supplement
// (words separated by spaces, # starting a comment word).
package wordlist

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"strings"
)

// Read returns the words of both sources, the supplement's lower-cased.
func Read(gz []byte, supplement string) ([]string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	words := make([]string, 0, 140_000)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, w := range strings.Fields(supplement) {
		if !strings.HasPrefix(w, "#") {
			words = append(words, strings.ToLower(w))
		}
	}
	return words, nil
}
