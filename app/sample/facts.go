package sample

import (
	"math/rand/v2"
	"strconv"
	"time"
)

// house is one document's style: real releases pick a way of writing dates
// and digits and keep it throughout an edition.
type house struct {
	eraDates    bool // 令和7年1月22日 rather than 2025年1月22日
	longWeekday bool // （水曜日） rather than （水）
	wideLabels  bool // full-width digits in numbering labels (１．, （１）)
	widePercent bool // ％ rather than % in Japanese
	numSep      int  // how a "1." label is written in Japanese, see label
}

var (
	jaWeekdays = []string{"日", "月", "火", "水", "木", "金", "土"}
	reiwa      = time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)
	heisei     = time.Date(1989, 1, 8, 0, 0, 0, 0, time.UTC)
)

// itoa is strconv.Itoa, short because it is everywhere here.
func itoa(n int) string { return strconv.Itoa(n) }

// commas writes n with thousands separators, as both editions do.
func commas(n int) string {
	s := itoa(n)
	if n < 0 {
		return "-" + commas(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// jaYear writes the year of t in Japanese, in the document's era style.
// 元年 is how year 1 of an era is written.
func (h *house) jaYear(t time.Time) string {
	if !h.eraDates || t.Before(heisei) {
		return itoa(t.Year()) + "年"
	}
	era, first := "令和", 2019
	if t.Before(reiwa) {
		era, first = "平成", 1989
	}
	n := t.Year() - first + 1
	if n == 1 {
		return era + "元年"
	}
	return era + itoa(n) + "年"
}

// date writes a day in both editions, without the weekday.
func (h *house) date(t time.Time) tr {
	return tr{
		h.jaYear(t) + itoa(int(t.Month())) + "月" + itoa(t.Day()) + "日",
		t.Month().String() + " " + itoa(t.Day()) + ", " + itoa(t.Year()),
	}
}

// dateWd writes a day with its weekday, which must fit the date: "（水）"
// after the Japanese, "Wednesday, " before the English.
func (h *house) dateWd(t time.Time) tr {
	d := h.date(t)
	wd := jaWeekdays[t.Weekday()]
	if h.longWeekday {
		wd += "曜日"
	}
	return tr{d.ja + "（" + wd + "）", t.Weekday().String() + ", " + d.en}
}

// month writes a month of a year: 令和6年5月 / May 2024.
func (h *house) month(t time.Time) tr {
	return tr{h.jaYear(t) + itoa(int(t.Month())) + "月", t.Month().String() + " " + itoa(t.Year())}
}

// fiscal writes the fiscal year that starts in April of t's year.
func (h *house) fiscal(t time.Time) tr {
	return tr{h.jaYear(t) + "度", "FY" + itoa(t.Year())}
}

// pct writes a percentage, sometimes with one decimal.
func (h *house) pct(r *rand.Rand) tr {
	n := itoa(1 + r.IntN(95))
	if r.IntN(3) == 0 {
		n += "." + itoa(1+r.IntN(9))
	}
	if h.widePercent {
		return tr{n + "％", n + "%"}
	}
	return tr{n + "%", n + "%"}
}

// yen writes an amount the Japanese way (億, 万) and the English way
// (million, plain yen), so the same value reads differently in each.
func yen(r *rand.Rand) tr {
	if r.IntN(2) == 0 {
		oku := 1 + r.IntN(900)
		return tr{commas(oku) + "億円", commas(oku*100) + " million yen"}
	}
	man := 10 + r.IntN(9990)
	return tr{commas(man) + "万円", commas(man*10000) + " yen"}
}

// people writes a head count: 約3万人 / approximately 30,000 people.
func people(r *rand.Rand) tr {
	if r.IntN(2) == 0 {
		man := 1 + r.IntN(99)
		return tr{"約" + itoa(man) + "万人", "approximately " + commas(man*10000) + " people"}
	}
	n := 12 + r.IntN(4800)
	return tr{commas(n) + "名", commas(n) + " people"}
}

// url is an address on the example ministry site; its date parts follow
// the release so they look like a real press-release path.
func url(r *rand.Rand, rel time.Time) string {
	dir := urlDirs[r.IntN(len(urlDirs))]
	return "https://www.example.go.jp/" + dir + "/" + itoa(rel.Year()) + "/" +
		pad2(int(rel.Month())) + pad2(1+r.IntN(28)) + "_" + pad3(1+r.IntN(999)) + ".html"
}

func pad2(n int) string { return strconv.Itoa(100 + n)[1:] }
func pad3(n int) string { return strconv.Itoa(1000 + n)[1:] }

// before returns a day at least three days before the release (so that
// weekday can move it and it stays in the past), for things already done; after, a day up to span days after it, for plans. Release
// dates start in 2020, so every date falls in 平成 or 令和.
func (g *gen) before(span int) time.Time { return g.rel.AddDate(0, 0, -3-g.r.IntN(span)) }

func (g *gen) after(span int) time.Time { return g.rel.AddDate(0, 0, 1+g.r.IntN(span)) }

// weekday moves a Saturday or Sunday to the next Monday: releases and
// their meetings fall on working days.
func weekday(t time.Time) time.Time {
	switch t.Weekday() {
	case time.Saturday:
		return t.AddDate(0, 0, 2)
	case time.Sunday:
		return t.AddDate(0, 0, 1)
	}
	return t
}
