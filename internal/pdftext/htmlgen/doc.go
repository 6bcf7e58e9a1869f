// Command htmlgen renders review-sheet text (testdata/rs2025-006423.txt)
// as an HTML page in the layout of a published RS sheet: A4, bordered
// tables (border-collapse), a label column whose cell spans the rows of
// its table (rowspan), multi-column tables, wrapped text inside cells,
// rows that may break across pages, and a page footer "N / M". Other
// producers print the page to PDF (scripts/make-producer-fixtures.sh:
// headless Chromium, LibreOffice and wkhtmltopdf), so that
// internal/pdftext is tested on files it did not write itself. The
// -producer flag adapts the page to each: chromium (CSS @page footer),
// libreoffice (a Writer footer with page fields, explicit column widths
// because Writer ignores nowrap, tables kept whole) and wkhtmltopdf
// (each table in a block kept whole, since Qt WebKit splits rows).
//
// The text's paragraphs (blank-line separated) decide the tables, by
// rules of this renderer (none of them is known to the library):
//
//   - The first two paragraphs, and one-line paragraphs without a space
//     of at most 12 characters, are headings (bold; the fonts have no
//     bold face, so producers fake it).
//   - A one-line paragraph is a table row, one cell per space-separated
//     field; consecutive rows with the same number of cells share a
//     table. A row one cell shorter than the two or more rows after it is
//     their header: it gets an empty first cell.
//   - A multi-line paragraph of short lines without spaces (a label such
//     as 予算額執行額表 / （単位：千円）) followed by table rows becomes
//     the first column of that table, one cell spanning all its rows.
//   - A multi-line paragraph followed by a paragraph whose first line has
//     one cell fewer than the table above continues that table: a row
//     whose first cell wraps (a contract name) and whose other cells are
//     the next paragraph's cells (or, when that paragraph has several
//     lines, one cell spanning the other columns).
//   - The paragraphs after the 補助率等 header row are rows of four
//     wrapped cells, four paragraphs a row, as long as the next
//     paragraph's first line has no space (備考 -- ends them); any of the
//     four may wrap, 補助対象 too.
//   - The overview of the 効果発現経路 boxes (after the header row
//     アクティビティ アウトプット 短期アウトカム 中期アウトカム 長期アウトカム) is
//     drawn as the sheet draws it: one column per kind, the boxes of a
//     kind stacked in its column ("NNN: kind" in bold, then the box's
//     text), so that boxes of different kinds stand side by side; each
//     box has rounded corners (curves) rather than cell borders, except
//     for LibreOffice, whose HTML import has no border-radius.
//   - Any other multi-line paragraph is one full-width wrapped cell.
//
// Line breaks inside cells are the text's (<br>, no automatic wrapping),
// so that every producer breaks cells where the text does. Font sizes
// shrink per table when its widest row would not fit the page.
//
// It lives in its own module (standard library only) so that the
// library's go.mod gains nothing.
package main
