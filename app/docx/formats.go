package docx

import (
	"strconv"
	"strings"
)

// The kana and kanji sequences of Word's Japanese number formats.
var (
	aiueo   = []rune("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン")
	aiueoH  = []rune("ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ")
	iroha   = []rune("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン")
	irohaH  = []rune("ｲﾛﾊﾆﾎﾍﾄﾁﾘﾇﾙｦﾜｶﾖﾀﾚｿﾂﾈﾅﾗﾑｳｲﾉｵｸﾔﾏｹﾌｺｴﾃｱｻｷﾕﾒﾐｼｴﾋﾓｾｽﾝ")
	jikkan  = []rune("甲乙丙丁戊己庚辛壬癸")
	zodiac  = []rune("子丑寅卯辰巳午未申酉戌亥")
	kanji   = []rune("〇一二三四五六七八九")
	circled = []rune("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
	paren   = []rune("⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇")
	period  = []rune("⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛")
)

// format writes n in Word's number format fmt (w:numFmt), as Word shows
// it; formats Taiyaku does not know are written in decimal.
func format(n int, fmt string) string {
	switch fmt {
	case "none":
		return ""
	case "decimalZero":
		if n < 10 && n >= 0 {
			return "0" + strconv.Itoa(n)
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return fullWidth(strconv.Itoa(n))
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		return pick(circled, n, strconv.Itoa(n))
	case "decimalEnclosedParen":
		return pick(paren, n, "("+strconv.Itoa(n)+")")
	case "decimalEnclosedFullstop":
		return pick(period, n, strconv.Itoa(n)+".")
	case "upperLetter":
		return letters(n, 'A')
	case "lowerLetter":
		return letters(n, 'a')
	case "upperRoman":
		return roman(n)
	case "lowerRoman":
		return strings.ToLower(roman(n))
	case "aiueoFullWidth":
		return cycle(aiueo, n)
	case "aiueo":
		return cycle(aiueoH, n)
	case "irohaFullWidth":
		return cycle(iroha, n)
	case "iroha":
		return cycle(irohaH, n)
	case "ideographTraditional":
		return cycle(jikkan, n)
	case "ideographZodiac":
		return cycle(zodiac, n)
	case "japaneseCounting", "japaneseLegal", "chineseCounting", "chineseCountingThousand", "taiwaneseCounting":
		return counting(n)
	case "japaneseDigitalTenThousand", "ideographDigital", "taiwaneseDigital":
		return digits(n)
	}
	return strconv.Itoa(n)
}

func pick(seq []rune, n int, otherwise string) string {
	if n >= 1 && n <= len(seq) {
		return string(seq[n-1])
	}
	return otherwise
}

// cycle takes the n-th of seq, starting again after the last (as Word does).
func cycle(seq []rune, n int) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	return string(seq[(n-1)%len(seq)])
}

func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r += '０' - '0'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// letters is A…Z, then AA…ZZ, AAA…: Word repeats the letter.
func letters(n int, a rune) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(a+rune((n-1)%26)), (n-1)/26+1)
}

func roman(n int) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// counting writes n in kanji numerals with 十, 百, 千 (十一, 二十, 百五).
func counting(n int) string {
	if n <= 0 || n >= 10000 {
		return digits(n)
	}
	var b strings.Builder
	for _, u := range []struct {
		v int
		s string
	}{{1000, "千"}, {100, "百"}, {10, "十"}} {
		if d := n / u.v; d > 0 {
			if d > 1 {
				b.WriteRune(kanji[d])
			}
			b.WriteString(u.s)
			n %= u.v
		}
	}
	if n > 0 {
		b.WriteRune(kanji[n])
	}
	return b.String()
}

// digits writes each digit of n as a kanji (一〇 for 10).
func digits(n int) string {
	var b strings.Builder
	for _, r := range strconv.Itoa(n) {
		if r >= '0' && r <= '9' {
			b.WriteRune(kanji[r-'0'])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
