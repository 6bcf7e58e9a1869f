package audit

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/outcome"
	"github.com/rsheet/rsheet/spending"
)

// mutateAll applies several replacements to the sample (each must occur).
func mutateAll(t *testing.T, pairs ...string) []byte {
	t.Helper()
	src := readFile(t, samplePath)
	for i := 0; i+1 < len(pairs); i += 2 {
		require.True(t, bytes.Contains(src, []byte(pairs[i])), "sample lacks %q", pairs[i])
		src = bytes.Replace(src, []byte(pairs[i]), []byte(pairs[i+1]), 1)
	}
	return src
}

// TestCheckSpendingOutcomeRules: one mutated copy of the sample per rule,
// asserting the code fires with its severity at the line of the stated
// figure.
func TestCheckSpendingOutcomeRules(t *testing.T) {
	tests := []struct {
		name  string
		pairs []string
		code  Code
		sev   Severity
		line  int
	}{
		{"flow vs blocks", []string{"684,784 千円", "694,784 千円"}, CodeFlowTotal, SeverityError, 1417},
		{"flow vs 執行額", []string{"684,784 千円", "694,784 千円"}, CodeFlowExecuted, SeverityError, 1417},
		{"間接経費 vs items", []string{"間接経費: 1,079 千", "間接経費: 1,579 千"}, CodeIndirectSum, SeverityError, 1419},
		{"block vs recipients", []string{"株式会社エヌ・ティ・ティ・データ経営研究所 170,042 1010001143390", "株式会社エヌ・ティ・ティ・データ経営研究所 171,042 1010001143390",
			"170,042 3 91.1 --", "171,042 3 91.1 --"}, CodeBlockTotal, SeverityError, 1472},
		{"recipient vs contracts", []string{"170,042 3 91.1 --", "170,542 3 91.1 --"}, CodeRecipientTotal, SeverityError, 1476},
		{"recipient vs uses", []string{"事業費 調査研究の実施に係る事業費 130,658", "事業費 調査研究の実施に係る事業費 130,958"}, CodeUsesTotal, SeverityWarning, 1476},
		{"listed rows over 支出先の数", []string{"支出先の数: 18", "支出先の数: 17", "B 岐阜県　ほか 16,640 18", "B 岐阜県　ほか 16,640 17"}, CodeRecipientCount, SeverityError, 1641},
		{"法人番号 check digit", []string{"1010001143390", "1010001143391"}, CodeCorporateNumber, SeverityError, 1476},
		{"法人番号 placeholder", []string{"株式会社日本リサーチセンター 40,700 5010001062587", "株式会社日本リサーチセンター 40,700 9999999999999"}, CodeCorporatePlacehold, SeverityInfo, 1553},
		{"落札率 over 100 on 一般競争", []string{"170,042 3 91.1 --", "170,042 3 101.5 --"}, CodeRateRange, SeverityError, 1484},
		{"落札率 0 with 3 bidders", []string{"170,042 3 91.1 --", "170,042 3 0 --"}, CodeRateRange, SeverityWarning, 1484},
		{"落札率 below 0", []string{"170,042 3 91.1 --", "170,042 3 -1 --"}, CodeRateRange, SeverityError, 1484},
		{"rate undisclosed without reason", []string{"34,540 5 --\n予定価格が類推される恐れがあるため、落札率は記載\nしない。", "34,540 5 -- --"}, CodeRateUndisclosed, SeverityWarning, 1541},
		{"達成率 wrong", []string{"達成率(%) 148.4 --", "達成率(%) 148.5 --"}, CodeAchievementRate, SeverityError, 563},
		{"達成率 shortfall", []string{"活動実績∕成果実績(団体数) -- 559 -- --", "活動実績∕成果実績(団体数) -- 359 -- --", "達成率(%) -- 111.8 -- --", "達成率(%) -- 71.8 -- --"}, CodeShortfall, SeverityInfo, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Check(parseSrc(t, mutateAll(t, tt.pairs...)))
			got := findCode(fs, tt.code)
			require.NotEmpty(t, got, "no %s in %+v", tt.code, fs)
			f := got[0]
			assert.Equal(t, tt.sev, f.Severity, "%+v", f)
			if tt.line > 0 {
				assert.Equal(t, tt.line, f.Line, "%+v", f)
			} else {
				assert.Positive(t, f.Line)
			}
		})
	}
}

