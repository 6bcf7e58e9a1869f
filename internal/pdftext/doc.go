// Package pdftext turns the text layer of a PDF into plain text shaped like
// the text extraction of a review sheet: one line per table row, cells
// separated by single spaces, wrapped cells emitted cell by cell with a
// blank line between cells, and a form feed between pages.
//
// It reads the file with github.com/ledongthuc/pdf but uses only the
// library's low layer (objects, streams, ToUnicode maps and
// pdf.Interpret): it walks each content stream itself, keeping the text
// state and advancing every glyph by the font's real widths, so that
// positions are right for CID-keyed (Type0/Identity-H) fonts. Lines are
// rebuilt from baselines; cells come from the rectangles drawn on the
// page, else from the ruling lines around the text (stroked horizontal
// and vertical segments, thin rectangles), else from gaps.
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
// Text is normalised: CJK and Kangxi radicals and compatibility
// ideographs become the unified ideographs NFKC gives (⾏ → 行); U+FFFD,
// control and private-use characters are dropped, and a page with more
// than a few of them (or Latin-1 mojibake) is refused as unreadable.
// Form XObjects are interpreted in place (nesting up to 8).
//
// Encryption: files encrypted with the standard security handler and an
// empty user password (permissions only) are decrypted by this package
// before the library reads them — RC4 40–128 bits (V1, V2, R2–R3), V4
// crypt filters RC4 or AES-128 (R4) and AES-256 (V5, R5 and R6). The
// layer is our own (standard library crypto only) because the library
// decrypts RC4 and AES-128 but fails every stream of a 40-bit RC4 file
// and refuses AES-256; and because the layer writes out an unencrypted
// file (every string and stream decrypted with its object key, the
// cross-reference section rebuilt), the raw-byte guards above run again
// on bytes where object streams are in clear. decrypt_key.go states the
// key derivation (Algorithms 2, 2.A, 2.B). A file that needs a password, or uses another handler
// (public-key, custom), is refused with ErrEncrypted saying which.
//
// Known limits: fonts without a ToUnicode map (predefined CJK CMaps) are
// refused with an error rather than decoded; a cell
// that spans rows (rowspan) is read as part of the row its top lines up
// with; rotated text is read as if horizontal.
package pdftext
