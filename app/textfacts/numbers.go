package textfacts

import (
	"unicode/utf8"
)

// numScan is one numeral read by scanNumeral.
type numScan struct {
	val    float64
	end    int
	digits int // digits of the first run (ASCII digits, or kanji digits for 二〇二五)
	kanji  int // kanji runes consumed
	// plainInt: a single run of digits (2025, 二〇二五), no separator,
	// decimal point or unit; the shape of a year.
	plainInt bool
	// smallInt: an integer without 万/億/兆 or decimal point (22, 二十二);
	// the shape of a month or a day.
	smallInt bool
	units    bool // 十 百 千 万 億 兆 were used
}

// scanNumeral reads a number in ASCII digits, kanji, or both, at i:
// 1,000 / 2.5 / 3万 / 1.5万 / 2億5000万 / 十二 / 三千五百 / 二〇二五.
// It stops before anything else (年, 月, 人, %, …).
func scanNumeral(s string, i int) (numScan, bool) {
	var ns numScan
	ok := scanNumeralTo(s, i, &ns)
	return ns, ok
}

// scanNumeralTo is scanNumeral writing into ns, field by field: the
// scanner's memo of it (numeral) was a struct copied right after its
// fields were stored, which stalled on store forwarding.
func scanNumeralTo(s string, i int, ns *numScan) bool {
	return plainDigits(s, i, ns) || fullNumeral(s, i, ns)
}

// fullNumeral is scanNumeralTo for any numeral, the definition that
// plainDigits and groupedDigits shortcut.
func fullNumeral(s string, i int, ns *numScan) bool {
	*ns = numScan{}
	total, section, cur := 0.0, 0.0, -1.0 // cur < 0: no pending digits
	kanjiRun := false                     // the previous token was a kanji digit
	decimal, grouped, big, ascii := false, false, false, false
	kanjiDigits := 0
	j := i
	for j < len(s) {
		c := s[j]
		if isDigit(c) {
			if cur >= 0 {
				break
			}
			v, e, nd, dec, grp := readDecimal(s, j)
			if j == i {
				ns.digits = nd
			}
			cur, j = v, e
			decimal, grouped, ascii = decimal || dec, grouped || grp, true
			kanjiRun = false
			continue
		}
		if c < utf8.RuneSelf || !numeralAt(s, j) {
			break // most numerals end before 年, 月, 円 or ASCII
		}
		r, size := decodeRune(s, j)
		if d := kanjiDigit(r); d >= 0 {
			if cur >= 0 && !kanjiRun {
				break // 3五: not one number
			}
			cur = max(cur, 0)*10 + float64(d)
			kanjiRun = true
			kanjiDigits++
		} else if u := smallUnit(r); u > 0 {
			if cur < 0 {
				cur = 1 // 十 = 10, 百 = 100
			}
			section += cur * u
			cur, kanjiRun, ns.units = -1, false, true
		} else if u := bigUnit(r); u > 0 && (cur >= 0 || section > 0) {
			total += (section + max(cur, 0)) * u
			section, cur, kanjiRun, ns.units, big = 0, -1, false, true, true
		} else {
			break
		}
		ns.kanji++
		j += size
	}
	if j == i {
		return false
	}
	ns.val = total + section + max(cur, 0)
	ns.end = j
	if !ascii {
		ns.digits = kanjiDigits
	}
	ns.plainInt = !ns.units && !decimal && !grouped && !(ascii && ns.kanji > 0)
	ns.smallInt = !big && !decimal
	return true
}

// plainDigits is scanNumeral's answer for the most common numeral, ASCII
// digits that nothing continues (2025年, 22日, "25 countries"): no group of
// thousands, decimal part or kanji numeral after them, as readDecimal and
// scanNumeral would read them. ok is false for anything else, which
// scanNumeral then reads in full.
func plainDigits(s string, i int, ns *numScan) bool {
	var v uint64
	k := i
	for k < len(s) && isDigit(s[k]) {
		v = v*10 + uint64(s[k]-'0')
		k++
	}
	n := k - i
	if n == 0 || n > 18 {
		return false // none, or more than readDecimal's exact digits
	}
	switch c := at(s, k); {
	case (c == ',' || c == ' ') && n <= 3 && isGroup(s, k+1): // 1,000 and 1 000
		return groupedDigits(s, k, v, n, ns)
	case c == '.' && isDigit(at(s, k+1)): // 2.5
		return false
	case c >= utf8.RuneSelf && numeralAt(s, k): // 3万
		return bigUnitDigits(s, k, v, n, ns)
	}
	ns.val, ns.end, ns.digits, ns.kanji = float64(v), k, n, 0
	ns.plainInt, ns.smallInt, ns.units = true, true, false
	return true
}

