package xliff

import (
	"encoding/xml"
	"errors"
	"io"
	"os"
	"strings"

	"taiyaku/app/problem"
	"taiyaku/app/release"
)

// Limits of what Read accepts. The file is streamed and only one unit's
// elements are held at a time, so memory stays a small multiple of the
// file (measured: a 55 MB file of 170,000 units peaks at 350 MB resident),
// and MaxBytes bounds the file; maxDepth stops a file of nothing but
// nested elements from growing the decoder's stack.
const (
	MaxBytes = 32 << 20 // a 10,000-unit release is about 3.5 MB
	maxDepth = 64
)

var errTooLarge = errors.New("input larger than the limit")

// ReadFile reads the XLIFF file at path (1.2 or 2.x) into a new release.
// Every error is a *problem.Error naming the file and, where it applies,
// the line and column.
func ReadFile(path string) (*release.Release, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, problem.Wrap(err, "ErrRead", "File", path)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxBytes {
		return nil, problem.New("ErrXLIFFTooLarge", "File", path, "Limit", MaxBytes>>20)
	}
	return Read(path, f)
}

// Read reads an XLIFF document from in; name is what errors call it.
func Read(name string, in io.Reader) (*release.Release, error) {
	return read(name, in, MaxBytes)
}

func read(name string, in io.Reader, limit int64) (*release.Release, error) {
	lr := &limitReader{r: in, left: limit + 1}
	rd := &reader{name: name, limit: limit, d: xml.NewDecoder(lr)}
	if err := rd.document(); err != nil {
		return nil, err
	}
	if len(rd.units) == 0 {
		return nil, problem.New("ErrXLIFFNoUnits", "File", name)
	}
	return build(rd), nil
}

// limitReader fails once more than the limit has been read (left starts
// at limit+1, so a file of exactly the limit still reads).
type limitReader struct {
	r    io.Reader
	left int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left <= 0 {
		return n, errTooLarge
	}
	return n, err
}

// reader holds the state of one read.
type reader struct {
	name   string
	limit  int64
	d      *xml.Decoder
	depth  int
	rooted bool   // the root element was seen
	v2     bool   // 2.x, else 1.2
	ns     string // the document's namespace
	meta   release.Meta
	units  []unitRec
}

// unitRec is one unit as read, before ids are made unique.
type unitRec struct {
	id, ja, en string
	state      string // the lowest 2.x state, or the 1.2 target state
	approved   bool   // 1.2 approved="yes"
	meta       map[string]string
	notes      []note
}

// fail builds an error at the decoder's current position. Values taken
// from the file (a version, a language, the decoder's detail) are cut to
// one short line: the error is one line whatever the file holds.
func (rd *reader) fail(id string, kv ...any) *problem.Error {
	line, col := rd.d.InputPos()
	for i := 1; i < len(kv); i += 2 {
		if s, ok := kv[i].(string); ok {
			kv[i] = oneLine(s)
		}
	}
	return problem.New(id, append([]any{"File", rd.name, "Line", line, "Column", col}, kv...)...)
}

// oneLine replaces control characters with spaces and cuts s to 80 runes.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7F || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80]) + "…"
	}
	return s
}

// token returns the next token, turning decoder errors into ours, and
// keeps the nesting depth.
func (rd *reader) token() (xml.Token, error) {
	t, err := rd.d.Token()
	switch {
	case errors.Is(err, errTooLarge):
		return nil, problem.New("ErrXLIFFTooLarge", "File", rd.name, "Limit", rd.limit>>20)
	case err == io.EOF && !rd.rooted:
		return nil, rd.fail("ErrXLIFFNotXLIFF") // no element at all: text, JSON, nothing
	case err == io.EOF:
		return nil, rd.fail("ErrXLIFFSyntax", "Detail", "unexpected end of file")
	case err != nil:
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, rd.fail("ErrXLIFFSyntax", "Detail", se.Msg)
		}
		return nil, rd.fail("ErrXLIFFSyntax", "Detail", err.Error())
	}
	switch t.(type) {
	case xml.StartElement:
		if rd.depth++; rd.depth > maxDepth {
			return nil, rd.fail("ErrXLIFFTooDeep", "Limit", maxDepth)
		}
	case xml.EndElement:
		rd.depth--
	}
	return t, nil
}

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
