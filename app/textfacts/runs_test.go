package textfacts

import (
	"strings"
	"testing"

	"taiyaku/app/sample"
)

// checkRuns fails unless normalize with runs gives Normalize's result and
// every noted run holds only characters the scanner would step over.
func checkRuns(t *testing.T, text string) {
	t.Helper()
	var runs plainRuns
	got := normalize(text, &runs)
	if want := Normalize(text); got != want {
		t.Fatalf("normalize(%q) = %q, Normalize %q", text, got, want)
	}
	if !runs.wide {
		for i := 0; i < len(got); i++ {
			if got[i] >= 0x80 {
				t.Fatalf("%q: not ASCII, but wide is false", got)
			}
		}
	}
	last := 0
	for _, r := range runs.spans {
		if r.start < last || r.end-r.start < minRun || r.end > len(got) || (r.end-r.start)%3 != 0 {
			t.Fatalf("%q: bad run %v after %d", got, r, last)
		}
		for i := r.start; i < r.end; i += 3 {
			c, b1, b2 := got[i], got[i+1], got[i+2]
			if c&0xF0 != 0xE0 || b1&0xC0 != 0x80 || b2&0xC0 != 0x80 || reacts3[c&0x0F][b1&0x3F]>>(b2&0x3F)&1 != 0 {
				t.Fatalf("%q: run %v holds %q", got, r, got[i:i+3])
			}
		}
		last = r.end
	}
}

func TestPlainRuns(t *testing.T) {
	texts := append(fuzzSeeds(t), corpusFiles(t)...)
	for _, p := range sample.Generate(300, 3) {
		texts = append(texts, p.JA, p.EN)
	}
	texts = append(texts, strings.Repeat("平成\t公表", 9), "公表する予定です１２３（令和）公表する予定です①公表する予定です")
	noted := 0
	for _, text := range texts {
		checkRuns(t, text)
		var runs plainRuns
		normalize(text, &runs)
		noted += len(runs.spans)
	}
	if noted == 0 {
		t.Fatal("no runs noted at all")
	}
}

func FuzzPlainRuns(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(checkRuns)
}

// TestPlain3 pins plain3 to its definition over every rune of three bytes.
func TestPlain3(t *testing.T) {
	for r := rune(0x800); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		b := []byte(string(r))
		_, k := quickClass(r)
		stable := k == qStable && r >= 0x3000 && r <= 0x9FFF
		want := stable && !reactsAtRune(r)
		if got := plain3[b[0]&0x0F][b[1]&0x3F]>>(b[2]&0x3F)&1 != 0; got != want {
			t.Fatalf("plain3 %U = %v, want %v", r, got, want)
		}
	}
}

// TestPlainBits checks that plainChar, through plainBits, answers as
// plain3 for every sequence of three bytes of the form 1110xxxx 10xxxxxx
// 10xxxxxx.
func TestPlainBits(t *testing.T) {
	for c := 0xE0; c <= 0xEF; c++ {
		for b1 := 0x80; b1 <= 0xBF; b1++ {
			for b2 := 0x80; b2 <= 0xBF; b2++ {
				want := plain3[c&0x0F][b1&0x3F]>>(b2&0x3F)&1 != 0
				if got := plainChar(uint32(c) | uint32(b1)<<8 | uint32(b2)<<16); got != want {
					t.Fatalf("plainChar(% x) = %v, want %v", []byte{byte(c), byte(b1), byte(b2)}, got, want)
				}
			}
		}
	}
}

// TestPlainEnd holds plainEnd, eight bytes at a time, to a look at one
// character after the other, from every byte of the corpus and of texts
// where a plain run meets ASCII, a reacting character or the end at every
// place.
func TestPlainEnd(t *testing.T) {
	texts := append(fuzzSeeds(t), corpusFiles(t)...)
	for _, p := range sample.Generate(200, 5) {
		texts = append(texts, p.JA)
	}
	for _, tail := range []string{"", "5G", "一", "a", "\xe3\x81", "、", "（"} {
		for n := range 6 {
			texts = append(texts, strings.Repeat("公表", n)+tail, strings.Repeat("で", n)+tail+"す")
		}
	}
	for _, s := range texts {
		for i := range len(s) {
			want := i
			for want+2 < len(s) {
				x := uint32(s[want]) | uint32(s[want+1])<<8 | uint32(s[want+2])<<16
				if x&0xC0C0F0 != 0x8080E0 || !plainChar(x) {
					break
				}
				want += 3
			}
			if got := plainEnd(s, i); got != want {
				t.Fatalf("plainEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
