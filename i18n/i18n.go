// Package i18n gives the command line and the desktop app their messages in
// Japanese or English, from the go-i18n bundle built over locales/.
//
// Fyne's own lang package reads only JSON and cannot be forced to a
// language, so Taiyaku owns its bundle and picks the language itself.
package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/jeandeaual/go-locale"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"taiyaku/app/problem"
	"taiyaku/locales"
)

// Supported lists the UI languages; the first is the fallback.
var Supported = []language.Tag{language.English, language.Japanese}

// bundles holds one bundle per supported language, each parsed from its
// own message files on first use: a command that prints no message (check
// --format json on a clean pair) parses none, and one that does parses only
// its language. The completeness test guarantees every id is in both
// languages, so a bundle needs no other language to fall back on.
var bundles [2]struct {
	once sync.Once
	b    *langBundle
}

// langBundle is one language's messages: go-i18n's bundle, and the simple
// templates among them, rendered without it (simple.go).
type langBundle struct {
	b      *goi18n.Bundle
	simple map[string]simpleTemplate
}

func bundleFor(tag language.Tag) *langBundle {
	i := 0
	if tag == language.Japanese {
		i = 1
	}
	bundles[i].once.Do(func() { bundles[i].b = mustBundle(tag) })
	return bundles[i].b
}

func mustBundle(tag language.Tag) *langBundle {
	lb := &langBundle{b: goi18n.NewBundle(tag), simple: map[string]simpleTemplate{}}
	lb.b.RegisterUnmarshalFunc("toml", unmarshalMessages)
	files, err := fs.Glob(locales.FS, "*."+tag.String()+".toml")
	if err != nil || len(files) == 0 {
		panic("i18n: no message files embedded for " + tag.String())
	}
	for _, f := range files {
		data, _ := locales.FS.ReadFile(f)
		mf, err := lb.b.ParseMessageFileBytes(data, f)
		if err != nil {
			panic(fmt.Sprintf("i18n: %s: %v", f, err)) // a broken build, caught by tests
		}
		lb.addSimple(mf.Messages)
	}
	return lb
}

// addSimple keeps the messages T can render without go-i18n: the form T
// renders (other) with default delimiters and only {{.Name}} fields. A
// later file's message replaces an earlier one, as in go-i18n's bundle.
func (lb *langBundle) addSimple(msgs []*goi18n.Message) {
	for _, m := range msgs {
		delete(lb.simple, m.ID)
		if m.Other == "" || m.LeftDelim != "" || m.RightDelim != "" {
			continue
		}
		if t, ok := compileSimple(m.Other); ok {
			lb.simple[m.ID] = t
		}
	}
}

// Localizer renders messages in one language. Its bundle is parsed on the
// first message rendered; a Localizer is safe for concurrent use.
type Localizer struct {
	tag    language.Tag
	once   sync.Once
	loc    *goi18n.Localizer
	simple map[string]simpleTemplate
}

// New returns a localizer for the supported language closest to tag.
func New(tag language.Tag) *Localizer {
	return &Localizer{tag: Match(tag.String())}
}

func (l *Localizer) load() {
	l.once.Do(func() {
		lb := bundleFor(l.tag)
		l.loc = goi18n.NewLocalizer(lb.b, l.tag.String())
		l.simple = lb.simple
	})
}

// Match picks the supported language closest to the given BCP 47 or POSIX
// names (ja_JP.UTF-8, en-GB, …); names that do not parse (C, POSIX) are
// skipped, and anything unmatched falls back to English.
func Match(names ...string) language.Tag {
	var tags []language.Tag
	for _, n := range names {
		if t, err := language.Parse(posixToBCP47(n)); err == nil {
			tags = append(tags, t)
		}
	}
	if len(tags) == 0 {
		return Supported[0]
	}
	_, i, conf := language.NewMatcher(Supported).Match(tags...)
	if conf == language.No {
		return Supported[0]
	}
	return Supported[i]
}

// posixToBCP47 turns "ja_JP.UTF-8@x" into "ja-JP".
func posixToBCP47(s string) string {
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	return strings.ReplaceAll(s, "_", "-")
}

// Detect returns the UI language the operating system asks for.
func Detect() language.Tag {
	names, _ := locale.GetLocales()
	return Match(names...)
}

// Tag is the language this localizer speaks.
func (l *Localizer) Tag() language.Tag { return l.tag }

// IsJapanese tells whether the messages are Japanese.
func (l *Localizer) IsJapanese() bool { return l.tag == language.Japanese }

// T renders message id with optional template data given as key, value
// pairs. A missing id renders as the id itself, so a gap shows, and the
// completeness test catches it before release.
func (l *Localizer) T(id string, kv ...any) string {
	return l.render(id, nil, kv)
}

// N renders a message with plural forms chosen by count; the template
// sees the count as .Count.
func (l *Localizer) N(id string, count int, kv ...any) string {
	return l.render(id, count, append(kv, "Count", count))
}

func (l *Localizer) render(id string, count any, kv []any) string {
	l.load()
	if t, ok := l.simple[id]; ok && count == nil {
		if s, ok := t.render(kv); ok {
			return s
		}
	}
	data := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		data[key(kv[i])] = kv[i+1]
	}
	s, err := l.loc.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err != nil {
		return id
	}
	return s
}

// key is a template key; keys are strings, so fmt is rarely needed.
func key(k any) string {
	if s, ok := k.(string); ok {
		return s
	}
	return fmt.Sprint(k)
}

// Err renders an error for a person: a *problem.Error through its message
// id, its cause appended when it adds something; anything else as is.
func (l *Localizer) Err(err error) string {
	var p *problem.Error
	if !errors.As(err, &p) {
		return err.Error()
	}
	kv := make([]any, 0, 2*len(p.Data))
	for k, v := range p.Data {
		kv = append(kv, k, v)
	}
	s := l.T(p.ID, kv...)
	if p.Err != nil {
		s += " (" + p.Err.Error() + ")"
	}
	return s
}

// MessageIDs returns the ids defined for tag in every message file of that
// language (active.ja.toml, review.ja.toml, …), for completeness tests.
func MessageIDs(tag language.Tag) []string {
	files, err := fs.Glob(locales.FS, "*."+tag.String()+".toml")
	if err != nil {
		return nil
	}
	var ids []string
	for _, f := range files {
		data, err := locales.FS.ReadFile(f)
		if err != nil {
			return nil
		}
		var m map[string]any
		if _, err := toml.Decode(string(data), &m); err != nil {
			return nil // a broken file fails the tests rather than hiding ids
		}
		for k := range m {
			ids = append(ids, k)
		}
	}
	return ids
}
