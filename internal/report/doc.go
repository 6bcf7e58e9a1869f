// Package report renders one 行政事業レビューシート as a self-contained
// HTML page: no external assets, no JavaScript, readable offline.
//
// The page holds the header facts, the 予算・執行 by year as a bar chart
// with the 執行率, the 資金の流れ as a flow (Sankey-style) diagram
// ministry → 支出先ブロック (re-delegation respected) → top recipients, the
// 効果発現経路 graph with each indicator's target and actual, the findings
// of audit.Check with their line numbers, and the contracts with
// 入札者数 and 落札率, one-bidder and undisclosed rows highlighted
// (classes "one-bidder" and "undisclosed").
//
// Charts are inline SVG built in Go; every text goes through
// html/template or an explicit escape, so sheet text cannot inject markup.
// Amounts are shown in 千円 with thousands separators, as the sheets
// print them. Output is deterministic: the same sheet and findings give
// the same bytes.
//
//	err := report.Write(w, sheet, report.Options{Findings: audit.Check(sheet)})
//
// It holds: the self-contained HTML report of a sheet and its findings (and the Japanese message catalogue).
// It imports: reviewsheet, reviewsheet/audit, the domain packages and internal/num.
// It must never import: rscsv, sheetarrow, pdfsheet, input or the PDF library.
package report
