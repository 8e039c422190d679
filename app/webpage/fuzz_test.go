package webpage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"taiyaku/app/problem"
)

// FuzzText: any input gives text or a translatable error, never a panic;
// text is valid UTF-8, one non-empty line per "\n", no line spaced at its
// ends.
func FuzzText(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, p := range pages {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<html><table><tr><td>a<td><p>b</table><br><pre>x\ny</pre>"))
	f.Add([]byte("<html><main><header><h1>t</h1></header><nav>n</nav></main>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		IsHTML(data)
		text, err := Text(data)
		if err != nil {
			var p *problem.Error
			if !errors.As(err, &p) {
				t.Fatalf("untranslatable error %v", err)
			}
			return
		}
		if !utf8.ValidString(text) || !strings.HasSuffix(text, "\n") {
			t.Fatalf("bad text %q", text)
		}
		for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
			if l == "" || l != strings.Trim(l, " ") {
				t.Fatalf("bad line %q in %q", l, text)
			}
		}
	})
}