// TestCheckSampleSignals: the warnings the clean sample does get.
func TestCheckSampleSignals(t *testing.T) {
	fs := Check(parseFile(t, samplePath))
	type sig struct {
		code Code
		sev  Severity
		line int
	}
	var got []sig
	for _, f := range fs {
		got = append(got, sig{f.Code, f.Severity, f.Line})
	}
	assert.Equal(t, []sig{
		{CodeOutcomeNarrativeRate, SeverityInfo, 1346}, // 点検結果 quotes 達成率 95％ …
		{CodeOutcomeNarrativeRate, SeverityInfo, 1346}, // … and 114％, which no table gives
		{CodeOneBidder, SeverityInfo, 1507},            // 野村総合研究所 22,528: 1 bidder, no reason (not mandatory below 10億円)
		{CodeOneBidder, SeverityInfo, 1519},            // 社会的包摂サポートセンター 97,900: 1 bidder, no reason
		{CodeLowRate, SeverityWarning, 1574},           // Ｒｉｄｉｌｏｖｅｒ 36.8%
		// カドベヤ has one 随意契約（少額）: allowed by 予決令 99条, no all_negotiated
	}, got)
}

// TestCheckOutcomeGraph: structural problems of a graph are error findings
// (here on a graph built in Go, as the CSV importer would).
func TestCheckOutcomeGraph(t *testing.T) {
	s := &reviewsheet.Sheet{FiscalYear: 2025, Outcome: &outcome.Graph{
		Nodes: []outcome.Node{{ID: 101, Kind: outcome.KindActivity}, {ID: 201, Kind: outcome.KindOutput}, {ID: 301, Kind: outcome.KindShortOutcome}},
		Paths: [][]int{{101, 301, 201}},
	}}
	fs := findCode(Check(s), CodeOutcomeGraph)
	require.NotEmpty(t, fs)
	paths := map[string]bool{}
	for _, f := range fs {
		assert.Equal(t, SeverityError, f.Severity)
		paths[f.Path] = true
	}
	assert.True(t, paths["outcome.paths[0]"], "the backward path is reported on its path: %+v", fs)
}

// TestCheckDownwardIndicator: with the direction known (RS CSV 3-1), a
// downward indicator's 達成率 is 目標 ÷ 実績 × 100.
func TestCheckDownwardIndicator(t *testing.T) {
	sheet := func(improvement string, rate float64) *reviewsheet.Sheet {
		return &reviewsheet.Sheet{FiscalYear: 2025, Outcome: &outcome.Graph{
			Nodes: []outcome.Node{{ID: 101, Kind: outcome.KindActivity, Indicator: &outcome.Indicator{
				Name: "待機児童数", Improvement: improvement,
				Values: []outcome.Value{{Year: 2024, Target: f64(10), TargetRaw: "10", Actual: f64(8), ActualRaw: "8", AchievementRate: f64(rate), AchievementRateRaw: strconv.FormatFloat(rate, 'f', -1, 64)}},
			}}},
			Paths: [][]int{{101}},
		}}
	}
	rates := func(s *reviewsheet.Sheet) []Finding { return findCode(Check(s), CodeAchievementRate) }
	assert.Empty(t, rates(sheet(outcome.ImprovesDownward, 125)), "目標 ÷ 実績 = 125")
	assert.Empty(t, rates(sheet(outcome.ImprovesUpward, 80)), "実績 ÷ 目標 = 80")
	got := rates(sheet(outcome.ImprovesDownward, 80))
	require.Len(t, got, 1)
	assert.Equal(t, SeverityError, got[0].Severity)
	assert.Equal(t, "125%", got[0].Recomputed)
	got = rates(sheet("", 125)) // direction unknown: a downward match is only info
	require.Len(t, got, 1)
	assert.Equal(t, SeverityInfo, got[0].Severity)
}

