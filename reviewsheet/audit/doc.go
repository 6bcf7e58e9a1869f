// Package audit recomputes and cross-checks the figures of review
// sheets. Check recomputes every derived figure a sheet prints (計,
// 執行率, 達成率, block and payee sums, 法人番号 check digits, …) and
// returns findings; Compare checks a sheet as stated against the official
// record of the same project (or two readings of one sheet); VendorTally
// finds signals across a set of sheets. Findings are data: a stable Code,
// a Severity, the JSON path and line of the stated figure, stated and
// recomputed values in one unit (yen, with separators), a message.
//
// The formulas live in the domain packages (budget, outcome, spending),
// the shared number rules (rounding, sum tolerance, printed decimals, yen
// formatting) in internal/num; this package compares and locates. Every
// code has a Rule (Rules), and docs/checks.md and docs/crosscheck.md are
// generated from them (TestDocs fails when they drift):
//
//	go test ./reviewsheet/audit -run Docs -update
//
// One file per rule family: check_budget.go, check_domains.go (outcomes,
// 法人番号), check_spending.go, check_signals.go, check_narrative.go,
// check_urls.go, check_parse.go, check_vendor.go, compare.go.
//
// It holds: Check, Compare, VendorTally, Finding, Code, Severity and the rules' documentation.
// It imports: reviewsheet (the Sheet), the domain packages and internal/num.
// It must never import: rscsv, sheetarrow, pdfsheet, input, the PDF library or Arrow; the parser never imports it.
package audit
