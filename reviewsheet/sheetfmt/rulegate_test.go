package sheetfmt

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/rsheet/rsheet/internal/gate"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/rscsv"
)

// TestRuleGate2024 renders every sheet of the 2024 corpus and parses the
// text with the parser's rule gates as they are and forced open
// (gate.Force): sheets and errors must be the same (see
// reviewsheet/internal/normalize/rulegate.go).
func TestRuleGate2024(t *testing.T) {
	dir := "../../../shared/rs2024"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/rs2024 is absent")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	set, err := rscsv.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	parse := func(src []byte, force bool) (*reviewsheet.Sheet, string) {
		gate.Force = force
		defer func() { gate.Force = false }()
		p := reviewsheet.Parser{Lenient: true}
		s, err := p.ParseBytes(src)
		return s, fmt.Sprint(err)
	}
	n, diff := 0, 0
	_ = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		src := Format(s)
		gated, ge := parse(src, false)
		open, oe := parse(src, true)
		n++
		if ge != oe || !reflect.DeepEqual(gated, open) {
			diff++
			if diff <= 5 {
				t.Errorf("sheet %d (%d bytes): gated and open parses differ", n, len(src))
			}
		}
		return nil
	})
	t.Logf("%d sheets, %d differ", n, diff)
	if n == 0 {
		t.Fatal("no sheets")
	}
}
