package i18n

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"taiyaku/app/problem"
)

func TestMatch(t *testing.T) {
	cases := []struct {
		names []string
		want  language.Tag
	}{
		{[]string{"ja_JP.UTF-8"}, language.Japanese},
		{[]string{"ja-JP"}, language.Japanese},
		{[]string{"en_GB.UTF-8"}, language.English},
		{[]string{"C"}, language.English},
		{[]string{"C.UTF-8"}, language.English},
		{[]string{"POSIX"}, language.English},
		{nil, language.English},
		{[]string{"fr_FR.UTF-8"}, language.English},
		{[]string{"fr_FR", "ja_JP"}, language.Japanese},
	}
	for _, c := range cases {
		if got := Match(c.names...); got != c.want {
			t.Errorf("Match(%q) = %v, want %v", c.names, got, c.want)
		}
	}
}

func TestRenderBothLanguages(t *testing.T) {
	err := problem.New("ErrEmpty", "File", "a.txt")
	en, ja := New(language.English), New(language.Japanese)
	if got := en.Err(err); got != "a.txt: the file is empty." {
		t.Errorf("en: %q", got)
	}
	if got := ja.Err(err); got != "a.txt: ファイルが空です。" {
		t.Errorf("ja: %q", got)
	}
	if got := en.Err(errors.New("plain")); got != "plain" {
		t.Errorf("plain error: %q", got)
	}
	if got := en.T("NoSuchMessage"); got != "NoSuchMessage" {
		t.Errorf("missing id renders as %q", got)
	}
}

// TestLocalesComplete fails when a message id is in one language only.
func TestLocalesComplete(t *testing.T) {
	en, ja := set(MessageIDs(language.English)), set(MessageIDs(language.Japanese))
	if len(en) == 0 {
		t.Fatal("no English messages")
	}
	for id := range en {
		if !ja[id] {
			t.Errorf("%s: missing from active.ja.toml", id)
		}
	}
	for id := range ja {
		if !en[id] {
			t.Errorf("%s: missing from active.en.toml", id)
		}
	}
}

// messageLike matches string literals that the code uses as message ids.
var messageLike = regexp.MustCompile(`^(Err|Finding|Flag|Usage|Cmd|Menu|Dialog|Status|Label|Action|Panel|Placeholder|Renumber|Row|Title|Shortcuts|About|Language|Notice|State|Scope|Event|User)[A-Z][A-Za-z_]*$|^(Kind|Status|Theme|Severity|Side|PlaceholderMissing|Event|Change)_[a-z]+$`)

// TestLocalesUsed fails when a locale id is never used by the code, or the
// code names a message id that no locale file defines. Ids built from a
// prefix ("Severity_"+s) count as used when the prefix appears.
func TestLocalesUsed(t *testing.T) {
	lits := goStringLiterals(t, "..")
	defined := set(MessageIDs(language.English))
	for id := range defined {
		if lits[id] {
			continue
		}
		if i := strings.IndexByte(id, '_'); i > 0 && lits[id[:i+1]] {
			continue
		}
		t.Errorf("%s: defined in locales/ but never used", id)
	}
	var undefined []string
	for lit := range lits {
		if messageLike.MatchString(lit) && !strings.HasSuffix(lit, "_") && !defined[lit] {
			undefined = append(undefined, lit)
		}
	}
	sort.Strings(undefined)
	for _, id := range undefined {
		t.Errorf("%s: used in code but not defined in locales/", id)
	}
}

func goStringLiterals(t *testing.T, root string) map[string]bool {
	lits := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, src, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				if s, err := strconv.Unquote(bl.Value); err == nil {
					lits[s] = true
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return lits
}

func set(ids []string) map[string]bool {
	m := map[string]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// BenchmarkT is the cost of one finding's message: a template with data.
func BenchmarkT(b *testing.B) {
	l := New(language.English)
	b.ReportAllocs()
	for b.Loop() {
		_ = l.T("UnitSide", "Unit", 12, "Side", "en")
	}
}

// BenchmarkFirstMessage is what a command pays to print its first
// message: parsing one language's bundle.
func BenchmarkFirstMessage(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = mustBundle(language.English)
	}
}
