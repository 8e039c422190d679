package ui

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"taiyaku/app/check"
	"taiyaku/app/release"
	"taiyaku/i18n"
)

// TestCheckNamesInBothLanguages: no check id reaches the window raw.
func TestCheckNamesInBothLanguages(t *testing.T) {
	for _, tag := range []language.Tag{language.English, language.Japanese} {
		tr := i18n.New(tag)
		for _, id := range check.IDs {
			if n := checkName(tr, id); strings.HasPrefix(n, "Check_") || n == "" {
				t.Errorf("%s: %s has no name", tag, id)
			}
		}
	}
}

func TestHistoryDetail(t *testing.T) {
	r := &release.Release{Units: []release.Unit{{ID: "u1"}, {ID: "u7"}}}
	ja, en := i18n.New(language.Japanese), i18n.New(language.English)
	for _, c := range []struct {
		tr           *i18n.Localizer
		detail, want string
	}{
		{en, `edition=en role="Deputy Director"`, "Edition: English · Role: Deputy Director"},
		{ja, `edition=en role=課長`, "版: 英語版 · 役職: 課長"},
		{ja, `check=content.untranslated unit=u7 reason="left on purpose"`, "確認項目: 訳されていない文字 · ユニット: 2 · 理由: left on purpose"},
		{en, `units=12 status=reviewed edition=ja`, "Units: 12 · Status: reviewed · Edition: Japanese"},
		{ja, `ja=not-approved en=changed errors=1 comments=0`, "日本語版: 未承認 · 英語版: 承認後に変更あり · 未解決のエラー: 1 · 未解決のコメント: 0"},
		{en, `free text from an old file`, "free text from an old file"},
	} {
		if got := historyDetail(c.tr, c.detail, r); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.detail, got, c.want)
		}
	}
}

func TestEnglishPlurals(t *testing.T) {
	en := i18n.New(language.English)
	if got := en.N("DialogRenumbered", 1); !strings.HasPrefix(got, "1 label changed.") {
		t.Errorf("one: %q", got)
	}
	if got := en.N("RowComments", 2); got != "2 open comments" {
		t.Errorf("two: %q", got)
	}
	if got := i18n.New(language.Japanese).N("DialogReplaced", 1); !strings.Contains(got, "1 件") {
		t.Errorf("ja: %q", got)
	}
}
