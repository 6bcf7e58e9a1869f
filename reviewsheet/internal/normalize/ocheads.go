package normalize

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Two line breaks pdftotext without -layout puts into the 効果発現経路
// diagram (活動・成果目標等のつながり) of the Chromium and A5 PDFs, undone
// by parseOcOverview:
//
//   - a box heading printed as its number on one line and its kind on
//     the next ("101:" / "アクティビティ") is read as one heading
//     (SplitBoxHead);
//   - the diagram's column header printed a kind a line (アクティビティ,
//     アウトプット, 短期アウトカム, 中期アウトカム, 長期アウトカム, in that
//     order, on five consecutive lines) is read as the header
//     (KindColumnAt).
//
// The number must be digits and a colon alone on its line and the kind
// exactly the kind label its number stands for, so nothing else is
// joined. The same
// reading order prints a box's wrapped text away from its heading (after
// the headings of the boxes beside it), so the text of each box read
// this way may be cut or hold lines of other boxes: parseOcOverview keeps
// it and reports a WarnUnsplitCell warning per box (the boundaries
// between the boxes' texts are lost).

// SplitBoxHead reads a box heading printed on two lines: "101:" and the
// kind. The number must be one of the 2025 scheme (1xx–5xx), whose
// hundreds digit is the level, and the kind that level's: the A5 text
// prints the diagram's column header words among the headings ("305:" /
// "アウトプット" / "短期アウトカム"), and a heading is never joined with
// a word that could be one of them instead.
func SplitBoxHead(num, kind string) (string, bool) {
	n, ok := strings.CutSuffix(num, ":")
	if !ok || n == "" || len(n) > 3 || !linerules.IsDigits(n) {
		return "", false
	}
	id, _ := strconv.Atoi(n)
	want, ok := outcome.KindOfID(id)
	if !ok || kindOfLabel(kind) != want {
		return "", false
	}
	return num + " " + kind, true
}

// kindOfLabel returns the kind whose label is exactly s, or "".
func kindOfLabel(s string) outcome.Kind {
	for _, k := range label.OcKindLabels {
		if s == string(k.L) {
			return k.Kind
		}
	}
	return ""
}

// KindColumnAt reports whether lines start with the kind labels in
// diagram order, one a line.
func KindColumnAt(lines []sheettext.Line) bool {
	if len(lines) < len(label.OcKindLabels) {
		return false
	}
	for k, kl := range label.OcKindLabels {
		if lines[k].Text != string(kl.L) {
			return false
		}
	}
	return true
}

// SideBySide reports whether the line of src holding pos holds text, a
// run of two or more spaces, then more text: in pdftotext -layout text
// of the overview, the cells of several boxes printed on one line (the
// Chromium PDF's rounded boxes of one row: each box's heading and first
// text line staggered, then the rest of their text side by side). The
// parser reads box text line by line, so a box of such a row cannot be
// read for sure; the boxes whose text then differs from their node's
// carry an unsplit_cell warning (parseOcOverview, addBoxes). Text
// without such runs (the usual layout, pdftotext without -layout) never
// matches.
func SideBySide(src []byte, pos sheettext.Pos) bool {
	if int(pos) >= len(src) || pos < 0 {
		return false
	}
	start := bytes.LastIndexByte(src[:pos], '\n') + 1
	line := src[start:]
	if end := bytes.IndexByte(line, '\n'); end >= 0 {
		line = line[:end]
	}
	line = bytes.Trim(line, " \t\r\f")
	i := bytes.Index(line, []byte("  "))
	return i > 0
}
