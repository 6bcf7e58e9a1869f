// Package pdftext turns the text layer of a PDF into plain text shaped like
// the text extraction of a review sheet: one line per table row, cells
// separated by single spaces, wrapped cells emitted cell by cell with a
// blank line between cells, and a form feed between pages.
//
// It reads the file with github.com/ledongthuc/pdf but uses only the
// library's low layer (objects, streams, ToUnicode maps and
// pdf.Interpret): it walks each content stream itself, keeping the text
// state and advancing every glyph by the font's real widths, so that
// positions are right for CID-keyed (Type0/Identity-H) fonts and Type 3
// fonts (widths through /FontMatrix). A font's ToUnicode map, read by
// this package, wins over its /Encoding for every font type (Chromium's
// Type 3 fonts name their glyphs /g13 in /Differences). Lines are
// rebuilt from baselines; cells come from the rectangles drawn on the
// page (a closed path with curves — a rounded box, a pill — counts by
// its bounding box), else from the ruling lines around the text (stroked
// horizontal and vertical segments, thin rectangles), else from gaps. A
// filled rectangle with ruling lines or rectangles inside is a background,
// not a cell.
//
// Cells whose tops line up form a row. Consecutive one-line cells of a
// row print on one line; a wrapped cell prints line by line; a blank line
// separates them — so a label spanning several rows (rowspan) prints
// before the row beside its top, and a row whose first cell wraps prints
// that cell, then its figures on one line.
//
// Within a line, a gap wider than 0.2 em is a space, except: a gap of one
// em between full-width characters is an undrawn ideographic space
// (U+3000); a gap under 0.24 em between a full-width character and an
// ASCII letter or digit is the producer's Asian/Latin autospace, not a
// space; a glyph drawn again over itself (fake bold) is read once. A
// line that is only a page number ("N / M", "- N -"), below everything
// else on the page and in the bottom 12% of its box, is a footer and is
// dropped.
//
// Safety: every call into the library runs behind a recover boundary that
// turns a panic into an *Error naming the page. Hangs and crashes that
// recover cannot stop are refused before the library meets them: from the
// raw bytes, a /Prev loop in the xref chain, a huge /Size or /Index, and
// object streams the library would resolve recursively (a fatal stack
// overflow); from each decoded content stream and ToUnicode map, a hex
// string that runs to the end (the library's lexer loops forever there).
// The page tree is walked here with depth and node limits, so cycles end.
// Limits: [DefaultMaxPages] pages, [DefaultMaxObjects] objects and
// [DefaultMaxOps] content-stream operators in the document unless Options
// say otherwise; fixed limits bound the decoded content streams (16 MiB a
// page, 128 MiB in all), the characters (65,536) and rectangles plus
// ruling lines (8,192) of a page, the layout work of the document, the
// ToUnicode map of a font (1 MiB) and the distinct codes decoded per font
// (16,384).
//
// Text is normalised: look-alike code points fold by textnorm.FoldRune
// (Kangxi radicals and the CJK radicals supplement ⾏ → 行, ⺠ → 民,
// ⻑ → 長, compatibility ideographs, ‧ → ・); an em space is the
// ideographic space U+3000; tab, no-break and the other typographic
// spaces (U+2000–U+200A) are spaces; U+FFFD,
// control and private-use characters are dropped, and a page with more
// than a few of them (or Latin-1 mojibake) is refused as unreadable.
// Form XObjects are interpreted in place (nesting up to 8).
//
// Encryption: files encrypted with the standard security handler and an
// empty user password (permissions only) are decrypted before the library
// reads them — RC4 40–128 bits (V1, V2, R2–R3), V4 crypt filters RC4 or
// AES-128 (R4) and AES-256 (V5, R5 and R6) — by the raw file layer,
// package rawpdf (our own, standard library crypto only: the library
// fails every stream of a 40-bit RC4 file and refuses AES-256). It
// writes out an unencrypted file, so the raw-byte guards above run again
// on bytes where object streams are in clear. Its errors are wrapped in
// an *Error of the whole file (Page 0) with their message unchanged. A
// file that needs a password, or uses another handler (public-key,
// custom), is refused with ErrEncrypted saying which.
//
// Clipping (clip.go): the clip is kept as a rectangle (clipping paths of
// rectangles only); a clipped line is dropped only when its visible twin
// ends the previous page (Chromium's second print of a line that
// straddles a page break); other text outside the clip is read.
//
// Known limits: fonts without a ToUnicode map (predefined CJK CMaps) are
// refused with an error rather than decoded; a cell
// that spans rows (rowspan) is read as part of the row its top lines up
// with; a cell split across a page break is read as two cells; boxes
// side by side without borders are read line by line across; rotated
// text is read as if horizontal; text a clip hides is read unless it is
// such a twin.
//
// It holds: PDF bytes → positioned glyphs → sheet text lines: guards, the recover boundary around ledongthuc/pdf (decryption is rawpdf's).
// It imports: ledongthuc/pdf, internal/pdferr, internal/pdftext/rawpdf and internal/textnorm.
// It must never import: anything of reviewsheet (it is reached through reviewsheet/pdfsheet only).
package pdftext
