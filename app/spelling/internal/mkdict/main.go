// Command mkdict builds the spelling dictionary's word table (dict.bin)
// from the word lists: go generate in app/spelling runs it after a list
// changed, and a test there fails while the table is out of date.
package main

import (
	"fmt"
	"os"

	"taiyaku/app/spelling/internal/wordlist"
	"taiyaku/app/spelling/internal/wordtable"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: mkdict words.txt.gz supplement.txt dict.bin")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, "mkdict:", err)
		os.Exit(1)
	}
}

func run(listPath, supplementPath, out string) error {
	gz, err := os.ReadFile(listPath)
	if err != nil {
		return err
	}
	supplement, err := os.ReadFile(supplementPath)
	if err != nil {
		return err
	}
	words, err := wordlist.Read(gz, string(supplement))
	if err != nil {
		return err
	}
	data, err := wordtable.Build(words)
	if err != nil {
		return err
	}
	return os.WriteFile(out, data, 0o644)
}
