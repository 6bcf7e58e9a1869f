package report_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/rsheet/rsheet/internal/report"
	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

func ExampleWrite() {
	f, err := os.Open("../../testdata/rs2025-006423.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sheet, err := reviewsheet.Parse(f)
	if err != nil {
		log.Fatal(err)
	}
	var page bytes.Buffer
	opt := report.Options{Findings: audit.Check(sheet)}
	if err := report.Write(&page, sheet, opt); err != nil {
		log.Fatal(err)
	}
	html := page.String()
	fmt.Println(strings.Count(html, "<svg "), "charts")
	fmt.Println(strings.Count(html, `class="one-bidder`), "one-bidder rows")
	fmt.Println(strings.Contains(html, "<script"))
	// Output:
	// 3 charts
	// 4 one-bidder rows
	// false
}
