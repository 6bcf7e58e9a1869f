package report

import (
	"strings"

	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// Finding messages in Japanese: a catalogue by finding code.
//
// Checks (audit.Check, Compare) write their messages in English
// with the figures and names of the finding. The page is Japanese: with
// Lang "ja" (the default) each finding shows the catalogue's sentence for
// its code, and the original message below it as the detail (it holds
// the names and figures); with Lang "en" the original message alone.
// A code the catalogue does not know shows the original message.

// Languages of the finding messages.
const (
	LangJapanese = "ja"
	LangEnglish  = "en"
)

// messagesJA says what each finding code means, in Japanese.
var messagesJA = map[string]string{
	"budget.total":                          "計が 当初予算＋補正予算＋前年度から繰越し＋予備費等 と一致しません。",
	"budget.execution_rate":                 "執行率が 執行額 ÷ 計 と一致しません（記載の桁数で比較）。",
	"budget.execution_rate.missing":         "執行率の記載と、執行額・計の記載が対応していません。",
	"budget.items_sum":                      "予算内訳の合計が予算額と一致しません。",
	"budget.items":                          "予算内訳の行に問題があります。",
	"budget.years":                          "予算額・執行額の表に問題があります。",
	"budget.executed_over_total":            "執行額が計（予算額）を上回っています。",
	"budget.executed_future":                "事業年度以降の年度に執行額が記載されています（執行はまだのはずです）。",
	"budget.unused_negative":                "執行額と翌年度への繰越しの合計が計を上回っています（不用相当額がマイナス）。",
	"budget.executed_without_budget":        "計（予算額）が0なのに執行額があります。",
	"budget.overflow":                       "金額の合計が int64 円の範囲（約922京円）を超えます。入力が実在の数値ではありません。",
	"spending.overflow":                     "支出額の合計が int64 円の範囲（約922京円）を超えます。入力が実在の数値ではありません。",
	"budget.low_execution":                  "執行率が50%未満で、不用額が大きい年度です。",
	"budget.request_gap":                    "当初予算が概算要求額（要求額）を大きく上回っています。",
	"budget.cut_not_followed":               "点検・評価は縮減・廃止ですが、翌年度の要求額が減っていません。",
	"budget.narrative_rate":                 "文中の執行率が予算表の執行率と一致しません。",
	"outcome.achievement_rate":              "達成率が 実績 ÷ 目標 と一致しません（記載の桁数で比較）。",
	"outcome.graph":                         "効果発現経路のつながりに問題があります。",
	"outcome.nodes":                         "効果発現経路のノードに問題があります。",
	"outcome.shortfall":                     "達成率が80%未満です。",
	"outcome.overshoot":                     "達成率が200%を超えています（目標が低すぎる可能性）。",
	"outcome.node_split":                    "RS CSVの同じ番号に複数のアウトカムがあり、別々のノードとして扱いました。",
	"outcome.narrative_rate":                "文中の達成率が、その年度のどの指標表にもありません。",
	"spending.redelegation":                 "2段階以上の再委託があるブロックです。",
	"spending.pass_through":                 "ブロックの支出先が、受け取った額の90%以上を再び支出しています。",
	"spending.flow_total":                   "資金の流れの金額が、直接支出のブロックと間接経費の合計と一致しません。",
	"spending.flow_executed":                "資金の流れの金額が執行額と一致しません。",
	"spending.indirect_sum":                 "国自らが支出する間接経費が内訳の合計と一致しません。",
	"spending.block_total":                  "ブロックの合計支出額が、記載された支出先の合計と一致しません。",
	"spending.blocks":                       "支出先ブロックに問題があります。",
	"spending.recipients":                   "支出先の行に問題があります。",
	"spending.recipient_total":              "支出額が契約の合計と一致しません。",
	"spending.uses_total":                   "費目・使途の合計が支出額と一致しません。",
	"spending.recipient_count":              "支出先の数より多くの支出先が記載されています。",
	"spending.block_graph":                  "支出ブロックのつながりに問題があります（不明な支出元、または循環）。",
	"spending.block_not_in_flow":            "支出先が記載されているのに、資金の流れにそのブロックがありません。",
	"spending.corporate_number":             "法人番号のチェックディジットが合いません。",
	"spending.corporate_number.placeholder": "法人番号が仮の値です。",
	"spending.local_government":             "地方公共団体コードのチェックディジットが合いません。",
	"spending.winning_bid_rate.range":       "落札率が 0% 超 100% 以下の範囲にありません。",
	"spending.one_bidder_high_rate":         "一者応札で、落札率が99%以上です。",
	"spending.one_bidder":                   "一者応札で、その理由の記載がありません。",
	"spending.reason_missing":               "記載が必要な理由（10億円以上の契約）がありません。",
	"spending.rate_undisclosed":             "競争契約の落札率が公開されていません。",
	"spending.low_rate":                     "落札率が50%未満です。",
	"spending.all_negotiated":               "すべての契約が、少額以外の随意契約です。",
	"spending.method_unknown":               "契約方式が判別できません。",
	"spending.vendor_share":                 "一つの事業者が、府省庁の契約額の大きな割合を占めています。",
	"xcheck.fiscal_year":                    "公表データ（RS CSV）と事業年度が異なります。",
	"xcheck.project_id":                     "予算事業IDが公表データと異なります。",
	"xcheck.name":                           "事業名が公表データと異なります。",
	"xcheck.ministry":                       "府省庁が公表データと異なります。",
	"xcheck.category":                       "事業区分が公表データと異なります。",
	"xcheck.start_year":                     "事業開始年度が公表データと異なります。",
	"xcheck.end_year":                       "事業終了（予定）年度が公表データと異なります。",
	"xcheck.budget.request":                 "要求額が公表データと異なります。",
	"xcheck.budget.initial":                 "当初予算が公表データと異なります。",
	"xcheck.budget.supplementary":           "補正予算が公表データと異なります。",
	"xcheck.budget.carried_over":            "前年度から繰越しが公表データと異なります。",
	"xcheck.budget.reserve":                 "予備費等が公表データと異なります。",
	"xcheck.budget.total":                   "計が公表データと異なります。",
	"xcheck.budget.executed":                "執行額が公表データと異なります。",
	"xcheck.budget.execution_rate":          "執行率が公表データと異なります。",
	"xcheck.budget.item":                    "予算内訳の金額が公表データと異なります。",
	"xcheck.budget.item_missing":            "予算内訳の行が一方にしかありません。",
	"xcheck.spending.block":                 "支出先ブロックの合計支出額が公表データと異なります。",
	"xcheck.spending.block_missing":         "支出先ブロックが一方にしかありません。",
	"xcheck.spending.recipient":             "支出先の支出額が公表データと異なります。",
	"xcheck.spending.recipient_missing":     "支出先が一方にしかありません。",
	"xcheck.outcome.target":                 "目標値が公表データと異なります。",
	"xcheck.outcome.actual":                 "実績値が公表データと異なります。",
	"xcheck.outcome.achievement_rate":       "達成率が公表データと異なります。",
	"xcheck.outcome.node_missing":           "効果発現経路のノードが一方にしかありません。",
	"xcheck.skipped":                        "公表データに必要な表がないため、比較していません。",
	"basic.url_scheme":                      "URL欄の値がhttp・httpsのURLではありません（文字のまま残し、リンクにはしません）。",
	"xcheck.not_found":                      "公表データにこの予算事業IDの行がありません。",
	"parse.unsplit_cell":                    "表の行のセルの境目が入力にないため、文章をまとめて最初のセルに入れました（数値ではありません）。",
	"parse.lost_cell":                       "抽出ツールが落とした「-」のセルを補いました。",
	"parse.no_table":                        "指標名はありますが、目標・実績の表がありません。",
	"parse.shift_jis":                       "入力はShift_JIS（CP932）でした。UTF-8に変換して読みました。",
	"parse.paths_capped":                    "発現経路が多すぎるため、最初の10,000経路だけを残しました（つながりはすべて残っています）。",
	"parse.placed_by_title":                 "事業年度と事業開始年度の順が入力から分からないため、表題の年度と同じ方を事業年度としました（表題との照合は独立していません）。",
	"parse.placed_by_rate":                  "表から離れて印字された目標値のセルを、達成率と一致することを根拠に表の初年度の目標値としました（その年度の達成率の照合は独立していません）。",
}

// severityJA names the severities on the page.
var severityJA = map[audit.Severity]string{
	audit.SeverityError:   "誤り",
	audit.SeverityWarning: "注意",
	audit.SeverityInfo:    "参考",
}

// findingText returns the message of f in lang and, in Japanese, the
// original message as detail ("" when it is the message).
func findingText(f audit.Finding, lang string) (msg, detail string) {
	if lang == LangEnglish {
		return f.Message, ""
	}
	if ja, ok := messagesJA[string(f.Code)]; ok {
		return ja, f.Message
	}
	return f.Message, ""
}

// severityText names a severity in lang.
func severityText(s audit.Severity, lang string) string {
	if ja, ok := severityJA[s]; ok && lang != LangEnglish {
		return ja
	}
	return string(s)
}

// knownCode reports whether the catalogue has a sentence for code.
func knownCode(code string) bool {
	_, ok := messagesJA[strings.TrimSpace(code)]
	return ok
}
