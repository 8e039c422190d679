package textfacts

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestPlay(t *testing.T) {
	for _, f := range []string{"ja", "en"} {
		b, _ := os.ReadFile("testdata/jp-uk-digital-2025/" + f + ".txt")
		for _, line := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			fx := Extract(line, Lang(f), Context{Year: 2025})
			fmt.Printf("%.40q\n", line)
			for _, n := range fx.Numbers {
				fmt.Printf("   N %v %q w=%v %s\n", n.Value, n.Raw, n.Word, n.Unit)
			}
			for _, d := range fx.Dates {
				fmt.Printf("   D %v %q fits=%v\n", d, d.Raw, d.WeekdayFits())
			}
			for _, u := range fx.URLs {
				fmt.Printf("   U %q\n", u)
			}
			if fx.Latin != nil {
				fmt.Printf("   L %q\n", fx.Latin)
			}
		}
	}
}
