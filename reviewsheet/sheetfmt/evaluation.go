package sheetfmt

import (
	"github.com/rsheet/rsheet/reviewsheet"
)

func writeKPI(w *writer, s *reviewsheet.Sheet) {
	w.line("事業に関連する")
	w.line("KPIが定められて")
	w.line("いる閣議決定等")
	w.cell()
	w.line("名前 " + firstLine(s.KPI.Name))
	w.lines(restLines(s.KPI.Name))
	w.cell()
	w.line("URL " + oneCellp(s.KPI.URL))
	w.cell()
	w.line("該当箇所 " + firstLine(s.KPI.Excerpt))
	w.lines(restLines(s.KPI.Excerpt))
	w.section()
}

// labelled prints a label on its own line and the text below it.
func labelled(w *writer, label string, v *string) {
	w.line(label)
	w.cell()
	w.lines(textLines(v, widthText))
	w.cell()
}

func writeEvaluation(w *writer, s *reviewsheet.Sheet) {
	e := &s.Evaluation
	w.line("点検・評価")
	w.cell()
	w.line("事業所管部局に")
	w.line("よる点検・改善")
	w.cell()
	labelled(w, "点検結果", e.Result)
	w.line("目標年度における効果")
	w.line("測定に関する評価")
	w.cell()
	w.lines(textLines(e.TargetYearEval, widthText))
	w.cell()
	labelled(w, "改善の方向性", e.Direction)
	w.line("外部有識者によ")
	w.line("る点検")
	w.cell()
	w.line("点検対象 " + oneCellp(e.External.Target) + " 最終実施年度 " + oneCellp(e.External.LastYear))
	w.cell()
	w.line("対象の理由 " + firstLine(e.External.Reason))
	w.lines(restLines(e.External.Reason))
	w.cell()
	w.line("所見 " + firstLine(e.External.Finding))
	w.lines(restLines(e.External.Finding))
	w.cell()
	w.line("公開プロセス結果概要 " + firstLine(e.External.PublicProcess))
	w.lines(restLines(e.External.PublicProcess))
	w.cell()
	w.line("行政事業レビュ")
	w.line("ー推進チームの")
	w.line("所見に至る過程")
	w.cell()
	w.line("及び所見")
	w.cell()
	finding, detail := textLines(e.TeamFinding, widthText), textLines(e.TeamDetail, widthText)
	if line, ok := pairLine("所見", finding, "詳細", detail); ok {
		w.line(line)
	} else {
		w.line("所見 " + finding[0])
		w.lines(finding[1:])
		w.line("詳細 " + detail[0])
		w.lines(detail[1:])
	}
	w.cell()
	w.line("所見を踏まえた")
	w.line("改善点∕概算要")
	w.line("求における反映")
	w.cell()
	w.line("状況")
	w.cell()
	w.line("改善点・反映状況 " + firstLine(e.Improvement))
	w.lines(restLines(e.Improvement))
	w.cell()
	w.line("反映額")
	w.line("会計 勘定 反映額 (千円)")
	w.cell()
	if len(e.Reflections) == 0 {
		w.line("-- -- --")
	}
	for _, r := range e.Reflections {
		w.line(join(oneCellp(r.Account), oneCellp(r.Sub), yen(r.Amount)))
	}
	w.cell()
	w.line("詳細 " + firstLine(e.ImprovementDetail))
	w.lines(restLines(e.ImprovementDetail))
	w.cell()
	w.line("公開プロセス・")
	w.line("秋の年次公開検")
	w.line("証（秋のレビュ")
	w.line("ー）における取")
	w.cell()
	w.line("りまとめ")
	w.cell()
	w.lines(textLines(e.PublicReview, widthText))
	w.cell()
	w.line("その他の指摘事")
	w.line("項 " + firstLine(e.OtherPoints))
	w.lines(restLines(e.OtherPoints))
	w.section()
}

func writeOtherRemarks(w *writer, s *reviewsheet.Sheet) {
	w.line("その他備考")
	w.cell()
	w.lines(textLines(s.OtherRemarks, widthText))
}
