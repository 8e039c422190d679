package textfacts

import (
	"strconv"
	"strings"
	"testing"

	"taiyaku/app/internal/swar"
)

// TestByteClasses pins the one-comparison byte tests against their
// definitions, over all 256 bytes.
func TestByteClasses(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		digit, upper := '0' <= b && b <= '9', 'A' <= b && b <= 'Z'
		letter := upper || 'a' <= b && b <= 'z'
		if isDigit(b) != digit || isUpper(b) != upper || isLetter(b) != letter || isAlnum(b) != (digit || letter) {
			t.Errorf("byte %#x: digit %v upper %v letter %v alnum %v", b, isDigit(b), isUpper(b), isLetter(b), isAlnum(b))
		}
	}
}

// TestFoldsToASCII pins the byte shortcut to quickClass for every
// three-byte sequence it may claim.
func TestFoldsToASCII(t *testing.T) {
	for r := rune(0x800); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		c, ok := foldsToASCII(s, 0)
		m, k := quickClass(r)
		if ok && (k != qMapped || m != rune(c)) {
			t.Fatalf("foldsToASCII(%U) = %q, quickClass %q (kind %d)", r, c, m, k)
		}
		if !ok && (r >= 0xFF01 && r <= 0xFF5E || r == 0x3000) {
			t.Fatalf("foldsToASCII(%U) missed", r)
		}
	}
}

// TestReacts3 pins the table of atLead3 to reactsAtRune over every rune of
// three UTF-8 bytes.
func TestReacts3(t *testing.T) {
	for r := rune(0x800); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		b := []byte(string(r))
		got := reacts3[b[0]&0x0F][b[1]&0x3F]>>(b[2]&0x3F)&1 != 0
		if got != reactsAtRune(r) {
			t.Fatalf("reacts3 %U = %v, reactsAtRune %v", r, got, reactsAtRune(r))
		}
	}
}

// TestNumeral3 pins the table of scanNumeral to kanjiDigit, smallUnit and
// bigUnit over every rune of three UTF-8 bytes.
func TestNumeral3(t *testing.T) {
	for r := rune(0x800); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		want := kanjiDigit(r) >= 0 || smallUnit(r) > 0 || bigUnit(r) > 0
		if got := numeralAt(string(r), 0); got != want {
			t.Fatalf("numeralAt %U = %v, want %v", r, got, want)
		}
	}
}

// TestQuickClassNFKC checks the quick classes against NFKC and fold on every
// rune of the Basic Multilingual Plane they claim.
func TestQuickClassNFKC(t *testing.T) {
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		m, k := quickClass(r)
		var want string
		switch k {
		case qOther:
			continue
		case qStable:
			want = string(r)
		case qMapped:
			if m >= 0 {
				want = string(m)
			}
		case qCircled:
			want = strconv.Itoa(int(m))
		}
		if got := slowNormalize(string(r)); got != want {
			t.Fatalf("%U: quick class %d gives %q, NFKC and fold %q", r, k, want, got)
		}
	}
}

// TestAlnums8 compares the eight-byte tests (alnums8, letters8,
// nonLetters8, wordEnd, nextLetter8)
// with the tables, for every byte
// in every position.
func TestAlnums8(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			b := []byte("\xe3\x80\x81 ,\xe6\x97\xa5(")
			b[pos] = byte(c)
			m := alnums8(swar.Load8(string(b), 0))
			for k := range 8 {
				if got := m>>(8*k+7)&1 != 0; got != alnumByte[b[k]] {
					t.Fatalf("alnums8(%q) byte %d: %v", b, k, got)
				}
			}
			l := letters8(swar.Load8(string(b), 0))
			nl := nonLetters8(swar.Load8(string(b), 0))
			for k := range 8 {
				if got := l>>(8*k+7)&1 != 0; got != isLetter(b[k]) {
					t.Fatalf("letters8(%q) byte %d: %v", b, k, got)
				}
				if got := nl&(0xFF<<(8*k)) == 0x80<<(8*k); got == isLetter(b[k]) {
					t.Fatalf("nonLetters8(%q) byte %d: %v", b, k, got)
				}
			}
			w := "ab" + string(b) + "cdefghij"
			for from := range 10 {
				want := from
				for want < len(w) && isLetter(w[want]) {
					want++
				}
				if got := wordEnd(w, from); got != want {
					t.Fatalf("wordEnd(%q, %d) = %d, want %d", w, from, got, want)
				}
			}
			s := string(b) + "\xe6\x97\xa5xy"
			for from := range 4 {
				want := from
				for want < len(s) && !isLetter(s[want]) {
					want++
				}
				if got := nextLetter8(s, from, len(s)); got != want {
					t.Fatalf("nextLetter8(%q, %d) = %d, want %d", s, from, got, want)
				}
			}
		}
	}
}

