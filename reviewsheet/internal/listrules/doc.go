// Package listrules holds the rules of pdftotext's default mode (no
// -layout) for the 支出先上位者リスト: its header words, printed a line
// each, come apart from the cells they head, in an order the sheet does
// not have. Header words carry no cell, so the rules move header words
// only, never a figure, and only where the sheet's column order says for
// sure which header a word belongs to, and join a row's cells printed a
// line each only where every position has its shape. Each rule is one
// function with a doc comment and a table test; JoinListCells, the one
// entry point, runs them on the lines of the list, and the parser calls
// it only on text that shows pdftotext's de-hyphenation (lostDash):
//
//	JoinListCells          block, recipient and contract header rows a cell a line, label then value (Chromium; listcells.go);
//	                       a block header's other words before its row dropped (wkhtmltopdf: otherBlockWords)
//	blockWordsRow, recipientWordsRow, letterBeforeHeader
//	                       the header's words a line each, the row's cells after some of them (wkhtmltopdf, A5; listwords.go)
//	blockCellLines         the block header's words a line each, then its row a cell a line (mutool, PyMuPDF of Chromium and wkhtmltopdf; listwords.go)
//	completeContractHeaders, contractHeaderAnyOrder
//	                       a contract header's last word after the next recipient's row, its words in another order (A5; listwords.go)
//	BlockTailAfterWords   a block row's 支出先数 and role after the next recipient's header words (A5; blocktail.go)
//	RecipientWordsAmongCells a recipient's header words among the last cells of the table above (A5; recipientwords.go)
//	IDAmongContractWords  a recipient's 法人番号 among the words of its contract header (A5; recipientwords.go)
//	MoveLastContractWord  a contract header's last word printed after cells of its table (contractwords.go)
//	GatherContractWords   a contract header's words printed among its table's cells, the last one among the next recipient's words (A5, wkhtmltopdf; contractwords.go)
//	FirstRecipientAfterRole a block's first recipient after the block row's role, its cells among both headers' words (Chromium; blockrecipient.go)
//	FirstRecipientAfterBlockRole a block's first recipient a label and a value each after the block row's role, its header joined before its 法人番号 (LibreOffice; rolerecipient.go)
//	DropMovedPageNumber   a page footer that stood before a page break other rules moved lines in front of (Chromium; listcells.go)
//	recipientCellLines    a recipient row a cell a line in a paragraph of its own under its joined header, the contract header next (mutool, PyMuPDF; recipientcells.go)
//	splitReasonHeaderAt   a contract header a word a line, its last word in two lines and its ∕ after them (LibreOffice through mutool, PyMuPDF; recipientcells.go)
//	JoinContractCellLines a contract row a cell a line, a paragraph of four lines (mutool; contractcells.go; the parser calls it on a recipient's contract rows)
//
// It holds: the list rules above.
// It imports: the standard library, internal/num, internal/sheettext, reviewsheet/internal/label, reviewsheet/internal/linerules and spending (the 契約方式等 spellings).
// It must never import: reviewsheet or any other package under it (audit, rscsv, sheetarrow, pdfsheet, input, sheetfmt, crossproject, internal/normalize, internal/pathrules), the PDF library or Arrow (checked by .ci/imports).
package listrules
