package approval

import (
	"reflect"
	"testing"

	"taiyaku/app/release"
)

// trailed is the test release with a trail of five entries.
func trailed(t *testing.T) *release.Release {
	t.Helper()
	r := approved(t)
	RecordIgnore(r, "content.length-ratio", "u5", "意訳のため", "Jane Smith", step(2))
	must(t, Withdraw(r, release.EN, "typo", "Jane Smith", step(3)))
	must(t, Approve(r, release.EN, "Jane Smith", "Translator", step(4)))
	return r
}

func TestAppend(t *testing.T) {
	r := trailed(t)
	for i, e := range r.Review.Trail {
		prev := ""
		if i > 0 {
			prev = r.Review.Trail[i-1].Hash
		}
		if e.Seq != i+1 || e.Prev != prev || e.Hash != hashEvent(e) || len(e.Hash) != 64 {
			t.Errorf("entry %d: %+v", i, e)
		}
	}
	if e := r.Review.Trail[2]; e.Kind != "ignore" || e.At != "2025-01-22T01:02:00Z" || e.Detail != "check=content.length-ratio unit=u5 reason=意訳のため" {
		t.Errorf("ignore event %+v", e)
	}
}

// TestVerify edits the trail of a saved file by hand, as JSON, and checks
// which entries Verify reports.
func TestVerify(t *testing.T) {
	cases := []struct {
		name string
		edit func(trail []any)
		want []TrailProblem
	}{
		{"untouched", func(trail []any) {}, nil},
		{"two entries swapped", func(trail []any) { trail[1], trail[2] = trail[2], trail[1] }, []TrailProblem{
			{1, 3, ReasonLink}, {1, 3, ReasonOrder},
			{2, 2, ReasonLink}, {2, 2, ReasonOrder},
			{3, 4, ReasonLink}, {3, 4, ReasonOrder},
		}},
		{"detail edited", func(trail []any) {
			trail[2].(map[string]any)["detail"] = "check=content.length-ratio unit=u5 reason=ok"
		},
			[]TrailProblem{{2, 3, ReasonContent}}},
		{"who edited", func(trail []any) { trail[0].(map[string]any)["who"] = "someone else" },
			[]TrailProblem{{0, 1, ReasonContent}}},
		{"edited and its hash recomputed", func(trail []any) {
			e := trail[2].(map[string]any)
			e["detail"] = "forged"
			e["hash"] = hashEvent(release.Event{Seq: 3, Kind: "ignore", Who: e["who"].(string), At: e["at"].(string), Detail: "forged", Prev: e["prev"].(string)})
		}, []TrailProblem{{3, 4, ReasonLink}}},
		{"seq renumbered", func(trail []any) { trail[4].(map[string]any)["seq"] = 9 }, []TrailProblem{{4, 9, ReasonContent}, {4, 9, ReasonOrder}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := editTrail(t, trailed(t), c.edit)
			if got := Verify(r); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}

// TestVerifyRemoved: removing an entry breaks the link of the next one,
// removing the first breaks the first; removing the last cannot be seen
// from the trail alone (the export event's digests and the report can).
func TestVerifyRemoved(t *testing.T) {
	cases := []struct {
		name string
		drop int
		want []TrailProblem
	}{
		{"first", 0, []TrailProblem{{0, 2, ReasonLink}, {0, 2, ReasonOrder}}},
		{"middle", 2, []TrailProblem{{2, 4, ReasonLink}, {2, 4, ReasonOrder}}},
		{"last", 4, nil},
	}
	for _, c := range cases {
		r := trailed(t)
		r.Review.Trail = append(r.Review.Trail[:c.drop], r.Review.Trail[c.drop+1:]...)
		if got := Verify(r); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestTrailProblemMessage(t *testing.T) {
	p := TrailProblem{Index: 1, Seq: 3, Reason: ReasonOrder}
	if got := p.Message(tr(en)); got != "Trail entry 2 (no. 3) is out of sequence." {
		t.Errorf("en: %q", got)
	}
	if got := p.Message(tr(ja)); got != "操作履歴の 2 件目（番号 3）は番号の順序が正しくありません。" {
		t.Errorf("ja: %q", got)
	}
}
