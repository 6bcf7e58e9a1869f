package reviewsheet

import (
	"strconv"
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Guards on free text read from text printed out of its rows (the
// default-mode texts: pdftotext without -layout, mutool, PyMuPDF,
// pdfminer; parser.lostDash). There a cell's lines may hold other cells
// or a label printed again; the text is then not the cell's, and it is
// reported (an error at its line) instead of read. Each guard names what
// it found; none decides what a line is.

// gluedText reports the first line of a free-text cell c (the lines of
// the field labelled l) that shows other cells or the label among its
// text, where, and why:
//
//   - the cell's first line is its own label l, whole (wkhtmltopdf's
//     headings printed twice by mutool, PyMuPDF and pdfminer: "改善の方向性"
//     before its text);
//   - a line of dashes only among several lines, or one line of more than
//     two dashes: "--" cells (the sheet's empty cells) joined with the
//     text or with each other ("----" is two cells);
//   - a line starting with "--" and more text, or ending with text and
//     "--": a "--" cell glued to the text ("--調査結果公表により…",
//     "主な増減理由--"). A lone "-" is a cell's text (lost_cell) and is
//     not asked.
func gluedText(c []sheettext.Line, l label.Label) (sheettext.Pos, string, bool) {
	if pos, why, bad := labelAgain(c, l); bad {
		return pos, why, true
	}
	if len(c) == 1 {
		if n, ok := linerules.DashRunCells(c[0].Text); ok && n > 1 {
			return c[0].Pos, "\"--\" cells glued", true
		}
	}
	return cellsInText(c)
}

// textAnyInput is what gluedText asks of text that is not default-mode
// (RS layout, pdftotext -layout, pdfminer's text of producers' PDFs that
// open neither gate): the label printed again (labelAgain) and "--"
// cells among or glued to the text's lines (cellsInText). A text that is
// one line of dashes it reads: a sheet of the 2024 corpus (000142) prints
// "---" as its 目標年度における効果測定に関する評価.
func textAnyInput(c []sheettext.Line, l label.Label) (sheettext.Pos, string, bool) {
	if pos, why, bad := labelAgain(c, l); bad {
		return pos, why, true
	}
	return cellsInText(c)
}

// cellsInText reports a line of c that is dashes only while c has more
// lines ("--" cells joined with the text), or that starts with "--" and
// more text or ends with text and "--" (a "--" cell glued to it:
// "--調査結果公表により…", "主な増減理由--").
func cellsInText(c []sheettext.Line) (sheettext.Pos, string, bool) {
	for _, line := range c {
		t := line.Text
		_, dashes := linerules.DashRunCells(t) // "--", or "--" cells glued
		switch {
		case dashes && len(c) > 1:
			return line.Pos, "\"--\" cells among its text", true
		case len(t) > 2 && strings.HasPrefix(t, "--") && t[2] != '-':
			return line.Pos, "a \"--\" cell glued before its text", true
		case len(t) > 2 && strings.HasSuffix(t, "--") && t[len(t)-3] != '-' && t[len(t)-3] != ' ':
			return line.Pos, "a \"--\" cell glued after its text", true
		}
	}
	return sheettext.NoPos, "", false
}

// labelAgain reports a free-text cell c whose first line is its own
// label l, whole (wkhtmltopdf's headings printed twice by mutool, PyMuPDF
// and pdfminer: "改善の方向性" before its text). No sheet's text repeats
// its label on a line of its own (the 2024 corpus has none), so it is
// asked of every input.
func labelAgain(c []sheettext.Line, l label.Label) (sheettext.Pos, string, bool) {
	if len(c) == 1 && c[0].Text == string(l) {
		return c[0].Pos, "the label " + string(l) + " printed again as its text", true
	}
	if n, rest, ok := label.Match(c, 0, l); ok && n == 1 && rest == "" {
		return c[0].Pos, "the label " + string(l) + " printed again before its text", true
	}
	return sheettext.NoPos, "", false
}

// guardText asks the lines c of a free text labelled l what the input
// can show (gluedText in default-mode text, labelAgain in any) and
// reports what it found as an error at its line: true when the text is
// not to be read.
func (p *parser) guardText(c []sheettext.Line, l label.Label) bool {
	var at sheettext.Pos
	var why string
	var bad bool
	if p.lostDash() {
		at, why, bad = gluedText(c, l)
	} else {
		at, why, bad = textAnyInput(c, l)
	}
	if bad {
		p.errorAt(at, l, ErrLayout, "text holds %s: cells out of place, not %s text", why, l)
	}
	return bad
}

// warnURLHyphen warns, in text with pdftotext's de-hyphenation (the
// first gate), that the URL of list[i] (url; nil for none) may have lost
// a hyphen: pdftotext joins a line ending in "-" with the next and drops
// the hyphen, so a URL the PDF wrapped after a hyphen reads without it
// ("keizai-" / "shimon/" read "keizaishimon/"), and nothing in the text
// shows where. The URL is kept as printed; the warning names it. The
// path is built only when the warning is given.
func (p *parser) warnURLHyphen(url *string, pos sheettext.Pos, l label.Label, list string, i int) {
	if url != nil && p.dehyphenated {
		p.warnAt(pos, l, list+"["+strconv.Itoa(i)+"].url", WarnURLHyphen, "pdftotext (without -layout) drops a hyphen at a line wrap: a URL wrapped after a hyphen lost it")
	}
}

// roleText is the text of a block's 事業を行う上での役割 (the lines of a
// 資金の流れ box or of the list's block row), nil for none or "--", and
// not read (an error at the line, of label l) when its lines show
// other text:
//
//   - a line printed twice in a row (wkhtmltopdf's box overflow, printed
//     again by mutool and PyMuPDF: "…調査研究" / "業務ほか" / "業務ほか"),
//     or a line starting with the box's unit 千円 (pdfminer's text of the
//     LibreOffice PDF: "千円22孤独・孤立対策に…", the amount's unit and
//     支出先の数 before the role), asked of every input;
//   - in default-mode text, a label of the 支出先上位者リスト among its
//     lines (支出先名, 合計支出額, 契約概要: LibreOffice's default-mode text
//     read block C's role with the list's cells after it).
func (p *parser) roleText(role []sheettext.Line, l label.Label) *string {
	for i, line := range role {
		if strings.HasPrefix(line.Text, "千円") {
			p.errorAt(line.Pos, l, ErrLayout, "the role holds the box's unit 千円 (%q): its figures printed among it, not read", line.Text)
			return nil
		}
		if i > 0 && line.Text != "" && line.Text == role[i-1].Text {
			p.errorAt(line.Pos, l, ErrLayout, "a line of the role printed twice (%q): the box's text printed again, not read", line.Text)
			return nil
		}
	}
	if p.lostDash() {
		for _, line := range role {
			for _, w := range roleStrayWords {
				if strings.Contains(line.Text, w) {
					p.errorAt(line.Pos, l, ErrLayout, "the role holds %s: cells of the list out of place, not read", w)
					return nil
				}
			}
		}
	}
	return p.optText(p.text.JoinWrapped(role))
}

// roleStrayWords are labels of the 支出先上位者リスト a role never holds.
var roleStrayWords = []string{"支出先名", "合計支出額", "契約概要（契約名）"}

// titleAmongName returns the line of the 事業名's lines that is a title
// line ("2025年度行政事業レビューシート 内閣府"): the title printed again
// (mutool, PyMuPDF and pdfminer of wkhtmltopdf's PDF print the page's
// head twice), so the name's lines are not the name alone.
func titleAmongName(lines []sheettext.Line) (sheettext.Line, bool) {
	for _, l := range lines {
		if _, _, _, ok := linerules.SplitTitle(l.Text); ok {
			return l, true
		}
	}
	return sheettext.Line{}, false
}
