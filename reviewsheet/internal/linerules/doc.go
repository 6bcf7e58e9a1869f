// Package linerules holds the line and cell primitives the extractor
// rules (package normalize) and the section parsers share: token
// normalisation of one line, figure cells and table rows, pdftotext's
// de-hyphenation undone, and the shapes of the spending list rows.
//
// Every function reads or rewrites sheet text as []sheettext.Line (or one
// line's text) and keeps positions: a line split or joined keeps the
// position of its first piece. A rewrite copies the lines before the
// first one it changes (CopyBefore) and returns the input unchanged when
// nothing applies (Rewritten), so text from the extractor the parsers were
// written against costs no allocation.
//
//	NormalizeLine("予算事業 ID 001")   // "予算事業ID 001": a font change's space dropped
//	IsFigureCell("1,234")              // true: an amount, a count, a rate or "--"
//	SplitDehyphenated(lines)           // "--" cells pdftotext glued to the next line split off again
//	HasCellALine(lines)                // the second default-mode gate: the list header a word a line (mutool, PyMuPDF, pdfminer)
//	ReorderContractRows(lines)         // a contract row printed beside its name put after 契約方式等
//
// It holds: the token rules of one line (NormalizeLine, CollapseSpaces, JoinWords), figure cells and rows (IsFigureCell, FigureCells, FigureRows), the copy-on-write helpers, de-hyphenation (dehyphen.go), contract rows (contractrows.go), the layout paragraphs sheettext.Columns must not read as grid rows (labelheaderrows.go: a 基本情報 label, header and rows; figurerow.go: a row of figure cells), the row shapes of the spending lists (shapes.go), the row ends of the section parsers (rowends.go: RecipientRowEnd, SplitMethod, YearHeader, ItemType, ItemRowEnd, LastField, IsCount13), the block loop of the rules (RewriteBlocks), the page number shape (IsPageNumber), the notes a rule leaves for the parser (note.go), and the default-mode rules of the 基本情報, KPI and 点検・評価 cells (reflectiondashes.go, slashafterlabel.go, interruptedlabel.go, labelrowdashes.go, gluedurlcell.go, orgcolumn.go; labelline.go: LabelIs, LabelLine, IsPlainText, shared with internal/pathrules).
// It imports: the standard library, internal/num, internal/sheettext, internal/textnorm, the domain package spending and reviewsheet/internal/label.
// It must never import: reviewsheet or any other package under it (audit, rscsv, sheetarrow, pdfsheet, input, sheetfmt, crossproject, internal/normalize), the PDF library or Arrow (checked by .ci/imports).
package linerules
