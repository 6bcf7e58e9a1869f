package normalize

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/internal/textnorm"
)

// softHyphen is U+00AD, which NeedsNormalizing looks for in the whole
// input (its lead byte C2 is rare in sheet text).
var softHyphen = []byte("\u00ad")

// dropInvisible removes the format characters that print nothing
// (textnorm.IsInvisible: U+200B–U+200D, U+2060, U+FEFF inside the text,
// U+00AD) from every line, before any rule or label matches: wkhtmltopdf
// writes U+200B before some labels ("\u200b要求額"), and a label with it
// matches no known spelling. Every extractor's text gets this step (it
// is a spelling difference, not a layout one); lines without such a
// character are kept as they are, and the slice itself when no line has
// one. A line's Pos is its first byte in the input, which does not move.
func dropInvisible(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line
	for i := range lines {
		if !textnorm.HasInvisible(lines[i].Text) {
			continue
		}
		if out == nil {
			out = append([]sheettext.Line(nil), lines...)
		}
		out[i].Text = textnorm.DropInvisible(lines[i].Text)
	}
	if out == nil {
		return lines
	}
	return out
}
