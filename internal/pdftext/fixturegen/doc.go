// Command fixturegen renders review-sheet text to a PDF laid out like a
// sheet: tables as rows of ruled cells (columns shared by consecutive rows
// with the same number of cells), wrapped cells as ruled boxes, the
// 補助率等 grid as rows of side-by-side wrapped cells, headings as free
// text. It uses gopdf with a TrueType font (IPAexGothic from Debian's
// fonts-ipaexfont), which gopdf embeds as a subset Type0/Identity-H font
// with a ToUnicode map. Output is byte-identical between runs.
//
// It lives in its own module so that gopdf stays out of the library's
// dependencies. Run it through scripts/make-pdf-fixtures.sh.
package main
