package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// numLevel is one level of a list definition (w:lvl).
type numLevel struct {
	start   int
	fmt     string // w:numFmt
	text    string // w:lvlText, "%1." or "（%1）"
	legal   bool   // w:isLgl: every level shown in decimal
	suffix  string // w:suff: "tab" (Word's default), "space" or "nothing"
	restart int    // w:lvlRestart: restart after this level is used; -1 by default (any higher)
}

// numbering holds the list definitions of numbering.xml and the counters
// of the document read so far.
type numbering struct {
	abstract  map[string]*[9]numLevel
	nums      map[string]numInstance
	counters  map[string]*[9]int // by list definition; 0: not started
	started   map[numRef]bool    // list levels that have had a paragraph
	styleNums map[string]numRef  // paragraph styles that carry numbering
}

// numInstance is a w:num: a list definition, with levels restarted at
// other values (w:lvlOverride/w:startOverride).
type numInstance struct {
	abstract  string
	overrides map[int]int
}

// numRef is a paragraph's list and level.
type numRef struct {
	numID string
	ilvl  int
}

type xNumbering struct {
	Abstract []struct {
		ID     string `xml:"abstractNumId,attr"`
		Levels []struct {
			Ilvl    int  `xml:"ilvl,attr"`
			Start   xVal `xml:"start"`
			Fmt     xVal `xml:"numFmt"`
			Text    xVal `xml:"lvlText"`
			Restart xVal `xml:"lvlRestart"`
			Suffix  xVal `xml:"suff"`
			Legal   *struct {
				Val string `xml:"val,attr"`
			} `xml:"isLgl"`
		} `xml:"lvl"`
	} `xml:"abstractNum"`
	Nums []struct {
		ID        string `xml:"numId,attr"`
		Abstract  xVal   `xml:"abstractNumId"`
		Overrides []struct {
			Ilvl  int  `xml:"ilvl,attr"`
			Start xVal `xml:"startOverride"`
		} `xml:"lvlOverride"`
	} `xml:"num"`
}

// xVal is an element whose w:val attribute is all that matters.
type xVal struct {
	Val string `xml:"val,attr"`
}

func (v xVal) int(def int) int {
	if n, err := strconv.Atoi(v.Val); err == nil {
		return n
	}
	return def
}

// parseNumbering reads numbering.xml (nil: a document without lists).
func parseNumbering(data []byte) (*numbering, error) {
	n := &numbering{abstract: map[string]*[9]numLevel{}, nums: map[string]numInstance{}, counters: map[string]*[9]int{}, started: map[numRef]bool{}, styleNums: map[string]numRef{}}
	if data == nil {
		return n, nil
	}
	var x xNumbering
	if err := xml.Unmarshal(data, &x); err != nil {
		return nil, err
	}
	for _, a := range x.Abstract {
		var lv [9]numLevel
		for i := range lv {
			lv[i] = numLevel{start: 1, fmt: "decimal", suffix: "tab", restart: -1}
		}
		for _, l := range a.Levels {
			if l.Ilvl < 0 || l.Ilvl > 8 {
				continue
			}
			lv[l.Ilvl] = numLevel{start: l.Start.int(1), fmt: orDefault(l.Fmt.Val, "decimal"), text: l.Text.Val,
				legal:  l.Legal != nil && l.Legal.Val != "0" && l.Legal.Val != "false",
				suffix: orDefault(l.Suffix.Val, "tab"), restart: l.Restart.int(-1)}
		}
		n.abstract[a.ID] = &lv
	}
	for _, m := range x.Nums {
		inst := numInstance{abstract: m.Abstract.Val, overrides: map[int]int{}}
		for _, o := range m.Overrides {
			if o.Start.Val != "" {
				inst.overrides[o.Ilvl] = o.Start.int(1)
			}
		}
		n.nums[m.ID] = inst
	}
	return n, nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// label counts a paragraph of list numID at level ilvl and returns its
// label as Word shows it, with the separator that follows it ("" for a
// paragraph that is not numbered).
func (n *numbering) label(ref numRef) string {
	inst, ok := n.nums[ref.numID]
	lv := n.abstract[inst.abstract]
	if !ok || lv == nil || ref.ilvl < 0 || ref.ilvl > 8 {
		return ""
	}
	// Every list of one definition shares its counters, as Word counts;
	// a list that restarts a level at another value (w:startOverride)
	// sets that level's counter when its first paragraph comes.
	c := n.counters[inst.abstract]
	if c == nil {
		c = &[9]int{}
		n.counters[inst.abstract] = c
	}
	restart, ok := inst.overrides[ref.ilvl]
	switch {
	case ok && !n.started[ref]:
		c[ref.ilvl] = restart
	case c[ref.ilvl] == 0:
		c[ref.ilvl] = startOf(lv, inst, ref.ilvl)
	default:
		c[ref.ilvl]++
	}
	n.started[ref] = true
	for k := ref.ilvl + 1; k < 9; k++ {
		if lv[k].restart != 0 {
			c[k] = 0
		}
	}
	return render(lv, inst, c, ref.ilvl)
}

func startOf(lv *[9]numLevel, inst numInstance, ilvl int) int {
	if s, ok := inst.overrides[ilvl]; ok {
		return s
	}
	return lv[ilvl].start
}

// render fills the level's w:lvlText: %k is level k's counter in its own
// format (decimal under legal numbering).
func render(lv *[9]numLevel, inst numInstance, c *[9]int, ilvl int) string {
	l := lv[ilvl]
	if l.fmt == "bullet" {
		return bullet(l.text) + sep(l.suffix)
	}
	if l.text == "" && l.fmt != "none" {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(l.text); i++ {
		if l.text[i] == '%' && i+1 < len(l.text) && l.text[i+1] >= '1' && l.text[i+1] <= '9' {
			k := int(l.text[i+1] - '1')
			v := c[k]
			if v == 0 {
				v = startOf(lv, inst, k)
			}
			f := lv[k].fmt
			if l.legal && f != "none" {
				f = "decimal"
			}
			b.WriteString(format(v, f))
			i++
			continue
		}
		b.WriteByte(l.text[i])
	}
	if b.Len() == 0 {
		return ""
	}
	return b.String() + sep(l.suffix)
}

// sep is what stands between a label and its text in our plain text: a
// space for Word's tab or space, nothing for "nothing".
func sep(suffix string) string {
	if suffix == "nothing" {
		return ""
	}
	return " "
}

// bullet maps the Symbol and Wingdings bullets (private-use characters
// without the font) to the bullet they show.
func bullet(s string) string {
	switch s {
	case "", "\uf0b7", "\uf06c", "\uf0a7", "\uf0d8", "\uf076", "\uf0fc":
		return "•"
	}
	return s
}
