package numbering

import "testing"

// BenchmarkParse reads the openings the importer and the checker meet:
// mostly prose in both languages, some labels, some lower-case words.
func BenchmarkParse(b *testing.B) {
	texts := []string{
		"The Government of Japan announced today that", "経済産業省は、本日、次のとおり発表しました。",
		"1. Background", "（１）対象", "ii. Scope", "第２章　総則", "ア　目的", "・項目",
		"in addition, the ministers agreed", "また、両国は", "Mr. Suzuki met", "このため、",
		"mix of words", "IV. Outline", "(a) first", "令和7年1月22日",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			Parse(s)
		}
	}
}
