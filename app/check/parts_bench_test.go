package check

import (
	"strings"
	"testing"

	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/numbering"
	"taiyaku/app/release"
	synth "taiyaku/app/sample"
	"taiyaku/app/spelling"
)

// partsRelease is the 10,000-unit synthetic release of the scale
// benchmarks, for timing one piece of the per-unit checks at a time.
func partsRelease(b *testing.B) *release.Release {
	b.Helper()
	ja, en := synth.Texts(synth.Generate(10000, 1))
	r, _ := importtext.Import(ja, en, glossary.Default())
	return r
}

// BenchmarkParts times the pieces of a unit's checks over every unit of
// a 10,000-unit release: where the per-unit time goes.
func BenchmarkParts(b *testing.B) {
	r := partsRelease(b)
	g := glossary.Default()
	each := func(f func(u *release.Unit)) func(b *testing.B) {
		return func(b *testing.B) {
			for b.Loop() {
				for i := range r.Units {
					f(&r.Units[i])
				}
			}
		}
	}
	var memo spelling.Memo
	b.Run("scanText", each(func(u *release.Unit) { scanText(u.JA); scanText(u.EN) }))
	b.Run("scanTextJA", each(func(u *release.Unit) { scanText(u.JA) }))
	b.Run("scanTextEN", each(func(u *release.Unit) { scanText(u.EN) }))
	b.Run("spelling", each(func(u *release.Unit) { memo.Check(u.EN, nil) }))
	b.Run("spellingJA", each(func(u *release.Unit) {
		if scanText(u.JA)&fLower != 0 {
			memo.Check(u.JA, nil)
		}
	}))
	b.Run("parse", each(func(u *release.Unit) { numbering.Parse(u.JA); numbering.Parse(u.EN) }))
	b.Run("brackets", each(func(u *release.Unit) { unbalanced(u.JA); unbalanced(u.EN) }))
	b.Run("punctSpacing", each(func(u *release.Unit) { punctSpacing(u.EN) }))
	b.Run("terms", each(func(u *release.Unit) { g.EachTerm(u.JA, func(int) {}) }))
	b.Run("blank", each(func(u *release.Unit) { sinkBool = blank(u.JA) || blank(u.EN) }))
	b.Run("lower", each(func(u *release.Unit) { _ = strings.ToLower(u.EN) }))
}

var sinkBool bool
