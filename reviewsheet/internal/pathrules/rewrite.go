package pathrules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// rewriteBlocks is the loop of the rules that rewrite whole blocks of
// lines: at(lines, i) returns the block starting at lines[i] as it must
// read and the index of the first line after it, or nil where no block
// starts. Lines outside the blocks are kept; lines is returned itself
// when nothing was rewritten (linerules.Rewritten).
func rewriteBlocks(lines []sheettext.Line, at func([]sheettext.Line, int) ([]sheettext.Line, int)) []sheettext.Line {
	var out []sheettext.Line // nil until a block is rewritten
	for i := 0; i < len(lines); i++ {
		moved, next := at(lines, i)
		if moved == nil {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		out = append(out, moved...)
		i = next - 1
	}
	return linerules.Rewritten(out, lines)
}
