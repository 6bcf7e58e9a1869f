package audit_test

import (
	"fmt"
	"log"
	"os"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// ExampleCheck recomputes a sheet's figures. The sample is consistent;
// a transposed 執行率 (17.3 printed as 71.3) is caught and located.
func ExampleCheck() {
	f, err := os.Open("../../testdata/rs2025-006423.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sheet, err := (&reviewsheet.Parser{Name: "rs2025-006423.txt"}).Parse(f)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("errors in the sample:", audit.HasErrors(audit.Check(sheet)))

	typo := 71.3
	sheet.Budget.YearOf(2024).ExecutionRate = &typo
	for _, fd := range audit.Check(sheet) {
		if fd.Path != "budget.years[1].execution_rate" {
			continue
		}
		fmt.Printf("%s:%d: %s %s: stated %s, recomputed %s\n", fd.File, fd.Line, fd.Severity, fd.Code, fd.Stated, fd.Recomputed)
	}
	// Output:
	// errors in the sample: false
	// rs2025-006423.txt:146: error budget.execution_rate: stated 71.3%, recomputed 17.3%
}
