// Package basicrules holds the rules of pdftotext's default mode (no
// -layout) for the head of 基本情報 (the 組織情報 rows, the two rows of
// 基本情報: 予算事業ID, 事業開始年度, 事業終了（予定）年度, 事業年度,
// 事業区分; 政策・施策 and 関連事業) and for the KPI block and 点検・評価,
// whose labels and cells the producers' PDFs (LibreOffice, Chromium,
// wkhtmltopdf, the A5 fixture) print out of the sheet's order,
// interleaved. Each rule is one function with a doc comment and a table
// test; normalize.Gated calls Apply, only on text that shows
// pdftotext's de-hyphenation (linerules.HasDehyphenated) or is printed a
// cell a line (linerules.HasCellALine: mutool, PyMuPDF, pdfminer):
//
//	ReorderHeadBlock      the head of 基本情報 as one of the producers' known reading orders (headblock.go, template.go)
//	UncolumnSubsidies     補助率等 printed column by column (LibreOffice) as rows, a joined 補助上限等 kept whole with a Note (subsidycolumns.go; called by normalize.Gated before joinSubsidyHeader)
//	PlaceYearsByTitle     事業年度 / 事業開始年度 left under both labels placed by the title's year, with a Note (placeyears.go; called by normalize.Gated after Apply)
//	MoveKPIDash           複数段階…理由's "--" printed after the KPI label (evaluation.go)
//	JoinEvaluationDashes  点検・評価 from 外部有識者による点検 on, nothing but labels and exactly its "--" cells (evaluation.go)
//
// A rule places a cell only by what the sheet itself tells: the known
// labels, their order in the sheet and the shape of the cell (a year, a
// 6-digit ID, 終了予定なし, "--", text with " | "). A cell whose place
// the text cannot tell for sure is not guessed: it stays where the
// parser reports it.
//
// It holds: the 基本情報 head block, 補助率等 and 点検・評価 rules above and the head block's reading-order templates.
// It imports: the standard library, internal/num, internal/sheettext, reviewsheet/internal/label and reviewsheet/internal/linerules.
// It must never import: reviewsheet or any other package under it (audit, rscsv, sheetarrow, pdfsheet, input, sheetfmt, crossproject, internal/normalize, internal/pathrules), the PDF library or Arrow (checked by .ci/imports).
package basicrules
