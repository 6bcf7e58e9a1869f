package sheetarrow_test

import (
	"fmt"
	"os"

	"github.com/apache/arrow/go/v17/arrow/memory"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/reviewsheet/sheetarrow"
)

func parseSample() *reviewsheet.Sheet {
	f, err := os.Open("../../testdata/rs2025-006423.txt")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	s, err := reviewsheet.Parse(f)
	if err != nil {
		panic(err)
	}
	return s
}

// Build the tables in memory and read one figure.
func ExampleBuild() {
	recs, err := sheetarrow.Build(memory.DefaultAllocator, []*reviewsheet.Sheet{parseSample()}, nil)
	if err != nil {
		panic(err)
	}
	defer func() {
		for _, r := range recs {
			r.Release()
		}
	}()
	years := recs[sheetarrow.BudgetYears]
	fmt.Println(years.NumRows(), "budget years")
	fmt.Println(years.Schema().Field(9).Name, years.Column(9).ValueStr(1))
	// Output:
	// 4 budget years
	// executed 684784000
}

// Stream sheets into Parquet files, one per table.
func ExampleWriter() {
	dir, err := os.MkdirTemp("", "sheets")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	w, err := sheetarrow.NewWriter(dir, sheetarrow.FormatParquet, sheetarrow.WriterOptions{})
	if err != nil {
		panic(err)
	}
	s := parseSample()
	if err := w.Write(s, audit.Check(s)); err != nil {
		panic(err)
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	fmt.Println(w.Rows(sheetarrow.SpendingContracts), "rows in", sheetarrow.FileName(sheetarrow.SpendingContracts, sheetarrow.FormatParquet))
	// Output:
	// 42 rows in spending_contracts.parquet
}
