package importtext

import (
	"reflect"
	"testing"

	"taiyaku/app/textfacts"
)

// TestReadBothYear: the English features, begun on the English edition's
// own year, end up read with the release's year (the Japanese edition's,
// else the English one's) whatever the two editions say.
func TestReadBothYear(t *testing.T) {
	const enBody = "\n\nThe meeting on January 22 set up 3 groups.\n"
	for _, tc := range []struct{ name, ja, en string }{
		{"same year", "令和7年1月22日\n\n1月22日の会合で3部会を設置した。\n", "January 22, 2025" + enBody},
		{"years differ", "令和8年1月22日\n\n1月22日の会合で3部会を設置した。\n", "January 22, 2025" + enBody},
		{"no Japanese date", "1月22日の会合で3部会を設置した。\n", "January 22, 2025" + enBody},
		{"no English date", "令和7年1月22日\n\n1月22日の会合で3部会を設置した。\n", enBody[2:]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ja, en, jaBlocks, enBlocks := readBoth(tc.ja, tc.en, textfacts.NewCache())
			year := releaseYear(ja, en)
			if want := alignBlocks(ja, textfacts.JA, year, nil); !reflect.DeepEqual(jaBlocks, want) {
				t.Errorf("Japanese features:\n%+v\nwant (year %d)\n%+v", jaBlocks, year, want)
			}
			if want := alignBlocks(en, textfacts.EN, year, nil); !reflect.DeepEqual(enBlocks, want) {
				t.Errorf("English features:\n%+v\nwant (year %d)\n%+v", enBlocks, year, want)
			}
		})
	}
}