// TestCheckReasonMissing: from 10億円 the reason is mandatory for 一者応札,
// 一者応募 and 競争性のない随意契約; below it, or for other methods, it is not.
func TestCheckReasonMissing(t *testing.T) {
	one, two := 1, 2
	big, small := int64(spending.ReasonThreshold), int64(spending.ReasonThreshold-1000)
	reason := "唯一の事業者"
	tests := []struct {
		name string
		k    spending.Contract
		want string // the message's case; "" for no finding
	}{
		{"一者応札 10億円", spending.Contract{Method: spending.OpenLowestPrice, Bidders: &one, Amount: &big}, spending.CaseOneBidder},
		{"一者応札 below", spending.Contract{Method: spending.OpenLowestPrice, Bidders: &one, Amount: &small}, ""},
		{"一者応札 with reason", spending.Contract{Method: spending.OpenComprehensive, Bidders: &one, Amount: &big, Reason: &reason}, ""},
		{"two bidders", spending.Contract{Method: spending.OpenLowestPrice, Bidders: &two, Amount: &big}, ""},
		{"一者応募", spending.Contract{Method: spending.NegotiatedPublic, Bidders: &one, Amount: &big}, spending.CaseOneApplicant},
		{"随意契約（その他）", spending.Contract{Method: spending.NegotiatedOther, Bidders: &one, Amount: &big}, spending.CaseNonCompetitive},
		{"不落・不調 with a detail", spending.Contract{Method: "随意契約（不落・不調）(再度公告)", Amount: &big}, spending.CaseNonCompetitive},
		{"grant", spending.Contract{Method: spending.Subsidy, Bidders: &one, Amount: &big}, ""},
		{"amount unknown", spending.Contract{Method: spending.NegotiatedOther}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := tt.k
			k.Name = "業務"
			s := &reviewsheet.Sheet{Spending: &spending.Spending{Recipients: []spending.Recipient{{Name: "株式会社甲", Contracts: []spending.Contract{k}}}}}
			got := findCode(Check(s), CodeReasonMissing)
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, SeverityWarning, got[0].Severity)
			assert.Equal(t, "spending.recipients[0].contracts[0].reason", got[0].Path)
			assert.Contains(t, got[0].Message, tt.want+" of 1,000,000,000円")
		})
	}
}

// TestCheckDebtContracts: rows of the 国庫債務負担行為等による契約先リスト get
// the 法人番号 rule always and the contract rules when the source (RS CSV
// 5-4) gives their method, bidders and rate.
func TestCheckDebtContracts(t *testing.T) {
	one, rate, bad := 1, 45.0, "1234567890123"
	amount := int64(50_000_000)
	s := &reviewsheet.Sheet{Spending: &spending.Spending{DebtContracts: []spending.DebtContract{
		{Name: "株式会社甲", Amount: &amount, CorporateNumber: &bad},
		{Name: "株式会社乙", Amount: &amount, Method: "一般競争契約（最低価格）", Bidders: &one, WinningBidRate: &rate},
	}}}
	got := map[string]string{}
	for _, f := range Check(s) {
		got[f.Path+" "+string(f.Code)] = string(f.Severity)
	}
	assert.Equal(t, map[string]string{
		"spending.debt_contracts[0].corporate_number " + string(CodeCorporateNumber): "error",
		"spending.debt_contracts[1].reason " + string(CodeOneBidder):                 "info",
		"spending.debt_contracts[1].winning_bid_rate " + string(CodeLowRate):         "warning",
	}, got)
}

// TestCheckLocalGovernment: a prefecture's row carries its own 法人番号;
// the 地方公共団体コード inside a local government's number has its own
// check digit. The sample's 18 prefectures all pass (TestCheckSampleSignals).
func TestCheckLocalGovernment(t *testing.T) {
	// withCheckDigit completes a 12-digit base with the 国税庁 check digit.
	withCheckDigit := func(base string) string {
		for d := '1'; d <= '9'; d++ {
			if cn := string(d) + base; spending.ValidCorporateNumber(cn) {
				return cn
			}
		}
		t.Fatalf("no check digit for %s", base)
		return ""
	}
	gifu := "岐阜県 3,672 4000020210005"
	tests := []struct {
		name, row, want string
	}{
		{"another prefecture's number", "岐阜県 3,672 4000020360007", "that of 徳島県"},
		{"a city's number", "岐阜県 3,672 " + withCheckDigit("000020212016"), "that of 岐阜県の市区町村"},
		{"a company's number", "岐阜県 3,672 1010001143390", "is not a local government's"},
		{"bad 地方公共団体コード", "岐阜県 3,672 " + withCheckDigit("000020210006"), "fails its check digit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := findCode(Check(parseSrc(t, mutate(t, gifu, tt.row))), CodeLocalGovernment)
			require.Len(t, fs, 1)
			assert.Equal(t, SeverityError, fs[0].Severity)
			assert.Equal(t, 1647, fs[0].Line)
			assert.Contains(t, fs[0].Message, tt.want)
		})
	}
}
