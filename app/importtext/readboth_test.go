package importtext

import (
	"fmt"
	"reflect"
	"testing"

	"taiyaku/app/numbering"
	"taiyaku/app/textfacts"
)

// TestReadBothYear: the English features, begun on the English edition's
// own year, end up read with the release's year (the Japanese edition's,
// else the English one's) whatever the two editions say, and so do the
// facts kept for the checker.
func TestReadBothYear(t *testing.T) {
	const enBody = "\n\nThe meeting on January 22 set up 3 groups.\n"
	for _, tc := range []struct{ name, ja, en string }{
		{"same year", "令和7年1月22日\n\n1月22日の会合で3部会を設置した。\n", "January 22, 2025" + enBody},
		{"years differ", "令和8年1月22日\n\n1月22日の会合で3部会を設置した。\n", "January 22, 2025" + enBody},
		{"no Japanese date", "1月22日の会合で3部会を設置した。\n", "January 22, 2025" + enBody},
		{"no English date", "令和7年1月22日\n\n1月22日の会合で3部会を設置した。\n", enBody[2:]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, keep := range []bool{false, true} {
				ja, en := readBoth(given(tc.ja), given(tc.en), keep)
				year := releaseYear(ja.blocks, en.blocks)
				if want := alignBlocks(ja.blocks, textfacts.JA, year, nil); !reflect.DeepEqual(ja.keys, want) {
					t.Errorf("Japanese features:\n%+v\nwant (year %d)\n%+v", ja.keys, year, want)
				}
				if want := alignBlocks(en.blocks, textfacts.EN, year, nil); !reflect.DeepEqual(en.keys, want) {
					t.Errorf("English features:\n%+v\nwant (year %d)\n%+v", en.keys, year, want)
				}
				if keep {
					keptFactsRight(t, ja, textfacts.JA, year)
					keptFactsRight(t, en, textfacts.EN, year)
				} else if ja.facts != nil || en.facts != nil {
					t.Error("facts kept unasked")
				}
			}
		})
	}
}

// keptFactsRight fails unless every block's kept reading answers its body
// with the release's year, and answers it as Extract does.
func keptFactsRight(t *testing.T, e edition, lang textfacts.Lang, year int) {
	t.Helper()
	ctx := textfacts.Context{Year: year}
	for i := range e.blocks {
		body := numbering.BodyOf(e.blocks[i].Text, e.blocks[i].Info.Label)
		f, ok := e.facts[i].Facts(body, lang, ctx)
		if !ok {
			t.Errorf("%q (%s, year %d): no reading kept", body, lang, year)
			continue
		}
		if got, want := fmt.Sprintf("%+v", f), fmt.Sprintf("%+v", textfacts.Extract(body, lang, ctx)); got != want {
			t.Errorf("%q (%s, year %d): kept %s, want %s", body, lang, year, got, want)
		}
	}
}
