// Package sheettext is the first layer of the review-sheet reader: it turns
// the raw bytes of an extracted sheet into positioned, non-blank lines.
//
// It normalises what differs between extractions of the same sheet and
// carries no meaning of its own:
//
//   - a UTF-8 byte order mark at the start is skipped;
//   - CRLF and lone CR end lines like LF;
//   - a form feed (page break) ends a line and counts as a break;
//   - trailing white space (ASCII space, tab) is trimmed;
//   - blank lines are not yielded; the next line records that a break
//     (one or more blank lines, or a form feed) came before it.
//
// Positions are byte offsets into the original input ([Pos]); a [File]
// expands them to line and column only when something is reported, as
// go/token does.
//
// It holds: the line scanner: bytes → positioned non-blank lines (and the columns of -layout text).
// It imports: the standard library and internal/textnorm.
// It must never import: anything of reviewsheet.
package sheettext
