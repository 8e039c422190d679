package textfacts

import "testing"

func BenchmarkTmpLang(b *testing.B) {
	ja, en := syntheticUnits(b)
	ctx := Context{Year: 2026, Month: 9, Day: 14}
	b.Run("ja", func(b *testing.B) {
		perText(b, len(ja), func() {
			for k := range ja {
				Extract(ja[k], JA, ctx)
			}
		})
	})
	b.Run("en", func(b *testing.B) {
		perText(b, len(en), func() {
			for k := range en {
				Extract(en[k], EN, ctx)
			}
		})
	})
	b.Run("normja", func(b *testing.B) {
		perText(b, len(ja), func() {
			for k := range ja {
				Normalize(ja[k])
			}
		})
	})
	b.Run("normen", func(b *testing.B) {
		perText(b, len(en), func() {
			for k := range en {
				Normalize(en[k])
			}
		})
	})
}