// bigUnitDigits is plainDigits for ASCII digits (n of them, value v)
// followed at k by a kanji of numerals: it answers for one of 万, 億 or 兆
// that ends the numeral (502億円, 1,000万ドル), as fullNumeral reads it,
// and is false for anything else (3万5000, 5千, 2億五千万).
func bigUnitDigits(s string, k int, v uint64, n int, ns *numScan) bool {
	var u float64
	switch {
	case hasPrefixAt(s, k, "万"):
		u = 1e4
	case hasPrefixAt(s, k, "億"):
		u = 1e8
	case hasPrefixAt(s, k, "兆"):
		u = 1e12
	default:
		return false
	}
	if c := at(s, k+3); isDigit(c) || c >= utf8.RuneSelf && numeralAt(s, k+3) {
		return false
	}
	ns.val, ns.end, ns.digits, ns.kanji = float64(v)*u, k+3, n, 1
	ns.plainInt, ns.smallInt, ns.units = false, false, true
	return true
}

// groupedDigits is plainDigits for a numeral whose first n digits (value
// v, up to three) are followed at k by a group of thousands (4,951,
// 12,026): the groups, as readDecimal reads them, and no decimal part or
// kanji numeral after them. ok is false for anything else.
func groupedDigits(s string, k int, v uint64, n int, ns *numScan) bool {
	sep, digits := s[k], n
	for at(s, k) == sep && isGroup(s, k+1) {
		v = v*1000 + uint64(s[k+1]-'0')*100 + uint64(s[k+2]-'0')*10 + uint64(s[k+3]-'0')
		k += 4
		digits += 3
	}
	c := at(s, k)
	if digits > 18 || c == '.' && isDigit(at(s, k+1)) {
		return false // more than readDecimal's exact digits, 1,234.5
	}
	if c >= utf8.RuneSelf && numeralAt(s, k) {
		return bigUnitDigits(s, k, v, n, ns) // 1,000万
	}
	ns.val, ns.end, ns.digits, ns.kanji = float64(v), k, n, 0
	ns.plainInt, ns.smallInt, ns.units = false, true, false
	return true
}

// numeral3 marks the kanji of numerals (digits, 十百千, 万億兆) as reacts3
// marks the runes atRune reacts to: one look-up tells scanNumeral that the
// character after the digits ends the numeral, without decoding it.
var numeral3 = func() (t [16][64]uint64) {
	for _, r := range "〇一二三四五六七八九十百千万億兆" {
		var b [3]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]&0x0F][b[1]&0x3F] |= 1 << (b[2] & 0x3F)
	}
	return t
}()

// numeralAt reports whether a kanji of numerals may start at s[j], a
// non-ASCII byte; false is certain.
func numeralAt(s string, j int) bool {
	if j+2 >= len(s) || s[j]&0xF0 != 0xE0 {
		return false
	}
	t := s[j : j+3] // one bounds check for the three bytes
	return numeral3[t[0]&0x0F][t[1]&0x3F]>>(t[2]&0x3F)&1 != 0
}

// readDecimal reads ASCII digits at j with thousands separators (1,000 and
// 1 000, the space only after a group of at most three digits) and a
// decimal part. nd counts the digits before the first separator.
func readDecimal(s string, j int) (v float64, end, nd int, decimal, grouped bool) {
	var acc decimalAcc
	k := j
	for k < len(s) && isDigit(s[k]) {
		acc.add(s[k], false)
		k++
	}
	nd = k - j
	if sep := at(s, k); nd <= 3 && (sep == ',' || sep == ' ') {
		for at(s, k) == sep && isGroup(s, k+1) {
			acc.add(s[k+1], false)
			acc.add(s[k+2], false)
			acc.add(s[k+3], false)
			k += 4
			grouped = true
		}
	}
	if at(s, k) == '.' && isDigit(at(s, k+1)) {
		k++
		decimal = true
		for k < len(s) && isDigit(s[k]) {
			acc.add(s[k], true)
			k++
		}
	}
	return acc.value(), k, nd, decimal, grouped
}

