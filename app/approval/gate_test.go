package approval

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"taiyaku/app/check"
	"taiyaku/app/problem"
	"taiyaku/app/release"
)

func TestGate(t *testing.T) {
	cases := []struct {
		name  string
		setup func(t *testing.T, r *release.Release)
		want  Blockers
	}{
		{"approved and clean", func(*testing.T, *release.Release) {}, Blockers{}},
		{"English not approved", func(t *testing.T, r *release.Release) {
			must(t, Withdraw(r, release.EN, "redo", "Jane", step(5)))
		}, Blockers{Editions: []EditionBlocker{{release.EN, NotApproved}}}},
		{"Japanese changed", func(t *testing.T, r *release.Release) {
			r.Units[4].JA = "両大臣は東京で会談し、5つの分野で協力することで合意しました。"
		},
			Blockers{Editions: []EditionBlocker{{release.JA, Changed}}}},
		{"open error", func(t *testing.T, r *release.Release) {
			r.Units[5].EN = "写真1"
			must(t, Approve(r, release.EN, "Jane Smith", "Translator", step(5)))
		}, Blockers{Errors: 1}},
		{"error ignored", func(t *testing.T, r *release.Release) {
			r.Units[5].EN = "写真1"
			must(t, Approve(r, release.EN, "Jane Smith", "Translator", step(5)))
			f := check.Run(r, check.Options{})[0]
			r.Ignored = append(r.Ignored, check.IgnoreRecord(r, f, "the caption is an image name", "Jane", stamp(step(6))))
		}, Blockers{}},
		{"open comment", func(t *testing.T, r *release.Release) {
			_, err := AddComment(r, "u2", release.EN, "佐藤", "Held → holds?", step(5))
			must(t, err)
		}, Blockers{Comments: 1}},
		{"comment resolved", func(t *testing.T, r *release.Release) {
			id, err := AddComment(r, "u2", release.EN, "佐藤", "Held → holds?", step(5))
			must(t, err)
			must(t, Resolve(r, id, "Jane", step(6)))
		}, Blockers{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := approved(t)
			c.setup(t, r)
			got := Gate(r, openFindings(r))
			if !reflect.DeepEqual(got, c.want) || got.OK() != reflect.DeepEqual(c.want, Blockers{}) {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
}

// TestFinalExport: refused with an open error, allowed once it is fixed,
// and allowed with an override whose reason lands in the trail.
func TestFinalExport(t *testing.T) {
	r := approved(t)
	r.Units[5].EN = "写真1"
	must(t, Approve(r, release.EN, "Jane Smith", "Translator", step(2)))
	before := len(r.Review.Trail)

	err := FinalExport(r, openFindings(r), "佐藤", "", step(3))
	var p *problem.Error
	if !errors.As(err, &p) || p.ID != "ErrFinalBlocked" || p.Data["Count"] != 1 || !reflect.DeepEqual(p.Data["Blockers"], Blockers{Errors: 1}) {
		t.Fatalf("refusal: %v", err)
	}
	if len(r.Review.Trail) != before {
		t.Fatal("a refused export was recorded")
	}

	must(t, FinalExport(r, openFindings(r), "佐藤", "写真1 is the image's file name on the page", step(4)))
	trail := r.Review.Trail[before:]
	if len(trail) != 2 || trail[0].Kind != "override" || trail[1].Kind != "export" {
		t.Fatalf("trail %+v", trail)
	}
	if !strings.Contains(trail[0].Detail, `reason="写真1 is the image's file name on the page"`) || !strings.HasSuffix(trail[0].Detail, "errors=1 comments=0") {
		t.Errorf("override detail %q", trail[0].Detail)
	}

	r.Units[5].EN = "Photo 1"
	must(t, Approve(r, release.EN, "Jane Smith", "Translator", step(5)))
	before = len(r.Review.Trail)
	must(t, FinalExport(r, openFindings(r), "佐藤", "", step(6)))
	e := r.Review.Trail[before]
	if len(r.Review.Trail) != before+1 || e.Kind != "export" || e.Detail != "ja="+Digest(r, release.JA)+" en="+Digest(r, release.EN) {
		t.Errorf("export event %+v", e)
	}
	if len(Verify(r)) != 0 {
		t.Errorf("trail %v", Verify(r))
	}
}

// TestFinalExportComments: an open comment blocks until it is resolved.
func TestFinalExportComments(t *testing.T) {
	r := approved(t)
	id, err := AddComment(r, "u4", release.JA, "Jane", "１．or 1.?", step(2))
	must(t, err)
	if problemID(FinalExport(r, openFindings(r), "佐藤", "", step(3))) != "ErrFinalBlocked" {
		t.Fatal("exported with an open comment")
	}
	must(t, Resolve(r, id, "佐藤", step(4)))
	must(t, FinalExport(r, openFindings(r), "佐藤", "", step(5)))
	if got := kinds(r); !reflect.DeepEqual(got, []string{"approve", "approve", "resolve", "export"}) {
		t.Errorf("trail %v", got)
	}
}

func TestBlockersText(t *testing.T) {
	b := Blockers{Editions: []EditionBlocker{{release.JA, Changed}, {release.EN, NotApproved}}, Errors: 2, Comments: 1}
	if b.Count() != 4 || b.OK() {
		t.Errorf("count %d", b.Count())
	}
	if got := b.String(); got != "ja=changed en=not-approved errors=2 comments=1" {
		t.Errorf("String: %q", got)
	}
	wantEN := []string{"The Japanese edition changed after it was approved.", "The English edition is not approved.",
		"Open error-level findings: 2.", "Open comments: 1."}
	if got := b.Lines(tr(en)); !reflect.DeepEqual(got, wantEN) {
		t.Errorf("en: %q", got)
	}
	wantJA := []string{"日本語版は承認後に変更されています。", "英語版が承認されていません。", "未解決のエラー: 2 件", "未解決のコメント: 1 件"}
	if got := b.Lines(tr(ja)); !reflect.DeepEqual(got, wantJA) {
		t.Errorf("ja: %q", got)
	}
}
