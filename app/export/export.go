// Package export writes one edition of a release as a plain-text, Markdown
// or HTML file for people who do not use Taiyaku: a web editor, a reviewer,
// a ministry's publishing system.
package export

import (
	"os"
	"path/filepath"
	"strings"

	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
)

// Format is an output file format.
type Format string

// The formats; each value is also the file extension.
const (
	TXT  Format = "txt"
	MD   Format = "md"
	HTML Format = "html"
	PDF  Format = "pdf"
	DOCX Format = "docx"
)

// Formats lists every format, in the order a menu offers them.
var Formats = []Format{TXT, MD, HTML, PDF, DOCX}

// ParseFormat reads a format name as a user types it: case and a leading
// dot are ignored, so ".HTML" and "html" both work.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), ".")))
	for _, x := range Formats {
		if f == x {
			return f, nil
		}
	}
	return "", problem.New("ErrBadFormat", "Format", s)
}

// block is one output paragraph: a kind, a heading level and one line of text.
type block struct {
	kind  release.Kind
	level int
	text  string
}

// blocks lists what edition ed shows, in order. Furniture and units empty in
// ed are skipped, so an edition never shows the other's text; a unit that
// keeps two source paragraphs ("\n") gives one block per line.
func blocks(r *release.Release, ed release.Edition, levels []int) []block {
	var out []block
	for i := range r.Units {
		u := &r.Units[i]
		if u.Kind == release.Furniture {
			continue
		}
		lvl := 0
		if i < len(levels) {
			lvl = levels[i]
		}
		for _, line := range lines(u.Text(ed)) {
			out = append(out, block{kind: u.Kind, level: lvl, text: line})
		}
	}
	return out
}

// lines splits a unit text into its non-blank lines, trailing white space
// and carriage returns removed (text pasted from Windows keeps "\r").
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// Render writes edition ed of r in format f. levels[i] is the heading level
// of unit i (0 when unknown or not a heading); a short slice means 0 for the
// rest. An unknown format renders as TXT, the format every reader opens.
// A PDF that cannot be made (it never fails with the embedded font) is nil;
// Encode returns the error.
func Render(r *release.Release, ed release.Edition, f Format, levels []int) []byte {
	data, _ := Encode(r, ed, f, levels)
	return data
}

// Encode is Render with the error of a PDF that could not be made.
func Encode(r *release.Release, ed release.Edition, f Format, levels []int) ([]byte, error) {
	return encode(r, ed, f, levels, Link{})
}

// encode is Encode; an HTML page links other when other.File is set.
func encode(r *release.Release, ed release.Edition, f Format, levels []int, other Link) ([]byte, error) {
	bs := blocks(r, ed, levels)
	switch f {
	case PDF:
		return renderPDF(bs, ed, pageTitle(r, ed))
	case DOCX:
		return renderDOCX(bs, ed, pageTitle(r, ed))
	}
	return renderText(bs, r, ed, f, other), nil
}

func renderText(bs []block, r *release.Release, ed release.Edition, f Format, other Link) []byte {
	switch f {
	case MD:
		return renderMD(bs)
	case HTML:
		return renderHTML(bs, ed, pageTitle(r, ed), other)
	default:
		return renderTXT(bs)
	}
}

// renderTXT separates blocks with a blank line, like the source texts.
func renderTXT(bs []block) []byte {
	var b strings.Builder
	for i, x := range bs {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(x.text)
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// FileName returns the name of edition ed of base in format f, such as
// "release.ja.html", so both editions sit side by side in one folder.
func FileName(base string, ed release.Edition, f Format) string {
	return base + "." + string(ed) + "." + string(f)
}

// Write renders each edition of eds into dir (created if missing) and
// returns the paths written, in order. Each file is written atomically, so
// an export over an older one never leaves a half-written file. progress,
// if not nil, is called after each file with (done, total). The HTML pages
// of both editions written together link each other.
func Write(dir, base string, r *release.Release, eds []release.Edition, f Format, levels []int, progress func(done, total int)) ([]string, error) {
	same := func(release.Edition) []int { return levels }
	return WriteEditions(dir, base, r, eds, f, same, progress)
}

// WriteEditions is Write with each edition's own heading levels,
// levelsOf(ed), as the outline finds them per edition.
func WriteEditions(dir, base string, r *release.Release, eds []release.Edition, f Format, levelsOf func(release.Edition) []int, progress func(done, total int)) ([]string, error) {
	if _, err := ParseFormat(string(f)); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, problem.Wrap(err, "ErrWrite", "File", dir)
	}
	paths := make([]string, 0, len(eds))
	for i, ed := range eds {
		path := filepath.Join(dir, FileName(base, ed, f))
		data, err := encode(r, ed, f, levelsOf(ed), linkFor(base, ed, eds, f))
		if err == nil {
			err = storage.WriteFile(path, data, 0o644)
		}
		if err != nil {
			return paths, problem.Wrap(err, "ErrWrite", "File", path)
		}
		paths = append(paths, path)
		if progress != nil {
			progress(i+1, len(eds))
		}
	}
	return paths, nil
}

// linkFor is the link from edition ed's page to the other edition's page,
// when f is HTML and that page is written in the same export; else none.
func linkFor(base string, ed release.Edition, eds []release.Edition, f Format) Link {
	if f != HTML {
		return Link{}
	}
	for _, o := range eds {
		if o != ed {
			return Link{File: FileName(filepath.Base(base), o, f), Edition: o}
		}
	}
	return Link{}
}
