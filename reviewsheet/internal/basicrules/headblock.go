package basicrules

import (
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
)

// Apply runs the rules of this package (ReorderHeadBlock, MoveKPIDash,
// JoinEvaluationDashes) on the lines of a text that shows pdftotext's
// de-hyphenation (normalize.Gated calls it after the table
// headers are joined: the templates read the 政策・施策 header as one
// line).
func Apply(lines []sheettext.Line) []sheettext.Line {
	lines = ReorderHeadBlock(lines)
	lines = MoveKPIDash(lines)
	return JoinEvaluationDashes(lines)
}

// headSearch is how many lines from the top the 組織情報 label is looked
// for: it stands under the title and the project name.
const headSearch = 12

// ReorderHeadBlock puts the head of 基本情報 (the lines after 組織情報 up
// to 関連事業's cell) in the sheet's order, one label a line with its
// cells ("府省庁 内閣府", …, "事業区分 前年度事業", 政策・施策 with its
// header and rows, "関連事業 --"), when the lines are one of the reading
// orders of headTemplates, step for step. A year whose label the
// reading order does not tell goes under both labels, where the parser
// reports it ("2025 2024": not a year) instead of reading the text
// after it as the labels' cells: Chromium prints 事業年度 / 事業開始年度 /
// 2025 / … / 2024 (the years in the order of the labels in the text),
// wkhtmltopdf 事業年度 / 事業開始年度 / 2024 / 2025 (the years in the
// sheet's order): the two orders read these texts the opposite way, so
// neither is sure. Anything else is left as it is.
func ReorderHeadBlock(lines []sheettext.Line) []sheettext.Line {
	for i := 0; i < len(lines) && i < headSearch; i++ {
		if !linerules.LabelIs(lines[i].Text, label.OrgGroup) {
			continue
		}
		for k := range headTemplates {
			if block, next := headTemplates[k].read(lines, i+1); block != nil {
				out := linerules.CopyBefore(lines, i+1)
				out = append(out, block...)
				return append(out, lines[next:]...)
			}
		}
		return lines
	}
	return lines
}

// Shorthands for the templates.
func lab(l label.Label) step           { return step{shape: isLabel, lab: l} }
func cell(s shape, l label.Label) step { return step{shape: s, lab: l} }
func sameCell(s shape, l label.Label) step {
	return step{shape: s, lab: l, same: true}
}

// policyRows are the 政策・施策 label, header and one row, as
// normalize's table rules leave them.
var policyRows = []step{lab(label.Policies), cell(tableHeader, label.Policies), cell(tableRow, label.Policies)}

