package sheettable_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/sheettable"
)

// cell formats the cell of column c in row r: "--" for null.
func cell[R any](c *sheettable.Col[R], r R) string {
	switch c.Type {
	case sheettable.Int32, sheettable.Int64:
		if v, ok := c.Int(r); ok {
			return strconv.FormatInt(v, 10)
		}
	case sheettable.Float64:
		if v, ok := c.Float(r); ok {
			return strconv.FormatFloat(v, 'f', 1, 64)
		}
	case sheettable.Bool:
		if v, ok := c.Bool(r); ok {
			return strconv.FormatBool(v)
		}
	default:
		if v, ok := c.Str(r); ok {
			return v
		}
	}
	return "--"
}

// budgetYears prints the budget_years rows of a sheet, tab-separated.
type budgetYears struct {
	sheettable.NopSink // every other table: ignored
	cols               []string
}

func (b budgetYears) BudgetYear(y *budget.Year) {
	var out []string
	for i := range sheettable.BudgetYearCols {
		c := &sheettable.BudgetYearCols[i]
		for _, want := range b.cols {
			if c.Name == want {
				out = append(out, cell(c, y))
			}
		}
	}
	fmt.Println(strings.Join(out, "\t"))
}

// Read a table's cells without Arrow: walk the sheet's rows and read
// each with its column's getter.
func ExampleWalker() {
	f, err := os.Open("../../testdata/rs2025-006423.txt")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	s, err := reviewsheet.Parse(f)
	if err != nil {
		panic(err)
	}
	var w sheettable.Walker
	w.Walk(s, "sample", nil, budgetYears{cols: []string{"budget_year", "total", "executed", "execution_rate_calc"}})
	// Output:
	// 2023	0	--	--
	// 2024	3953908000	684784000	17.3
	// 2025	3236488000	--	--
	// 2026	--	--	--
}
