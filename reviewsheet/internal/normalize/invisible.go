package normalize

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/internal/textnorm"
)

// dropInvisible removes the format characters that print nothing
// (textnorm.IsZeroWidth: U+200B–U+200D, U+2060, U+FEFF inside the text)
// where a cell starts (textnorm.DropZeroWidth; one inside a word is text
// of a value, as in the RS CSV) from every line, before any rule or label matches: wkhtmltopdf
// writes U+200B before some labels ("\u200b要求額"), and a label with it
// matches no known spelling. Only pdftotext default-mode text gets this
// step (Dehyphenated): the RS CSV holds such runes in values, after an
// ideographic space too, and text of other extractors keeps them as it
// always did (the 2024 round trips read them as text); lines without such a
// character are kept as they are, and the slice itself when no line has
// one. The soft hyphen U+00AD stays: the RS CSV holds it as text of a
// value, which the round trips keep. A line's Pos is its first byte in the input, which does not move.
func dropInvisible(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line
	for i := range lines {
		if !textnorm.HasZeroWidth(lines[i].Text) {
			continue
		}
		if out == nil {
			out = append([]sheettext.Line(nil), lines...)
		}
		out[i].Text = textnorm.DropZeroWidth(lines[i].Text)
	}
	if out == nil {
		return lines
	}
	return out
}
