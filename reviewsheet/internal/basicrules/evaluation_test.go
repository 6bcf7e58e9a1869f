package basicrules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

var (
	// the 点検・評価 blocks of the LibreOffice and A5 texts, from
	// 外部有識者による点検 on, as normalize's rules leave them
	libre = []string{"外部有識者によ", "る点検", "点検対象", "対象の理由", "所見", "公開プロセス結果概要",
		"行政事業レビュ", "ー推進チームの", "所見に至る過程", "所見", "--", "詳細", "及び所見", "--",
		"所見を踏まえた", "改善点∕概算要", "求における反映", "状況", "改善点・反映状況", "--",
		"反映額", "会計 勘定 反映額 (千円)", "--", "--", "詳細", "---", "----", "--", "最終実施年度", "--",
		"公開プロセス・", "秋の年次公開検", "証（秋のレビュ", "ー）における取", "りまとめ", "--", "その他の指摘事", "項 --"}
	a5Eval = []string{"外部有識者によ", "る点検", "点検対象", "--", "最終実施年度", "対象の理由", "--", "所見", "--",
		"公開プロセス結果概要", "--", "行政事業レビュ", "ー推進チームの", "所見に至る過程", "及び所見", "所見", "--", "詳細", "--",
		"所見を踏まえた", "改善点∕概算要", "求における反映", "状況", "改善点・反映状況", "--",
		"反映額", "会計 勘定 反映額 (千円)", "--", "--", "--", "--", "詳細", "--",
		"公開プロセス・", "秋の年次公開検", "証（秋のレビュ", "ー）における取", "りまとめ", "--", "その他の指摘事", "項 --"}
)

func TestMoveKPIDash(t *testing.T) {
	var (
		stage = []string{"アウトカムを複数段階", "で設定できない理由"}
		kpi   = []string{"事業に関連する", "KPI が定められて", "いる閣議決定等"}
		rows  = []string{"名前", "--", "URL", "--", "該当箇所", "--", "点検・評価"}
	)
	for _, tc := range []struct {
		name     string
		in, want []string
	}{
		{"LibreOffice: the -- after the KPI label goes back",
			cat(stage, kpi, []string{"--"}, rows), cat(stage, []string{"--"}, kpi, rows)},
		{"the -- in its place (Chromium): left as it is",
			cat(stage, []string{"--"}, kpi, rows), nil},
		{"the first label has text: left as it is",
			cat(stage, []string{"理由"}, kpi, []string{"--"}, rows), nil},
		{"a KPI row without its --: left as it is",
			cat(stage, kpi, []string{"--"}, []string{"名前", "--", "URL", "該当箇所", "--", "点検・評価"}), nil},
		{"a KPI row with a value: left as it is",
			cat(stage, kpi, []string{"--"}, []string{"名前", "骨太の方針", "URL", "--", "該当箇所", "--", "点検・評価"}), nil},
		{"the block cut short: left as it is", cat(stage, kpi, []string{"--", "名前"}), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, want, texts(MoveKPIDash(scanLines(tc.in...))))
		})
	}
}

func TestJoinEvaluationDashes(t *testing.T) {
	var (
		tail = []string{"支出先", "資金の流れ"}
		want = []string{"外部有識者による点検", "点検対象 --", "最終実施年度 --", "対象の理由 --", "所見 --", "公開プロセス結果概要 --",
			"行政事業レビュー推進チームの所見に至る過程及び所見", "所見 --", "詳細 --",
			"所見を踏まえた改善点∕概算要求における反映状況", "改善点・反映状況 --",
			"反映額", "会計 勘定 反映額 (千円)", "-- -- --", "詳細 --",
			"公開プロセス・秋の年次公開検証（秋のレビュー）における取りまとめ --", "その他の指摘事項 --", "支出先", "資金の流れ"}
	)
	for _, tc := range []struct {
		name     string
		in, want []string
	}{
		{"LibreOffice: labels out of order, 14 cells in runs", cat(libre, tail), want},
		{"A5: 最終実施年度's -- among the 反映額 row's", cat(a5Eval, tail), want},
		{"one cell fewer (a lone - dropped): left as it is", cat(with(libre, 27, "-"), tail), nil},
		{"one cell more: left as it is", cat(with(libre, 26, "-----"), tail), nil},
		{"a cell with text: left as it is", cat(with(libre, 29, "令和5年度"), tail), nil},
		{"a figure in the 反映額 row: left as it is", cat(with(libre, 22, "1,000"), tail), nil},
		{"a label missing: left as it is", cat(libre[:28], libre[29:], tail), nil},
		{"a label of another block: left as it is", cat(with(libre, 2, "点検結果"), tail), nil},
		{"no 支出先 heading after the block: left as it is", libre, nil},
		{"the sheet's order (A4): left as it is", cat([]string{"外部有識者によ", "る点検", "点検対象 -- 最終実施年度 --", "対象の理由", "--", "所見", "--",
			"公開プロセス結果概要 --", "行政事業レビュ", "ー推進チームの", "所見に至る過程", "及び所見", "所見 -- 詳細 --",
			"所見を踏まえた", "改善点∕概算要", "求における反映", "状況", "改善点・反映状況 --", "反映額", "会計 勘定 反映額 (千円)", "-- -- --",
			"詳細 --", "公開プロセス・", "秋の年次公開検", "証（秋のレビュ", "ー）における取", "りまとめ", "--", "その他の指摘事項 --"}, tail), nil},
		{"the rewritten block reads as it is", want, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.in
			}
			assert.Equal(t, want, texts(JoinEvaluationDashes(scanLines(tc.in...))))
		})
	}
}

// TestEvaluationNegativeCases guards the table above: the lines the
// negative cases replace.
func TestEvaluationNegativeCases(t *testing.T) {
	assert.Equal(t, "--", libre[27])
	assert.Equal(t, "----", libre[26])
	assert.Equal(t, "--", libre[29])
	assert.Equal(t, "--", libre[22])
	assert.Equal(t, "最終実施年度", libre[28])
	assert.Equal(t, "点検対象", libre[2])
}

// TestJoinEvaluationDashesPositions: each rewritten line is at its
// label's first line (a label printed twice in the order of the text).
func TestJoinEvaluationDashesPositions(t *testing.T) {
	in := scanLines(cat(libre, []string{"支出先"})...)
	out := JoinEvaluationDashes(in)
	pos := map[string]int{}
	for _, l := range out {
		if _, seen := pos[l.Text]; !seen {
			pos[l.Text] = int(l.Pos)
		}
	}
	assert.Equal(t, int(in[0].Pos), pos["外部有識者による点検"])
	assert.Equal(t, int(in[28].Pos), pos["最終実施年度 --"])
	assert.Equal(t, int(in[6].Pos), pos["行政事業レビュー推進チームの所見に至る過程及び所見"])
	assert.Equal(t, int(in[4].Pos), pos["所見 --"])  // the first 所見
	assert.Equal(t, int(in[11].Pos), pos["詳細 --"]) // the first 詳細
	assert.Equal(t, int(in[21].Pos), pos["-- -- --"])
	assert.Equal(t, in[len(in)-1], out[len(out)-1])
}
