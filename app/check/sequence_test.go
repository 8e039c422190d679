package check

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"taiyaku/app/numbering"
	"taiyaku/app/outline"
	"taiyaku/app/release"
)

// sequenceBefore is edition.sequence as it was, with maps by level: the
// oracle of the slices.
func (ed *edition) sequenceBefore(out []Finding) []Finding {
	last := map[int]*numbering.Info{}
	lastAt := map[int]int{}
	head := -1
	for i := range ed.infos {
		in := &ed.infos[i]
		if ed.heads[i] {
			head = i
		}
		if in.Label == nil {
			continue
		}
		if in.Label.Ordinal == 1 && last[in.Level] != nil && head > lastAt[in.Level] {
			delete(last, in.Level)
		}
		prevAt, seen := lastAt[in.Level]
		lastAt[in.Level] = i
		if in.Label.Doubled {
			out = append(out, newFinding(NumberingSequence, i, ed.side, "FindingDoubledLabel", "Label", in.Label.Raw))
		}
		prev := last[in.Level]
		want := 1
		if prev != nil {
			want = prev.Label.Ordinal + 1
		}
		if in.Label.Ordinal != want && seen && ed.missingBetween(prevAt, i) {
			want = in.Label.Ordinal
		}
		if in.Label.Ordinal != want && in.Label.Style != numbering.StyleBullet {
			up := last[in.Level-1]
			if up != nil && up.Label.Ordinal+1 == in.Label.Ordinal && up.Label.Style != in.Label.Style {
				out = append(out, newFinding(NumberingStyle, i, ed.side, "FindingNumberingStyle",
					"Label", in.Label.Raw, "Previous", up.Label.Raw))
			} else {
				out = append(out, ed.sequenceFinding(i, in, prev, want))
			}
			ed.flaw[i] = true
		}
		last[in.Level] = in
		for lv := range last {
			if lv > in.Level {
				delete(last, lv)
			}
		}
	}
	return out
}

// randomLabelled is a release of n units whose texts open with labels
// of several styles, in order, skipped, repeated or missing on a side,
// with unnumbered headings between.
func randomLabelled(rnd *rand.Rand, n int) *release.Release {
	styles := [][2]func(k int) string{
		{func(k int) string { return string(rune('０'+k%10)) + "．" }, func(k int) string { return string(rune('0'+k%10)) + ". " }},
		{func(k int) string { return "（" + string(rune('０'+k%10)) + "）" }, func(k int) string { return "(" + string(rune('0'+k%10)) + ") " }},
		{func(k int) string { return string(rune('ア'+2*(k%20))) + "　" }, func(k int) string { return "(" + string(rune('a'+k%26)) + ") " }},
		{func(k int) string { return string(rune('①' + k%20)) }, func(k int) string { return string(rune('0'+k%10)) + ") " }},
	}
	r := &release.Release{}
	ord := make([]int, len(styles))
	for range n {
		u := release.Unit{Kind: release.Heading}
		switch x := rnd.IntN(10); {
		case x == 0:
			u.JA, u.EN = "【参考】", "[Reference]"
			clear(ord)
		case x == 1:
			u.Kind, u.JA, u.EN = release.Paragraph, "本文です。", "Body text."
		default:
			s := rnd.IntN(len(styles))
			ord[s] += 1 + rnd.IntN(4)/3 - rnd.IntN(8)/7
			ja, en := styles[s][0](max(ord[s], 1))+"見出し", styles[s][1](max(ord[s], 1))+"Heading"
			switch rnd.IntN(12) {
			case 0:
				ja = ""
			case 1:
				en = ""
			case 2:
				en = styles[rnd.IntN(len(styles))][1](ord[s]+1) + "Heading"
			}
			u.JA, u.EN = ja, en
		}
		r.Units = append(r.Units, u)
	}
	return r
}

// TestSequenceSlices holds sequence, with its levels in slices, to the
// map version over random labelled releases.
func TestSequenceSlices(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	found := 0
	for range 300 {
		r := randomLabelled(rnd, 5+rnd.IntN(60))
		jaInfos, enInfos := outline.AnalyzeBoth(r)
		for k, e := range []release.Edition{release.JA, release.EN} {
			infos, otherInfos, o := jaInfos, enInfos, release.EN
			if k == 1 {
				infos, otherInfos, o = enInfos, jaInfos, release.JA
			}
			a, b := analyze(r, e, infos), analyze(r, e, infos)
			other := analyze(r, o, otherInfos)
			a.other, b.other = other, other
			got, want := a.sequence(nil), b.sequenceBefore(nil)
			if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(a.flaw, b.flaw) {
				t.Fatalf("sequence = %v, want %v", got, want)
			}
			found += len(got)
		}
	}
	if found < 300 {
		t.Errorf("only %d findings: the releases test little", found)
	}
}

// TestShiftSlices holds comparer.remember and sameShift, with the levels
// in a slice, to a map by level over random labels.
func TestShiftSlices(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		var c comparer
		oracle := map[int]int{}
		for range 50 {
			lv := 1 + rnd.IntN(5)
			ja := &numbering.Info{Level: lv, Path: []int{rnd.IntN(4)}}
			en := &numbering.Info{Level: lv, Path: []int{rnd.IntN(4)}}
			d, ok := oracle[lv]
			want := ok && d != 0 && d == lastOf(en.Path)-lastOf(ja.Path)
			if got := c.sameShift(ja, en); got != want {
				t.Fatalf("sameShift at level %d = %v, want %v (%v)", lv, got, want, oracle)
			}
			if rnd.IntN(2) == 0 {
				c.remember(ja, en)
				for l := range oracle {
					if l > lv {
						delete(oracle, l)
					}
				}
				oracle[lv] = lastOf(en.Path) - lastOf(ja.Path)
			}
		}
	}
}