// TestJaCurrencyFirst checks that the first-character table of the
// Japanese currency words lets every word through and its first character
// alone through to the word loop, not much else.
func TestJaCurrencyFirst(t *testing.T) {
	for _, c := range jaCurrencies {
		if len(c.w) < 3 || c.w[0]&0xF0 != 0xE0 {
			t.Fatalf("%q does not start with a character of three bytes", c.w)
		}
		if class, w := jaCurrencyAt("12"+c.w+"です", 2); w != c.w && !strings.HasPrefix(c.w, w) || class == NoCurrency {
			t.Fatalf("jaCurrencyAt misses %q: %q %q", c.w, class, w)
		}
	}
	for _, s := range []string{"12件", "12", "12年", "1人", "12\xef\xbf"} {
		if class, _ := jaCurrencyAt(s, 2); class != NoCurrency {
			t.Fatalf("jaCurrencyAt(%q) = %q", s, class)
		}
	}
}

// TestNextLinkByte compares the eight-byte search for link starts with a
// byte-by-byte look, for every byte in every position.
func TestNextLinkByte(t *testing.T) {
	for c := range 256 {
		for pos := range 12 {
			b := []byte("\xe3\x80\x81 ,ahHx\x88(@zW")
			b[pos] = byte(c)
			s := string(b)
			for from := range 6 {
				want := from
				for want < len(s) && s[want] != 'h' && s[want] != 'H' && s[want] != 'w' && s[want] != 'W' && s[want] != '@' {
					want++
				}
				if got := nextLinkByte(s, from); got != want {
					t.Fatalf("nextLinkByte(%q, %d) = %d, want %d", s, from, got, want)
				}
			}
		}
	}
}

// TestAsciiEnd compares the eight-byte search for the end of an ASCII run
// (no tab), and asciiOnlyEnd's in a text without tabs, with a byte-by-byte
// look, for every byte in every position.
func TestAsciiEnd(t *testing.T) {
	for c := range 256 {
		for pos := range 12 {
			b := []byte("ab c\x01\x7f,.-xyz\x09q")
			b[pos] = byte(c)
			s := string(b)
			if c%2 == 1 {
				s = "The sixteen-byte rounds: " + s + s // the long-text loop too
			}
			for from := range 6 {
				want := from
				for want < len(s) && s[want] < 0x80 && s[want] != '\t' {
					want++
				}
				if got := asciiEnd(s, from); got != want {
					t.Fatalf("asciiEnd(%q, %d) = %d, want %d", s, from, got, want)
				}
				// The same without tabs, for asciiOnlyEnd.
				u := strings.ReplaceAll(s, "\t", "_")
				want = from
				for want < len(u) && u[want] < 0x80 {
					want++
				}
				if got := asciiOnlyEnd(u, from); got != want {
					t.Fatalf("asciiOnlyEnd(%q, %d) = %d, want %d", u, from, got, want)
				}
			}
		}
	}
}

// TestDigitFollowers checks that atDigit's looks at the byte after the
// digits never skip a matcher that would have matched: at every run of
// one or two digits of the corpus, texts made up around each byte.
func TestDigitFollowers(t *testing.T) {
	texts := append(fuzzSeeds(t), corpusFiles(t)...)
	for c := range 256 {
		for _, after := range []string{"", " a.m.", "am", "時30分", "日", " January", "st of May", "-23 June", ", 23 June", "~3月", ":30", ",357 June", ",23,24 June", ",123 and 4 June"} {
			texts = append(texts, "the 7"+string(rune(c))+after, "本7"+string([]byte{byte(c)})+after)
		}
	}
	for _, text := range texts {
		for _, lang := range []Lang{JA, EN} {
			sc := getScanner(text, lang, Context{Year: 2025, Month: 1, Day: 22})
			s := sc.s
			for i := 0; i < len(s); i++ {
				if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
					continue
				}
				n := digitRun(s, i)
				if n > 2 {
					continue
				}
				next := at(s, i+n)
				if _, ok := sc.clockTime(i); ok && !mayFollowHour(next) {
					t.Fatalf("%q at %d: clockTime matches after %q", s, i, next)
				}
				if _, ok := sc.dayFirstDate(i, i, -1); ok && (!mayFollowDay(next) || next == ',' && isGroup(s, i+n+1)) {
					t.Fatalf("%q at %d: dayFirstDate matches after %q", s, i, next)
				}
				if _, ok := sc.dayOnly(i); ok && sc.runs.wide && next != "日"[0] {
					t.Fatalf("%q at %d: dayOnly matches after %q", s, i, next)
				}
			}
			var f Facts
			sc.release(&f)
		}
	}
}
