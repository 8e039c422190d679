// Package tmx writes the paired units of a release as a TMX 1.4b
// translation memory, the format every CAT tool imports (Trados, memoQ,
// OmegaT), so that a ministry's past releases help translate the next one.
//
// Only what a memory can use goes in: units with text in both editions.
// One-sided units (nothing to pair) and furniture (breadcrumbs, not the
// release) are left out. Each translation unit's tuid is the unit's id, so
// exporting the same release again updates the same entries.
package tmx

import (
	"fmt"
	"strings"
	"time"

	"taiyaku/app/internal/xmltext"
	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
)

// ToolVersion is the creationtoolversion written: the app's version, as
// FyneApp.toml gives it (a test keeps the two in step).
const ToolVersion = "0.3.0"

// Extension is the file extension written.
const Extension = ".tmx"

// Options say how to write.
type Options struct {
	// LangJA and LangEN are the xml:lang of the two editions; "" gives
	// ja-JP and en-US. Some tools want bare codes (ParseLangs "ja,en").
	LangJA, LangEN string
	// Now is the creationdate; the zero time means time.Now.
	Now time.Time
}

// ParseLangs reads the --tmx-lang value: two language tags, Japanese then
// English, separated by a comma ("ja,en", "ja-JP,en-US", "ja-JP,en-GB").
// "" gives the defaults.
func ParseLangs(s string) (ja, en string, err error) {
	if strings.TrimSpace(s) == "" {
		return "ja-JP", "en-US", nil
	}
	ja, en, ok := strings.Cut(s, ",")
	ja, en = strings.TrimSpace(ja), strings.TrimSpace(en)
	if !ok || !isTag(ja, "ja") || !isTag(en, "en") {
		return "", "", problem.New("ErrBadTMXLang", "Lang", s)
	}
	return ja, en, nil
}

// isTag reports whether tag is lang, alone or followed by subtags of
// letters and digits ("en", "en-US", "ja-Jpan-JP").
func isTag(tag, lang string) bool {
	parts := strings.Split(tag, "-")
	if !strings.EqualFold(parts[0], lang) {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) == 0 || len(p) > 8 || strings.IndexFunc(p, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
		}) >= 0 {
			return false
		}
	}
	return true
}

// Pairable reports whether unit u goes into a memory: text in both
// editions, and not furniture.
func Pairable(u *release.Unit) bool {
	return u.Kind != release.Furniture && strings.TrimSpace(u.JA) != "" && strings.TrimSpace(u.EN) != ""
}

// Marshal renders the pairable units of r as a TMX 1.4b document. Text
// goes in as it is, line breaks included (segtype "paragraph": a unit is a
// paragraph or a heading, not a sentence). A character XML cannot hold
// (a stray control character) is left out: TMX has no way to carry it,
// and a memory entry is not the record of the text.
func Marshal(r *release.Release, o Options) []byte {
	if o.LangJA == "" {
		o.LangJA = "ja-JP"
	}
	if o.LangEN == "" {
		o.LangEN = "en-US"
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	date := o.Now.UTC().Format("20060102T150405Z")
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<!DOCTYPE tmx SYSTEM "tmx14.dtd">` + "\n")
	b.WriteString(`<tmx version="1.4">` + "\n")
	fmt.Fprintf(&b, `  <header creationtool="Taiyaku" creationtoolversion="%s" segtype="paragraph" o-tmf="Taiyaku" adminlang="en-US" srclang="%s" datatype="plaintext" creationdate="%s"/>`+"\n",
		ToolVersion, xmltext.Attr(o.LangJA), date)
	b.WriteString("  <body>\n")
	for i := range r.Units {
		u := &r.Units[i]
		if !Pairable(u) {
			continue
		}
		fmt.Fprintf(&b, `    <tu tuid="%s" creationdate="%s">`+"\n", xmltext.Attr(u.ID), date)
		tuv(&b, o.LangJA, u.JA)
		tuv(&b, o.LangEN, u.EN)
		b.WriteString("    </tu>\n")
	}
	b.WriteString("  </body>\n</tmx>\n")
	return []byte(b.String())
}

func tuv(b *strings.Builder, lang, text string) {
	fmt.Fprintf(b, `      <tuv xml:lang="%s"><seg>`, xmltext.Attr(lang))
	xmltext.Escape(b, text, false, nil)
	b.WriteString("</seg></tuv>\n")
}

// WriteFile writes the memory to path atomically.
func WriteFile(path string, r *release.Release, o Options) error {
	if err := storage.WriteFile(path, Marshal(r, o), 0o644); err != nil {
		return problem.Wrap(err, "ErrWrite", "File", path)
	}
	return nil
}
