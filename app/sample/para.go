package sample

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Paragraph bounds: Japanese length in characters, and the English length
// as a multiple of it, the spread seen in real paired releases.
const (
	minJA, maxJA       = 60, 250
	minRatio, maxRatio = 1.6, 2.2
)

// English sentences never start with a digit: "107 people …" would read
// as a numbering label to a checker.

// sentence builds one sentence in both editions from fresh facts, so
// neighbouring paragraphs differ in numbers, dates and names.
type sentence func(g *gen) tr

var sentences = []sentence{
	meetingSentence, agreeSentence, budgetSentence, growthSentence,
	turnoutSentence, urlSentence, foraSentence, windowSentence,
	bodySentence, subsidySentence, surveySentence, standardSentence,
	scheduleSentence, trendSentence, reviewSentence,
}

// meetingSentence tells who met where and when; the intro paragraph uses
// it with the release date.
func meetingSentence(g *gen) tr { return g.meeting(weekday(g.before(300))) }

func (g *gen) meeting(day time.Time) tr {
	d, s, t, p := g.h.dateWd(day), g.subject(), g.pick(topics), g.pick(places)
	return tr{
		d.ja + "、" + s.ja + "は、" + t.ja + "について議論するため、" + p.ja + "において会合を開催しました。",
		"on " + d.en + ", " + s.en + " held a meeting in " + p.en + " to discuss " + t.en + ".",
	}
}

func agreeSentence(g *gen) tr {
	s := g.subject()
	t, u := g.pickTwo(topics)
	return tr{
		s.ja + "は、" + t.ja + "及び" + u.ja + "に関する協力を更に推進していくことで一致しました。",
		s.en + " agreed to further strengthen cooperation on " + t.en + " and " + u.en + ".",
	}
}

func budgetSentence(g *gen) tr {
	s, t, y := g.subject(), g.pick(topics), yen(g.r)
	fy := g.h.fiscal(g.after(400))
	return tr{
		s.ja + "は、" + fy.ja + "予算において、" + t.ja + "に係る経費として総額" + y.ja + "を計上しています。",
		s.en + " allocated a total of " + y.en + " for " + t.en + " in the " + fy.en + " budget.",
	}
}

func growthSentence(g *gen) tr {
	t, p, y := g.pick(topics), g.h.pct(g.r), yen(g.r)
	return tr{
		t.ja + "に関する国内の投資額は、前年度と比べて" + p.ja + "増加し、" + y.ja + "に達しました。",
		"domestic investment in " + t.en + " grew " + p.en + " on the year to " + y.en + ".",
	}
}

func turnoutSentence(g *gen) tr {
	c, p, n := 3+g.r.IntN(58), people(g.r), 20+g.r.IntN(2400)
	return tr{
		"本事業には、" + itoa(c) + "か国から" + p.ja + "が参加し、合計で" + commas(n) + "件の提案が寄せられました。",
		"in all, " + p.en + " from " + itoa(c) + " countries took part, sending " + commas(n) + " proposals.",
	}
}

func urlSentence(g *gen) tr {
	u, t := url(g.r, g.rel), g.pick(topics)
	return tr{
		t.ja + "に関する資料の詳細は" + u + "に掲載しており、必要に応じて随時更新します。",
		"details on " + t.en + " are posted at " + u + " and will be updated as needed.",
	}
}

func foraSentence(g *gen) tr {
	s, t := g.subject(), g.pick(topics)
	a, b := g.pickTwo(fora)
	return tr{
		s.ja + "は、" + a.ja + "や" + b.ja + "等の多国間の場において、" + t.ja + "に関する議論を主導していきます。",
		s.en + " will lead talks on " + t.en + " at " + a.en + " and " + b.en + ".",
	}
}

func windowSentence(g *gen) tr {
	from := weekday(g.after(200))
	to := weekday(from.AddDate(0, 0, 14+g.r.IntN(60)))
	m := g.h.month(to.AddDate(0, 1+g.r.IntN(3), 0))
	a, b := g.h.dateWd(from), g.h.dateWd(to)
	return tr{
		"申請の受付期間は" + a.ja + "から" + b.ja + "までとし、審査結果は" + m.ja + "に公表する予定です。",
		"applications run from " + a.en + " to " + b.en + ", with results in " + m.en + ".",
	}
}

func bodySentence(g *gen) tr {
	m, b, t := g.h.month(g.before(600)), g.pick(bodies), g.pick(topics)
	return tr{
		m.ja + "に設置された" + b.ja + "は、" + t.ja + "に関する知見の共有と相互理解の促進に取り組んでいます。",
		"the " + b.en + " set up in " + m.en + " promotes the sharing of know-how on " + t.en + ".",
	}
}

