// Package pathrules holds the rules of pdftotext's default mode (no
// -layout) for the 効果発現経路 section: the overview's kind column and
// the path blocks (アクティビティからの発現経路 …), whose labels and cells
// the producers' PDFs (wkhtmltopdf, the A5 fixture, Chromium, LibreOffice) print out of the
// sheet's order. Each rule is one function with a doc comment and a table
// test; normalize.Gated calls them, only on text that shows
// pdftotext's de-hyphenation (linerules.HasDehyphenated) or is printed a
// cell a line (linerules.HasCellALine: mutool, PyMuPDF, pdfminer):
//
//	GatherKindColumn    the overview's kind column printed in two pieces (kindcolumn.go)
//	MoveActivityText    the activity text after アウトプット (activitytext.go)
//	MoveSourceSlashes   実績∕目標∕見込みの…'s slashes printed after its value (sourceslashes.go)
//	MoveTableIndicator  an output's 活動指標 printed inside a later table of its block (tableindicator.go)
//	MoveCellsBeforeNumbers  a path's last table's cells after the next block's headings (cellsbeforenumbers.go)
//	MoveNumbersAfterActivity  the path's numbers after アクティビティ or 活動目標 (numbersafteractivity.go)
//	JoinRowMajorTable   活動・成果目標と実績's cells a paragraph each, row after row (rowmajortable.go;
//	                    its end before the next outcome: rowmajortail.go)
//	JoinColumnTable     活動・成果目標と実績 printed column by column (columntable.go)
//	JoinPathNumbers     the path's numbers on the line after their label (pathnumbers.go)
//	MoveOneStageValue   アウトカムを複数段階…'s "--" after the next labels (onestagevalue.go)
//	MoveStrayIndicator  an output's 活動指標 after the next outcome's 成果目標 (strayindicator.go)
//	MoveGoalColumn      an output's 活動目標 text and 活動指標 among the qualitative rows (goalcolumn.go)
//	MoveQualDash        a qualitative row's "-" after the next label (qualdash.go)
//
// It holds: the path block rules above.
// It imports: the standard library, internal/num, internal/sheettext, reviewsheet/internal/label and reviewsheet/internal/linerules.
// It must never import: reviewsheet or any other package under it (audit, rscsv, sheetarrow, pdfsheet, input, sheetfmt, crossproject, internal/normalize), the PDF library or Arrow (checked by .ci/imports).
package pathrules
