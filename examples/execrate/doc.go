// Command execrate lists execution-rate outliers across an RS bulk year:
// the projects whose 執行率 (執行額 ÷ 歳出予算現額) in one 予算年度 is far
// below or above the rest.
//
//	go run ./examples/execrate -year 2023 /work/shared/rs2024/
//
// It reads the RS system's bulk CSVs (the ZIPs as downloaded, or a
// folder of them) with reviewsheet/rscsv, recomputes each project's rate
// from the yen amounts, prints the distribution (quartiles) and the
// projects below -below percent and above -above percent, largest
// budgets first. Projects with no budget (計 0 or absent) or no 執行額
// are counted and skipped. Amounts are 千円.
//
// It holds: an example program (執行率 over many sheets).
// It imports: public packages of the module, examples/internal/exutil.
// It must never import: cmd/; nothing imports it.
package main