func subsidySentence(g *gen) tr {
	n, y, t := 5+g.r.IntN(1500), yen(g.r), g.pick(topics)
	return tr{
		t.ja + "に取り組む事業者のうち、採択された" + commas(n) + "社に対し、最大" + y.ja + "を補助します。",
		"up to " + y.en + " will go to the " + commas(n) + " firms selected for " + t.en + ".",
	}
}

func surveySentence(g *gen) tr {
	p, t, n := g.h.pct(g.r), g.pick(topics), 200+g.r.IntN(9000)
	return tr{
		"調査に回答した" + commas(n) + "社のうち" + p.ja + "が、" + t.ja + "を経営上の重要な課題と位置付けています。",
		"of the " + commas(n) + " firms polled, " + p.en + " see " + t.en + " as a key issue.",
	}
}

func standardSentence(g *gen) tr {
	s, f, t := g.subject(), g.pick(fora), g.pick(topics)
	return tr{
		s.ja + "は、" + f.ja + "と連携し、" + t.ja + "に関する国際的なルールの策定に向けた取組を加速します。",
		s.en + " will work with " + f.en + " on global rules for " + t.en + ".",
	}
}

func scheduleSentence(g *gen) tr {
	start := g.after(500)
	fy, d := g.h.fiscal(start.AddDate(-1, 0, 0)), g.h.date(start)
	return tr{
		fy.ja + "中に具体的な手続を定め、" + d.ja + "から新たな制度の運用を開始する予定です。",
		"procedures will be set in " + fy.en + ", and the scheme starts on " + d.en + ".",
	}
}

func trendSentence(g *gen) tr {
	t, y := g.pick(topics), g.rel.Year()-1-g.r.IntN(4)
	a := 100 + g.r.IntN(5000)
	b := a + 50 + g.r.IntN(8000)
	return tr{
		t.ja + "に関する相談件数は、" + itoa(y) + "年の" + commas(a) + "件から" + itoa(y+1) + "年には" + commas(b) + "件へと増加しました。",
		"queries on " + t.en + " rose from " + commas(a) + " in " + itoa(y) + " to " + commas(b) + " in " + itoa(y+1) + ".",
	}
}

func reviewSentence(g *gen) tr {
	n, t := 10+g.r.IntN(80), g.pick(topics)
	return tr{
		t.ja + "に係る申請の審査期間は、原則として申請を受理した日から" + itoa(n) + "日以内とします。",
		"reviews of requests on " + t.en + " will take no more than " + itoa(n) + " days.",
	}
}

// paragraph returns a paragraph within the length and ratio bounds. It
// draws again when a draw misses them; after a few misses it keeps the
// closest draw, so the output stays deterministic and fast.
func (g *gen) paragraph() tr {
	var best tr
	bestMiss := -1.0
	for range 16 {
		p := g.draw()
		miss := boundsMiss(p)
		if miss == 0 {
			return p
		}
		if bestMiss < 0 || miss < bestMiss {
			best, bestMiss = p, miss
		}
	}
	return best
}

// draw joins one to three sentences until a random Japanese length is
// reached, never letting a sentence push past maxJA.
func (g *gen) draw() tr {
	target := minJA + g.r.IntN(maxJA-minJA+1)
	var ja, en strings.Builder
	n, used := 0, uint32(0)
	for tries := 0; n < 3 && tries < 6 && utf8.RuneCountInString(ja.String()) < target; tries++ {
		k := g.r.IntN(len(sentences))
		if used&(1<<k) != 0 {
			continue // one kind of fact once per paragraph, as real text varies
		}
		used |= 1 << k
		s := sentences[k](g)
		if n > 0 && g.r.IntN(3) == 0 {
			c := g.pick(connectors)
			s = tr{c.ja + s.ja, c.en + s.en}
		}
		if n > 0 && utf8.RuneCountInString(ja.String())+utf8.RuneCountInString(s.ja) > maxJA {
			continue
		}
		if n > 0 {
			en.WriteByte(' ')
		}
		ja.WriteString(s.ja)
		en.WriteString(capital(s.en))
		n++
	}
	return tr{ja.String(), en.String()}
}

// boundsMiss says how far p is from the bounds: 0 inside them.
func boundsMiss(p tr) float64 {
	j := utf8.RuneCountInString(p.ja)
	miss := 0.0
	if j < minJA {
		miss += float64(minJA-j) / minJA
	}
	if j > maxJA {
		miss += float64(j-maxJA) / maxJA
	}
	ratio := float64(len(p.en)) / float64(max(j, 1))
	if ratio < minRatio {
		miss += minRatio - ratio
	}
	if ratio > maxRatio {
		miss += ratio - maxRatio
	}
	return miss
}

// capital upper-cases the first letter of an English sentence.
func capital(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