// decimalAcc accumulates the digits of a decimal number: mant * 10^exp;
// digits beyond 18 only move the exponent.
type decimalAcc struct {
	mant      uint64
	used, exp int
}

func (a *decimalAcc) add(c byte, frac bool) {
	switch {
	case a.used < 18:
		a.mant = a.mant*10 + uint64(c-'0')
		a.used++
		if frac {
			a.exp--
		}
	case !frac:
		a.exp++
	}
}

func (a *decimalAcc) value() float64 {
	v := float64(a.mant)
	exp := min(a.exp, 300) // hundreds of digits: keep the value finite
	if exp < 0 {
		v /= pow10(-exp)
	} else if exp > 0 {
		v *= pow10(exp)
	}
	return v
}

// isGroup reports exactly three digits at p: a thousands group.
func isGroup(s string, p int) bool {
	return isDigit(at(s, p)) && isDigit(at(s, p+1)) && isDigit(at(s, p+2)) && !isDigit(at(s, p+3))
}

func kanjiDigit(r rune) int {
	switch r {
	case '〇':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

func smallUnit(r rune) float64 {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	}
	return 0
}

func bigUnit(r rune) float64 {
	switch r {
	case '万':
		return 1e4
	case '億':
		return 1e8
	case '兆':
		return 1e12
	}
	return 0
}

// number reads the number at the digit i, with an English multiplier
// ("2.5 million") and a percent sign or word, and always claims it.
func (sc *scanner) number(i int) int {
	s := sc.s
	ns, _ := sc.numeral(i)
	// The first two bytes of 分の and the point of 1.10月 tell most
	// numbers from fractions and run-in labels without a call (one byte
	// let through every number before 年, 名 or 億, which share 分's).
	if startsKanji(s, ns.end, "分") {
		if f, end, ok := jaFraction(s, ns.end, ns.val); ok {
			sc.addNumber(Number{Value: f, Raw: s[i:end]})
			return end
		}
	}
	if at(s, i+ns.digits) == '.' && decimalMonth(s, i, ns) {
		return i + ns.digits + 1 // 1.10月26日: the label 1. run into a date
	}
	v, end := ns.val, ns.end
	var alt float64
	// Each reader below is called only where the byte after the number
	// may start what it reads (時間, 分; " and a half"; " million"):
	// most numbers are followed by none of them.
	if sc.ja && (startsKanji(s, end, "時") || startsKanji(s, end, "分")) {
		v, alt, end = jaDuration(s, v, end)
	} else if !sc.ja && at(s, end) == ' ' && at(s, end+1) == 'a' {
		v, end = andAHalf(s, v, end)
	}
	if c := at(s, end); !ns.units && (c == ' ' || c == '-') {
		v, end = multiplier(s, v, end)
	}
	v, end, unit := percent(s, v, end)
	if end > ns.end {
		sc.letters = true // "million", "percent": words the Latin pass must see
	}
	if c, u := at(s, end), at(s, end+1)|0x20; !sc.ja && (c == ' ' || c == '-') && (u == 'h' || u == 'm') {
		alt = enDuration(s, v, end) // hour(s) or minute(s)
	}
	token := ""
	if isLetter(at(s, ns.end)) || i > 0 && isLetter(s[i-1]) {
		token = tokenAround(s, i, ns.end)
	}
	// Written in place, field by field (see addAmount).
	sc.f.Numbers = append(sc.f.Numbers, Number{})
	n := &sc.f.Numbers[len(sc.f.Numbers)-1]
	n.Value, n.Alt, n.Raw, n.Token, n.Unit = v, alt, s[i:end], token, unit
	sc.addAmount(n, i, end)
	return end
}

// startsKanji reports whether the first two bytes of the character k
// (of three bytes) stand at s[i]: a cheap look for a kanji that only
// ever lets through the 63 others that share them.
func startsKanji(s string, i int, k string) bool {
	return i+1 < len(s) && s[i] == k[0] && s[i+1] == k[1]
}

// tokenAround returns the alphanumeric word around the digits s[i:j] when
// letters touch them (G7, CO2, 5G), else "".
func tokenAround(s string, i, j int) string {
	if !isLetter(at(s, j)) && (i == 0 || !isLetter(s[i-1])) {
		return ""
	}
	for i > 0 && isAlnum(s[i-1]) {
		i--
	}
	for j < len(s) && isAlnum(s[j]) {
		j++
	}
	return s[i:j]
}

// wordNumber claims an English number word or ordinal s[i:j].
func (sc *scanner) wordNumber(i, j, val int) (int, bool) {
	s := sc.s
	if isDigit(at(s, j)) {
		return 0, false
	}
	v, end := float64(val), j
	if val >= 20 && val%10 == 0 && at(s, end) == '-' && isLetter(at(s, end+1)) {
		if w, e := wordAt(s, end+1); w.kind == kNumber && w.val < 10 {
			v, end = v+float64(w.val), e // twenty-five, twenty-first
		}
	}
	v, end = andAHalf(s, v, end)
	v, end = multiplier(s, v, end)
	v, end, unit := percent(s, v, end)
	sc.addNumber(Number{Value: v, Raw: s[i:end], Word: true, Unit: unit, Alt: enDuration(s, v, end)})
	return end, true
}

// decimalMonth reports one or two digits, a full stop and a month (1.10月):
// a paragraph label run into a date, since months are never decimals.
func decimalMonth(s string, i int, ns *numScan) bool {
	frac := ns.end - (i + ns.digits + 1)
	return !ns.units && ns.kanji == 0 && ns.digits <= 2 && at(s, i+ns.digits) == '.' &&
		frac >= 1 && frac <= 2 && hasPrefixAt(s, ns.end, "月")
}

// kanjiNumber claims a kanji numeral at i when it is used as a number: after
// 第 (第三国), when it is longer than one character (十二, 二十), or when a
// counter follows (三つ, 三省庁, 二国間). Lexical words (一方, 一部, 一層,
// 一般, 統一, 同一, 唯一, 一体, 一環) fail these tests or are blocked by the
// character before.
func (sc *scanner) kanjiNumber(i int) (int, bool) {
	s := sc.s
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if blocksNumeral(prev) {
		return 0, false
	}
	ns, ok := sc.numeral(i) // remembered: jaDate read it just before
	if !ok || prev != '第' && ns.kanji < 2 && !counterAt(s, ns.end) {
		return 0, false
	}
	v, end, unit := percent(s, ns.val, ns.end)
	sc.addNumber(Number{Value: v, Raw: s[i:end], Word: true, Unit: unit})
	return end, true
}

// blocksNumeral lists characters that make a following kanji numeral part of
// a word: 統一, 同一, 唯一, 均一, 単一, 画一, 万一, 逐一, 随一, 択一, 数十, 何十.
func blocksNumeral(r rune) bool {
	switch r {
	case '統', '同', '唯', '均', '単', '画', '万', '逐', '随', '択', '数', '何', '幾':
		return true
	}
	return false
}

// counters are words that count things after a single kanji numeral.
var counters = [...]string{
	"つ", "人", "名", "件", "回", "国", "か国", "カ国", "ヶ国", "ケ国", "箇国",
	"か所", "カ所", "ヶ所", "箇所", "か月", "カ月", "ヶ月", "ケ月", "箇月",
	"省庁", "省", "庁", "社", "年", "日", "月", "週", "時間", "割", "倍",
	"項目", "点", "度", "団体", "機関", "都市", "分野", "者", "期", "位", "番",
	"枚", "台", "個", "校", "種類", "段階", "条", "項", "章", "節", "歳", "円",
	"世帯", "%", "パーセント",
}

// counterFirst filters the first characters of the counters.
var counterFirst = newFirstChars(counters[:]...)

func counterAt(s string, k int) bool {
	if k >= len(s) || !counterFirst.may(s, k) {
		return false
	}
	for _, c := range counters {
		if hasPrefixAt(s, k, c) {
			return true
		}
	}
	return false
}

// multiplier applies a following " thousand/million/billion/trillion", so
// that 100 million equals 1億.
func multiplier(s string, v float64, end int) (float64, int) {
	k := end
	if c := at(s, k); c != ' ' && c != '-' {
		return v, end
	}
	k++
	if c := at(s, k) | 0x20; c != 't' && c != 'm' && c != 'b' {
		return v, end // not the first letter of thousand, million, billion, trillion
	}
	if w, e := wordAt(s, k); w.kind == kMult {
		return v * float64(w.val), e
	}
	return v, end
}

// percent applies a following %, パーセント, " percent", " per cent" or 割
// (5割 = 50%).
func percent(s string, v float64, end int) (float64, int, Unit) {
	// One switch on the byte after the number: most numbers are
	// followed by none of these, and leave after one comparison each.
	switch c := at(s, end); c {
	case '%':
		return v, end + 1, Percent
	case "割"[0]:
		if hasPrefixAt(s, end, "割") {
			return v * 10, end + len("割"), Percent
		}
	case "パ"[0]:
		if hasPrefixAt(s, end, "パーセント") {
			return v, end + len("パーセント"), Percent
		}
	case ' ', '-':
		next := at(s, end+1)
		if c == ' ' && next == '%' {
			return v, end + 2, Percent
		}
		if next|0x20 == 'p' { // "percent" and "per cent" start with p, few other words do
			return wordPercent(s, v, end)
		}
	}
	return v, end, NoUnit
}

// wordPercent reads the " percent" or " per cent" at end.
func wordPercent(s string, v float64, end int) (float64, int, Unit) {
	w, e := wordAt(s, end+1)
	switch w.kind {
	case kPercent:
		return v, e, Percent
	case kPer:
		if at(s, e) == ' ' {
			if w2, e2 := wordAt(s, e+1); w2.kind == kCent {
				return v, e2, Percent
			}
		}
	}
	return v, end, NoUnit
}

// phone claims a domestic telephone number (03-3501-1511, 0120-123-456)
// at the digit i as one Number: the national significant number, without
// the trunk 0, so that it equals the +81 form.
func (sc *scanner) phone(i int) (int, bool) {
	s := sc.s
	if s[i] != '0' || i > 0 && (isDigit(s[i-1]) || s[i-1] == '-') {
		return 0, false
	}
	g := readGroups(s, i+1, '-')
	first := g.firstLen + 1
	if g.groups != 3 || first < 2 || first > 5 || g.lastLen < 3 || g.lastLen > 4 ||
		g.digits+1 < 10 || g.digits+1 > 11 {
		return 0, false
	}
	return sc.addPhone(g.val, i, g.end), true
}

// atPlus claims an international telephone number (+81-3-3501-1511,
// +81 3 3501 1511) or steps over the '+'.
func (sc *scanner) atPlus(i int) int {
	s := sc.s
	cc, e, ok := digitsAt(s, i+1, 3)
	sep := at(s, e)
	if !ok || sep != '-' && sep != ' ' || !isDigit(at(s, e+1)) {
		return i + 1
	}
	k := e + 1
	if cc == 81 && s[k] == '0' {
		k++ // +81-03-…: the trunk 0 written by mistake
	}
	g := readGroups(s, k, sep)
	if g.groups < 2 || g.digits < 8 || g.digits > 12 {
		return i + 1
	}
	v := g.val
	if cc != 81 {
		v += float64(cc) * pow10(g.digits)
	}
	return sc.addPhone(v, i, g.end)
}

func (sc *scanner) addPhone(v float64, start, end int) int {
	sc.addNumber(Number{Value: v, Raw: sc.s[start:end]})
	sc.mask(start, end)
	return end
}

type groups struct {
	val                 float64
	digits, groups, end int
	firstLen, lastLen   int
}

// readGroups reads digit groups of up to five digits separated by sep,
// accumulating all digits into one number. The first group may be empty
// (the rest of a group whose first digit the caller consumed).
func readGroups(s string, k int, sep byte) groups {
	var g groups
	for {
		n := 0
		for isDigit(at(s, k)) && n < 6 {
			g.val = g.val*10 + float64(s[k]-'0')
			k++
			n++
		}
		if n > 5 {
			g.groups = 0 // too long for a telephone group
			return g
		}
		if g.groups == 0 {
			g.firstLen = n
		}
		g.groups++
		g.digits += n
		g.lastLen = n
		g.end = k
		if at(s, k) != sep || !isDigit(at(s, k+1)) {
			return g
		}
		k++
	}
}

func pow10(n int) float64 {
	v := 1.0
	for ; n > 0; n-- {
		v *= 10
	}
	return v
}
