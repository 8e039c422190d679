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
	kind       string // from the 2.x type "ty:…" or the 1.2 restype "x-…"
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
