package xliff

import (
	"encoding/xml"
	"strings"

	"taiyaku/app/release"
)

// The walk over the document: the root is checked, containers (file,
// group, body) are entered, each unit is read whole into a node and turned
// into a record, and everything else is skipped without being kept.

// document reads the root element and everything in it.
func (rd *reader) document() error {
	for {
		t, err := rd.token()
		if err != nil {
			return err
		}
		if se, ok := t.(xml.StartElement); ok {
			rd.rooted = true
			if err := rd.root(se); err != nil {
				return err
			}
			return rd.body()
		}
	}
}

// root checks that the document is XLIFF of a version we read, from
// Japanese into English.
func (rd *reader) root(se xml.StartElement) error {
	if se.Name.Local != "xliff" {
		return rd.fail("ErrXLIFFNotXLIFF")
	}
	version := attr(se.Attr, "", "version")
	switch {
	case se.Name.Space == ns2 || strings.HasPrefix(version, "2."):
		rd.v2, rd.ns = true, se.Name.Space
		return rd.languages(attr(se.Attr, "", "srcLang"), attr(se.Attr, "", "trgLang"))
	case se.Name.Space == ns12 || version == "1.2" || version == "1.1" || version == "1.0":
		rd.ns = se.Name.Space
		return nil
	}
	return rd.fail("ErrXLIFFVersion", "Version", version)
}

// languages refuses an XLIFF whose source is not Japanese or whose target,
// when it names one, is not English: reading it would put the wrong texts
// into the editions.
func (rd *reader) languages(src, trg string) error {
	if primary(src) != "ja" || (trg != "" && primary(trg) != "en") {
		if src == "" {
			src = "?"
		}
		if trg == "" {
			trg = "?"
		}
		return rd.fail("ErrXLIFFLanguages", "Source", src, "Target", trg)
	}
	return nil
}

// primary returns the language subtag of a tag, lower case ("ja-JP" → "ja").
func primary(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

// body walks the root's content: containers are entered, units read
// whole, and anything else skipped.
func (rd *reader) body() error {
	for rd.depth > 0 {
		t, err := rd.token()
		if err != nil {
			return err
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		if err := rd.element(se); err != nil {
			return err
		}
	}
	return nil
}

// element handles one start tag below the root.
func (rd *reader) element(se xml.StartElement) error {
	if se.Name.Space != rd.ns {
		return rd.skip()
	}
	switch name := se.Name.Local; {
	case name == "file" && rd.v2:
		if len(rd.units) == 0 {
			rd.meta = metaOf(se.Attr)
		}
		return nil
	case name == "file":
		return rd.languages(attr(se.Attr, "", "source-language"), attr(se.Attr, "", "target-language"))
	case name == "group" || name == "body" && !rd.v2:
		return nil // entered: its units follow
	case name == "unit" && rd.v2, name == "trans-unit" && !rd.v2:
		line, _ := rd.d.InputPos()
		n, err := rd.subtree(se, line)
		if err != nil {
			return err
		}
		return rd.unit(n)
	}
	return rd.skip()
}

// skip consumes the rest of the element just started.
func (rd *reader) skip() error {
	for stop := rd.depth - 1; rd.depth > stop; {
		if _, err := rd.token(); err != nil {
			return err
		}
	}
	return nil
}

// subtree reads the rest of the element se into a node.
func (rd *reader) subtree(se xml.StartElement, line int) (*node, error) {
	n := &node{name: se.Name, attr: se.Copy().Attr, line: line}
	for {
		t, err := rd.token()
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			line, _ := rd.d.InputPos()
			c, err := rd.subtree(t, line)
			if err != nil {
				return nil, err
			}
			n.kids = append(n.kids, c)
		case xml.CharData:
			n.kids = append(n.kids, string(t))
		case xml.EndElement:
			return n, nil
		}
	}
}

// unit turns a unit's subtree into a record.
func (rd *reader) unit(n *node) error {
	var rec unitRec
	var err error
	if rd.v2 {
		rec, err = rd.unit2(n)
	} else {
		rec, err = rd.unit12(n)
	}
	if err != nil {
		return err
	}
	rd.units = append(rd.units, rec)
	return nil
}

// attr returns the value of the attribute space:local in as.
func attr(as []xml.Attr, space, local string) string {
	for _, a := range as {
		if a.Name.Local == local && a.Name.Space == space {
			return a.Value
		}
	}
	return ""
}

// metaOf reads the release metadata a 2.1 file element carries.
func metaOf(as []xml.Attr) release.Meta {
	return release.Meta{Ministry: attr(as, nsTY, "ministry"), Division: attr(as, nsTY, "division"),
		ReleaseID: attr(as, nsTY, "release"), Glossary: attr(as, nsTY, "glossary")}
}
