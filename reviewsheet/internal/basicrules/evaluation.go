package basicrules

import (
	"sort"
	"strings"

	"github.com/rsheet/rsheet/internal/num"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// MoveKPIDash puts the "--" of アウトカムを複数段階で設定できない理由
// back under its label when pdftotext's default mode (LibreOffice)
// prints it after the next label, 事業に関連するKPIが定められている
// 閣議決定等:
//
//	アウトカムを複数段階 / で設定できない理由     アウトカムを複数段階 / で設定できない理由
//	事業に関連する / KPIが定められて /         →  --
//	いる閣議決定等                                事業に関連する / … / いる閣議決定等
//	--                                            名前 / -- / URL / -- / 該当箇所 / --
//	名前 / -- / URL / -- / 該当箇所 / --
//
// The KPI label heads a block and has no cell of its own, and its three
// rows already hold a "--" each (linerules.JoinLabelRowDashes), so the
// "--" between can only be the cell of the label before, which has none
// where it stands. The block is moved only when it is exactly so: the
// first label with nothing after it, the KPI label, one "--", and the
// three rows each followed by one "--". Anything else is left as it is.
func MoveKPIDash(lines []sheettext.Line) []sheettext.Line {
	for i := range lines {
		if !oneStageAlt && !label.SamePrefix(lines[i].Text, string(label.OcOneStage)) {
			continue // the cheap test first: most lines start otherwise
		}
		n, rest, ok := label.Match(lines, i, label.OcOneStage)
		if !ok || rest != "" {
			continue
		}
		k := i + n
		m, rest, ok := label.Match(lines, k, label.SecKPI)
		if !ok || rest != "" {
			continue
		}
		d := k + m // the "--"
		if d+7 > len(lines) || lines[d].Text != num.Absent || !kpiRows(lines[d+1:d+7]) {
			continue
		}
		out := linerules.CopyBefore(lines, k)
		out = append(out, lines[d])
		out = append(out, lines[k:d]...)
		return append(out, lines[d+1:]...)
	}
	return lines
}

// Whether the labels the rules search every line for have alternate
// spellings (label.Match tries them after the first bytes differ): when
// they have none, a line whose first character is not the label's is
// passed over without calling Match.
var (
	oneStageAlt = label.AltSpellings(label.OcOneStage) != nil
	externalAlt = label.AltSpellings(label.ExternalGroup) != nil
)

// kpiRows reports the KPI block's three rows a label a line, each
// followed by its "--" cell: 名前 / -- / URL / -- / 該当箇所 / --.
func kpiRows(lines []sheettext.Line) bool {
	for k, l := range []label.Label{label.KPIName, label.KPIURL, label.KPIExcerpt} {
		if !linerules.LabelIs(lines[2*k].Text, l) || lines[2*k+1].Text != num.Absent {
			return false
		}
	}
	return true
}

// evalLabel is a label of 外部有識者による点検 and the rest of 点検・評価
// with the number of cells it has in the sheet.
type evalLabel struct {
	text  string
	cells int
}

// evalBlock are the labels of 点検・評価 from 外部有識者による点検 to
// その他の指摘事項 in the sheet's order, with their cells (the 反映額
// header heads a row of three).
var evalBlock = []evalLabel{
	{string(label.ExternalGroup), 0}, {string(label.ExtTarget), 1}, {string(label.ExtLastYear), 1},
	{string(label.ExtReason), 1}, {string(label.Finding), 1}, {string(label.ExtPublic), 1},
	{string(label.TeamGroup), 0}, {string(label.Finding), 1}, {string(label.Detail), 1},
	{string(label.ImproveGroup), 0}, {string(label.Improvement), 1}, {string(label.Reflection), 0},
	{label.ReflectionHeader, 3}, {string(label.Detail), 1}, {string(label.PublicReview), 1}, {string(label.OtherPoints), 1},
}

// teamGroupTail is where LibreOffice's text cuts 行政事業レビュー推進
// チームの所見に至る過程及び所見: its head before 所見 and 詳細, its tail
// after them.
const teamGroupTail = "及び所見"

// evalWords are the texts the labels of evalBlock may be read as (the
// 反映額 header without its spaces; 行政事業レビュー推進チームの所見に至る
// 過程及び所見 also in two pieces), longest first, and how many times
// each stands in the block.
var evalWords, evalWant = func() ([]string, map[string]int) {
	want := map[string]int{}
	for _, l := range evalBlock {
		want[strings.ReplaceAll(l.text, " ", "")]++
	}
	team := string(label.TeamGroup)
	words := []string{strings.TrimSuffix(team, teamGroupTail), teamGroupTail}
	for w := range want {
		words = append(words, w)
	}
	sort.Slice(words, func(a, b int) bool {
		if len(words[a]) != len(words[b]) {
			return len(words[a]) > len(words[b])
		}
		return words[a] < words[b]
	})
	return words, want
}()

// blockBytes is about the length of the labels of evalBlock: the
// buffers allDashCells reads a block into start with it.
const blockBytes = 640

// evalSearch bounds how many lines the block from 外部有識者による点検
// to the 支出先 heading may take.
const evalSearch = 80

// JoinEvaluationDashes rewrites 点検・評価 from 外部有識者による点検 to
// その他の指摘事項 in the sheet's order, every cell "--", when pdftotext's
// default mode prints nothing there but the labels (in any order, wrapped
// anywhere, 行政事業レビュー推進チームの所見に至る過程及び所見 possibly
// cut in two around 所見 and 詳細) and runs of dashes, and the runs hold
// exactly as many "--" cells as the labels have (a run of d dashes is
// d-1 cells glued by the de-hyphenation, linerules.DashRunCells):
//
//	点検対象 / 対象の理由 / 所見 / …       点検対象 --
//	… 所見 / -- / 詳細 / 及び所見 / -- …   最終実施年度 --
//	反映額 / 会計 勘定 反映額 (千円) /  →  …
//	-- / -- / 詳細 / --- / ---- / -- /    反映額 / 会計 勘定 反映額 (千円) / -- -- --
//	最終実施年度 / -- / …                  詳細 -- / … / その他の指摘事項 --
//
// Each line is at its label's first line (the 反映額 row at its header's).
// Every cell is then "--" (empty), so none can be read under the wrong
// label whatever the reading order. A cell that is text, a figure or a
// lone "-" (which pdftotext drops, leaving one cell fewer), a label of
// another block, or a count that is not exact leaves the lines as they
// are (the LibreOffice text's block: its 反映額 row, 最終実施年度 and
// 所見 were errors; the A5 text's five "--" around 詳細 for four cells,
// 最終実施年度's printed among them).
func JoinEvaluationDashes(lines []sheettext.Line) []sheettext.Line {
	for i := range lines {
		if !externalAlt && !label.SamePrefix(lines[i].Text, string(label.ExternalGroup)) {
			continue // the cheap test first: most lines start otherwise
		}
		if _, _, ok := label.Match(lines, i, label.ExternalGroup); !ok {
			continue
		}
		end := i + 1
		for end < len(lines) && end-i < evalSearch && !linerules.LabelIs(lines[end].Text, label.SecSpending) {
			end++
		}
		if end == len(lines) || end-i == evalSearch {
			return lines
		}
		at, inOrder, ok := allDashCells(lines[i:end])
		if !ok || inOrder {
			return lines
		}
		out := linerules.CopyBefore(lines, i)
		for k, l := range evalBlock {
			t, pos := l.text, lines[i+at[k]].Pos
			switch l.cells {
			case 1:
				t += " " + num.Absent
			case 3:
				out = append(out, sheettext.Line{Text: t, Pos: pos})
				t = strings.Repeat(num.Absent+" ", 2) + num.Absent
			}
			out = append(out, sheettext.Line{Text: t, Pos: pos, Break: k == 0 && lines[i].Break})
		}
		return append(out, lines[end:]...)
	}
	return lines
}

// allDashCells reports whether lines hold the labels of evalBlock, each
// as often as it stands there, and runs of dashes with exactly as many
// cells as the labels have (ok). It returns, for each label of
// evalBlock, the index of the line it starts on (a label printed twice,
// 所見 and 詳細, in the order of the text), for the rewritten lines'
// positions; or inOrder when the block reads as it is (each label in
// the sheet's order followed by its own "--" cells, none glued: the A4
// text's), which is then left alone.
func allDashCells(lines []sheettext.Line) (at []int, inOrder, ok bool) {
	var text strings.Builder
	text.Grow(blockBytes)
	starts := make([]int, 0, blockBytes) // the line of each byte of text
	type dashRun struct{ off, cells int }
	runs := make([]dashRun, 0, 32) // where in text each run of dashes stands
	cells := 0
	var buf [16]string
	for k, l := range lines {
		for _, f := range sheettext.AppendFields(buf[:0], linerules.NormalizeLine(l.Text)) {
			if n, ok := linerules.DashRunCells(f); ok {
				cells += n
				runs = append(runs, dashRun{text.Len(), n})
				continue
			}
			text.WriteString(f)
			for range len(f) {
				starts = append(starts, k)
			}
		}
	}
	want := 0
	for _, l := range evalBlock {
		want += l.cells
	}
	if cells != want {
		return nil, false, false
	}
	type token struct {
		word      string
		line, end int
	}
	toks := make([]token, 0, len(evalBlock)+2)
	s := text.String()
	for off := 0; off < len(s); {
		w := ""
		for _, c := range evalWords {
			if strings.HasPrefix(s[off:], c) {
				w = c
				break
			}
		}
		if w == "" {
			return nil, false, false
		}
		toks = append(toks, token{w, starts[off], off + len(w)})
		off += len(w)
	}
	// the block as the parser reads it already: each label in the sheet's
	// order with its own cells after it, none glued to another
	inOrder = len(toks) == len(evalBlock)
	after := make([]int, len(toks))
	for _, r := range runs {
		j := 0
		for j < len(toks) && toks[j].end != r.off {
			j++
		}
		if r.cells > 1 || j == len(toks) {
			inOrder = false
			break
		}
		after[j]++
	}
	for j := 0; inOrder && j < len(toks); j++ {
		inOrder = toks[j].word == strings.ReplaceAll(evalBlock[j].text, " ", "") && after[j] == evalBlock[j].cells
	}
	if inOrder {
		return nil, true, true
	}
	// 行政事業レビュー推進チームの所見に至る過程及び所見 in two pieces: its
	// head stands for it, its tail (read nowhere else: no label starts
	// with 及び) is dropped
	team, head := string(label.TeamGroup), strings.TrimSuffix(string(label.TeamGroup), teamGroupTail)
	got := map[string]int{}
	for _, t := range toks {
		got[t.word]++
	}
	if got[head] > 0 || got[teamGroupTail] > 0 {
		if got[head] != 1 || got[teamGroupTail] != 1 || got[team] != 0 {
			return nil, false, false
		}
		kept := toks[:0]
		for _, t := range toks {
			switch t.word {
			case head:
				kept = append(kept, token{team, t.line, t.end})
			case teamGroupTail:
			default:
				kept = append(kept, t)
			}
		}
		toks = kept
		delete(got, head)
		delete(got, teamGroupTail)
		got[team]++
	}
	if len(got) != len(evalWant) {
		return nil, false, false
	}
	for w, n := range evalWant {
		if got[w] != n {
			return nil, false, false
		}
	}
	// each label takes the first token of its word not taken yet
	at = make([]int, len(evalBlock))
	used := make([]bool, len(toks))
	for k, l := range evalBlock {
		w := strings.ReplaceAll(l.text, " ", "")
		for j, t := range toks {
			if !used[j] && t.word == w {
				used[j], at[k] = true, t.line
				break
			}
		}
	}
	return at, false, true
}
