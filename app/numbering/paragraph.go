package numbering

import (
	"strings"
	"unicode"
)

// Paragraph numbers of Japanese government pages take forms that a strict
// reading of labels refuses: "1 本7日,…" (a half-width digit and an ASCII
// space, as web pages render "１　"), "1.10月26日,…" (the number runs into
// a date, with no space after the dot) and lists rendered twice, "1. 1. The
// Government…" (an HTML list marker plus the typed number).

// numberGlue are the characters that continue a number after a space in
// sloppy typing ("100 万円"); a paragraph number is never followed by them.
const numberGlue = "万億兆千百十"

// paragraphNumberEnd is called when the digits s[:end] are not followed by
// an ordinary label separator. It accepts two Japanese paragraph-number
// forms and returns where the label's Raw ends:
//   - an ASCII space followed by Japanese script, or by digits that run
//     into Japanese script ("1 11月30日"): English puts no Japanese after
//     "30 days", and Japanese puts no space between a number and its
//     counter;
//   - a dot followed by a month or a year ("1.10月26日", "2.2024年"): a
//     decimal is never read before 月, and no year has a fraction.
func paragraphNumberEnd(s string, end int) (int, bool) {
	r, size := runeAt(s, end)
	switch narrow(r) {
	case ' ':
		return end, japaneseFollows(s, end+size)
	case '.':
		return end + size, datePartFollows(s, end+size)
	}
	return 0, false
}

// japaneseFollows reports whether, after optional digits, s continues at
// byte i with Japanese script that is not part of a number.
func japaneseFollows(s string, i int) bool {
	_, i, count, _ := readDigits(s, i)
	r, size := runeAt(s, i)
	if count == 0 && strings.ContainsRune(dateCounters, r) {
		// "3 月 5 日" is a date typed with spaces, "1 日・モンゴル" a number
		// before the abbreviation 日 (Japan)
		if next, _ := runeAt(s, i+size); next == ' ' || next >= '0' && next <= '9' {
			return false
		}
	}
	return isJapaneseScript(r) && !strings.ContainsRune(numberGlue, r)
}

// dateCounters follow the number of a date or a time.
const dateCounters = "年月日時分"

// datePartFollows reports whether s continues at byte i with a month
// (1–12 and 月) or a four-digit year and 年.
func datePartFollows(s string, i int) bool {
	v, end, count, _ := readDigits(s, i)
	r, _ := runeAt(s, end)
	switch {
	case r == '月':
		return count <= 2 && v >= 1 && v <= 12
	case r == '年':
		return count == 4
	}
	return false
}

func isJapaneseScript(r rune) bool {
	return r >= 0x3000 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == '々' || r == 'ー')
}
