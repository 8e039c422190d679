package webpage

import (
	"errors"
	"io"
	"time"

	"golang.org/x/net/html"

	"taiyaku/app/problem"
)

// parseTime bounds the time the parser may take. A page within the limits
// parses in two seconds at most (400,000 tags, measured); the parser joins runs of text split by
// tags it ignores (a stray </x>, a <td> outside a table) by copying the
// whole run each time, so hostile input could otherwise keep it busy for
// hours.
const parseTime = 10 * time.Second

// readChunk is the most the parser gets per read: the deadline is checked
// at each read, so little work is done between two checks.
const readChunk = 512

var errSlow = errors.New("parse time exceeded")

// parse builds the page's tree, refusing a page not parsed by deadline.
func parse(src string, deadline time.Time) (*html.Node, error) {
	doc, err := html.Parse(&guardedReader{src: src, deadline: deadline})
	if errors.Is(err, errSlow) {
		return nil, problem.New("ErrWebSlow", "Seconds", int(parseTime.Seconds()))
	}
	return doc, err
}

// guardedReader serves src in small chunks until the deadline.
type guardedReader struct {
	src      string
	deadline time.Time
}

func (r *guardedReader) Read(p []byte) (int, error) {
	if r.src == "" {
		return 0, io.EOF
	}
	if time.Now().After(r.deadline) {
		return 0, errSlow
	}
	n := copy(p[:min(len(p), readChunk)], r.src)
	r.src = r.src[n:]
	return n, nil
}
