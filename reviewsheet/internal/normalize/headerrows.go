package normalize

import (
	"slices"
	"strings"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Header rows printed cell by cell. A table's header row names its
// columns on one line ("支出先名 支出額 法人番号"); pdftotext without
// -layout prints each header cell, or a few, as a paragraph of its own:
//
//	支出先名        会計区分 会計
//	支出額          勘定 要望額 備考
//	法人番号
//
// The rule (JoinHeaderRows): consecutive lines that together spell a
// known header row, each line one or more whole cells of it in order,
// are one line again, at the first line's position. A line that is a
// header row on its own, or that does not begin one, is left alone, so
// text in the usual layout never changes.
//
// pdftotext's reading order may also put a line of the row above between
// the header's cells ("A 株式会社…研究所", "支出先名", "ほか 622,650 22 …",
// "支出額", "法人番号"). With interleave set (text that shows pdftotext's
// marks, see dehyphen.go), up to maxInterleaved lines that are not header
// cells may stand between them; they are moved before the joined header,
// in their order.

// headerRows are the header rows of the sheet's tables.
var headerRows = []string{
	strings.Join(label.AccountHeader, " "), strings.Join(label.ItemHeader, " "),
	string(label.SpBlockHeader), string(label.SpRecipientHeader), string(label.SpContractHeader),
	string(label.SpUsesHeader), string(label.SpDebtHeader),
}

// headerStarts holds the texts a header row's first line can have: each
// header row up to one of its spaces. headerRowAt looks a line up here
// before it compares it with every header row.
var headerStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range headerRows {
		for k := range len(h) {
			if h[k] == ' ' {
				m[h[:k]] = true
			}
		}
	}
	return m
}()

// startsHeaderRow reports whether some header row starts with t and a
// space: t is a key of headerStarts, tried only when it is as long as
// the shortest and begins with the first three bytes of one.
func startsHeaderRow(t string) bool {
	if len(t) >= len(headerStartLens) || !headerStartLens[len(t)] {
		return false
	}
	lead := uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16
	for _, l := range headerLeads {
		if l == lead {
			return headerStarts[t]
		}
	}
	return false
}

// headerStartLens marks the lengths of the keys of headerStarts (3 bytes
// or more: a header row starts with a word), headerLeads holds their
// first three bytes.
var headerStartLens, headerLeads = func() ([]bool, []uint32) {
	var lens []bool
	var leads []uint32
	for k := range headerStarts {
		for len(lens) <= len(k) {
			lens = append(lens, false)
		}
		lens[len(k)] = true
		if lead := uint32(k[0]) | uint32(k[1])<<8 | uint32(k[2])<<16; !slices.Contains(leads, lead) {
			leads = append(leads, lead)
		}
	}
	return lens, leads
}()

// maxInterleaved bounds the lines of another row between header cells.
const maxInterleaved = 2

// JoinHeaderRows applies the rule to lines.
func JoinHeaderRows(lines []sheettext.Line, interleave bool) []sheettext.Line {
	var out []sheettext.Line // nil until a header joins
	for i := 0; i < len(lines); i++ {
		var cells []int
		if startsHeaderRow(lines[i].Text) { // (headerRowAt asks it first)
			cells = headerRowAt(lines, i, interleave)
		}
		if cells == nil {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		last := cells[len(cells)-1]
		texts := make([]string, 0, len(cells))
		for j, c := 0, 0; i+j <= last; j++ {
			if i+j == cells[c] {
				texts = append(texts, lines[i+j].Text)
				c++
				continue
			}
			out = append(out, lines[i+j]) // a line of the row above
		}
		l := lines[i]
		l.Text = strings.Join(texts, " ")
		out = append(out, l)
		i = last
	}
	return linerules.Rewritten(out, lines)
}

// headerRowAt returns the indices of the lines from lines[i] on that
// spell a header row cell by cell (two or more), or nil.
func headerRowAt(lines []sheettext.Line, i int, interleave bool) []int {
	t := lines[i].Text
	if !startsHeaderRow(t) { // (most lines)
		return nil
	}
	for _, h := range headerRows {
		if len(t) >= len(h) || !strings.HasPrefix(h, t) || h[len(t)] != ' ' {
			continue
		}
		got, skipped := len(t), 0
		cells := []int{i}
		for j := i + 1; j < len(lines); j++ {
			rest := h[got+1:]
			u := lines[j].Text
			if !strings.HasPrefix(rest, u) || (len(u) < len(rest) && rest[len(u)] != ' ') {
				if skipped++; !interleave || skipped > maxInterleaved {
					break
				}
				continue
			}
			cells = append(cells, j)
			got += 1 + len(u)
			if got == len(h) {
				return cells
			}
		}
	}
	return nil
}

// A header row printed beside the last row of the table above it, the
// rest of that row (its wrapped role) on the lines below:
//
//	C 一般社団法人えんがお ほか 44,415 9      支出先名   支出額   法人番号
//	孤独・孤立対策に取り組むＮＰＯ等に対する支援を行う中間支援組
//	織への交付金による国庫補助を実施。
//	一般社団法人えんがお        6,000     5060005009340
//
// The rule (MoveHeaderBeside), on layout text before white space is
// collapsed: a line whose last segments (after a run of two or more
// spaces) are a header row keeps its text, and the header moves down to
// stand before the next line that is laid out in cells (two or more
// segments), within maxHeaderMove lines. The header is compared with
// look-alike code points folded (linerules.FoldedEqual: wkhtmltopdf's "⽀出先名").

// maxHeaderMove bounds how far MoveHeaderBeside moves a header.
const maxHeaderMove = 4

// MoveHeaderBeside applies the rule to lines.
func MoveHeaderBeside(lines []sheettext.Line) []sheettext.Line {
	var out []sheettext.Line // nil until a header moves
	for i := 0; i < len(lines); i++ {
		k, to := headerBesideAt(lines, i)
		if k < 0 {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = linerules.CopyBefore(lines, i)
		}
		t := lines[i].Text
		l := lines[i]
		l.Text = strings.TrimRight(t[:k], " ")
		out = append(out, l)
		out = append(out, lines[i+1:to]...)
		out = append(out, sheettext.Line{Text: t[k:], Pos: lines[i].Pos + sheettext.Pos(k)})
		i = to - 1
	}
	return linerules.Rewritten(out, lines)
}

// headerBesideAt reports, for a line under the rule, the byte offset of
// the header in it and the index of the line the header goes before;
// -1 when the rule does not apply.
func headerBesideAt(lines []sheettext.Line, i int) (int, int) {
	t := lines[i].Text
	for k := strings.Index(t, "  "); k > 0; {
		rest := strings.TrimLeft(t[k:], " ")
		off := len(t) - len(rest)
		if h := linerules.CollapseSpaces(rest); slices.ContainsFunc(headerRows, func(r string) bool { return linerules.FoldedEqual(h, r) }) {
			for to := i + 1; to < len(lines) && to-i <= maxHeaderMove; to++ {
				if lines[to].Break {
					break
				}
				if strings.Contains(strings.TrimLeft(lines[to].Text, " "), "  ") {
					return off, to
				}
			}
			return -1, 0
		}
		j := strings.Index(rest, "  ")
		if j < 0 {
			break
		}
		k = off + j
	}
	return -1, 0
}