func steps(parts ...[]step) []step {
	var out []step
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// headTemplates are the reading orders of the head block that pdftotext's
// default mode gives for the producers' PDFs. In each, a cell is placed
// by its shape (a year, a 6-digit ID, 終了予定なし, "--", text with
// " | ") and by the known order of the labels; where two text cells could
// swap, they must be equal (sameCell). The wrapped end of
// 事業所管課室's last cell (its text after an ideographic space, where
// pdftotext breaks a cell) is printed a few rows down, between labels
// whose cells are figures: it is the only plain text the template
// allows there, and it is appended to 事業所管課室.
var headTemplates = []template{
	{"libreoffice", steps(
		// 府省庁 / 事業所管課室 / 作成責任者 / その他担当組織 /
		// 基本情報 / 予算事業ID / 事業年度 / 2025
		[]step{lab(label.Ministry), lab(label.Division), lab(label.Responsible), lab(label.OtherOrgs),
			lab(label.BasicRow), lab(label.ProjectID), lab(label.ProjectYear), cell(year, label.ProjectYear)},
		policyRows,
		// 006423 / 事業区分 / 関連事業 / 内閣府 / 内閣府 | … / 土屋皓嗣 /
		// -- / 事業開始年度 / 2024 / 事業終了（予定）年度 / …推進室 /
		// 終了予定なし / 前年度事業 / --
		[]step{cell(projectID, label.ProjectID), lab(label.Category), lab(label.Related),
			cell(text, label.Ministry), cell(pipes, label.Division), cell(text, label.Responsible), cell(dash, label.OtherOrgs),
			lab(label.StartYear), cell(year, label.StartYear), lab(label.EndYear), cell(text, label.Division),
			cell(endYear, label.EndYear), cell(text, label.Category), cell(dash, label.Related)},
	)},
	{"chromium", steps(
		// (linerules.JoinOrgColumn joined 組織情報 and 予算事業ID)
		// 府省庁 内閣府 / … / その他担当組織 -- / 基本情報 /
		// 予算事業ID 006423 / 事業年度 / 事業開始年度 / 2025
		[]step{cell(inline, label.Ministry), cell(inline, label.Division), cell(inline, label.Responsible), cell(inline, label.OtherOrgs),
			lab(label.BasicRow), cell(inline, label.ProjectID), lab(label.ProjectYear), lab(label.StartYear), cell(year, unplacedYears)},
		policyRows,
		// 関連事業 / 2024 / 事業終了（予定）年度 / 事業区分 / -- /
		// 終了予定なし / 前年度事業
		[]step{lab(label.Related), cell(year, unplacedYears), lab(label.EndYear), lab(label.Category),
			cell(dash, label.Related), cell(endYear, label.EndYear), cell(text, label.Category)},
	)},
	{"wkhtmltopdf", steps(
		// 基本情報 / 府省庁 / 内閣府 / 事業所管課室 / 内閣府 | … /
		// 作成責任者 / 土屋皓嗣 / その他担当組織 / -- / 予算事業ID /
		// 006423 / 事業年度 / 事業開始年度 / 2024 / 2025
		[]step{lab(label.BasicRow), lab(label.Ministry), cell(text, label.Ministry), lab(label.Division), cell(pipes, label.Division),
			lab(label.Responsible), cell(text, label.Responsible), lab(label.OtherOrgs), cell(dash, label.OtherOrgs),
			lab(label.ProjectID), cell(projectID, label.ProjectID), lab(label.ProjectYear), lab(label.StartYear),
			cell(year, unplacedYears), cell(year, unplacedYears)},
		policyRows,
		// …推進室 / 事業終了（予定）年度 / 事業区分 / 終了予定なし /
		// 前年度事業 / 関連事業 / --
		[]step{cell(text, label.Division), lab(label.EndYear), lab(label.Category), cell(endYear, label.EndYear),
			cell(text, label.Category), lab(label.Related), cell(dash, label.Related)},
	)},
	{"a5", steps(
		// 府省庁 / 事業所管課室 / 内閣府 / 内閣府 / | / 作成責任者 /
		// 土屋皓嗣 / その他担当組織 / -- / 基本情報 / 予算事業ID /
		// 事業年度 / 2025
		[]step{lab(label.Ministry), lab(label.Division), cell(text, label.Ministry), sameCell(text, label.Division), cell(bar, label.Division),
			lab(label.Responsible), cell(text, label.Responsible), lab(label.OtherOrgs), cell(dash, label.OtherOrgs),
			lab(label.BasicRow), lab(label.ProjectID), lab(label.ProjectYear), cell(year, label.ProjectYear)},
		policyRows,
		// 政策統括官… / 006423 / 事業区分 / 事業開始年度 / 2024 / | /
		// 政策統括官… / 事業終了（予定）年度 / …推進室 / 終了予定なし /
		// 前年度事業 / 関連事業 / --
		[]step{cell(text, label.Division), cell(projectID, label.ProjectID), lab(label.Category), lab(label.StartYear),
			cell(year, label.StartYear), cell(bar, label.Division), cell(text, label.Division), lab(label.EndYear),
			cell(text, label.Division), cell(endYear, label.EndYear), cell(text, label.Category), lab(label.Related), cell(dash, label.Related)},
	)},
}
