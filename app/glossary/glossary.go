// Package glossary reads the TOML glossaries of Japanese terms and their
// accepted English renderings, and finds them in a pair of texts.
package glossary

import (
	"os"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"taiyaku/app/problem"
	"taiyaku/app/textfacts"
	"taiyaku/assets"
)

// Term is one glossary entry: a Japanese term and the English renderings
// any one of which the English edition must use.
type Term struct {
	JA string
	EN []string
}

// Glossary is a list of terms, longest Japanese first so that a longer
// term (経済産業省) is preferred over a shorter one it contains.
type Glossary struct {
	Terms []Term
}

// Parse reads a TOML glossary: a [terms] table mapping each
// Japanese term to an array of English renderings.
//
//	[terms]
//	"経済産業省" = ["Ministry of Economy, Trade and Industry", "METI"]
func Parse(data []byte) (*Glossary, error) {
	var doc struct {
		Terms map[string][]string `toml:"terms"`
	}
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		line := 0
		if pe, ok := err.(toml.ParseError); ok {
			line = pe.Position.Line
		}
		return nil, problem.Wrap(err, "ErrGlossary", "Line", line)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, problem.New("ErrGlossaryKey", "Key", und[0].String())
	}
	g := &Glossary{}
	for ja, en := range doc.Terms {
		if ja != "" && len(en) > 0 {
			g.Terms = append(g.Terms, Term{JA: ja, EN: en})
		}
	}
	sort.Slice(g.Terms, func(a, b int) bool {
		x, y := g.Terms[a].JA, g.Terms[b].JA
		if len(x) != len(y) {
			return len(x) > len(y)
		}
		return x < y
	})
	return g, nil
}

// Load reads a glossary file; errors name the file.
func Load(path string) (*Glossary, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	g, err := Parse(data)
	if p, ok := err.(*problem.Error); ok {
		p.Data["File"] = path
	}
	return g, err
}

// Default returns the starter glossary of ministries and agencies.
func Default() *Glossary {
	g, err := Parse(assets.Glossary)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return g
}

// Found returns the terms of ja and, for each, whether en has one of its
// renderings. A term inside a longer term already found is not counted
// again (経済産業 inside 経済産業省).
func (g *Glossary) Found(ja, en string) (terms []Term, ok []bool) {
	enLower := strings.ToLower(textfacts.Normalize(en))
	covered := ja
	for _, t := range g.Terms {
		if !strings.Contains(covered, t.JA) {
			continue
		}
		covered = strings.ReplaceAll(covered, t.JA, "\x00")
		terms = append(terms, t)
		ok = append(ok, anyIn(enLower, t.EN))
	}
	return terms, ok
}

// Rendered returns the terms one of whose renderings en contains.
func (g *Glossary) Rendered(en string) []Term {
	enLower := strings.ToLower(textfacts.Normalize(en))
	var out []Term
	for _, t := range g.Terms {
		if anyIn(enLower, t.EN) {
			out = append(out, t)
		}
	}
	return out
}

// Missing returns the terms found in ja for which en has none of the
// renderings. A term inside a longer term already found is not counted
// again.
func (g *Glossary) Missing(ja, en string) []Term {
	terms, ok := g.Found(ja, en)
	var out []Term
	for i, t := range terms {
		if !ok[i] {
			out = append(out, t)
		}
	}
	return out
}

func anyIn(s string, alts []string) bool {
	for _, a := range alts {
		if strings.Contains(s, strings.ToLower(textfacts.Normalize(a))) {
			return true
		}
	}
	return false
}
