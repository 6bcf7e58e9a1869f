package rscsv

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

// TestAuditFixes2024: the rules issue 18 found wrong, on the real rows of
// the projects it names (testdata/rscsv/2024-audit): each case gives the
// findings of one code a project must have (code, severity, path) and
// must not have (code and severity), after the fix.
func TestAuditFixes2024(t *testing.T) {
	type hit struct {
		code string
		sev  audit.Severity
		path string
	}
	const (
		E = audit.SeverityError
		W = audit.SeverityWarning
		I = audit.SeverityInfo
	)
	tests := []struct {
		name    string
		project string
		want    []hit
		notWant []hit // path ignored
	}{
		// outcome.graph: 2024 numbers the chain, not the node. 001069's
		// 短期アウトカム 1 → 1 links 「…認知度を向上させる」 to 「…来館者数を
		// 増加させる。」: two nodes, a step within one level.
		{"001069 1→1 is two nodes", "001069",
			[]hit{{"outcome.graph", W, "outcome.paths[0]"}, {"outcome.graph", W, "outcome.paths[1]"}, {"outcome.graph", W, "outcome.paths[2]"},
				{"outcome.node_split", I, "outcome.nodes[6]"}},
			[]hit{{code: "outcome.graph", sev: E}}},
		{"003649", "003649", []hit{{"outcome.graph", W, "outcome.paths[0]"}}, []hit{{code: "outcome.graph", sev: E}}},
		{"003252 中期 12 → 12", "003252", []hit{{"outcome.graph", W, "outcome.paths[0]"}, {"outcome.node_split", I, "outcome.nodes[3]"}}, []hit{{code: "outcome.graph", sev: E}}},
		{"003263 中期 12 → 12", "003263", []hit{{"outcome.graph", W, "outcome.paths[1]"}}, []hit{{code: "outcome.graph", sev: E}}},
		{"006782 長期 1 → 1", "006782", []hit{{"outcome.graph", W, "outcome.paths[0]"}}, []hit{{code: "outcome.graph", sev: E}}},
		// 001325 writes one node as 「…の人数の増加。」 and 「…の人数の増加」: one node.
		{"001325 texts equal but for 。", "001325", nil, []hit{{code: "outcome.node_split", sev: I}, {code: "outcome.graph", sev: W}}},

		// budget.narrative_rate: 「執行率は100％超」 is a bound (571%).
		{"007517 100％超", "007517", nil, []hit{{code: "budget.narrative_rate", sev: W}}},
		{"003445 70% vs 37.3%", "003445", []hit{{"budget.narrative_rate", W, "budget.years[2].change_reasons"}}, nil},

		// 落札率 0: not applicable off 一般・指名競争 and beside a blank 入札者数.
		{"000206 0 with 2 bidders on 一般競争", "000206", []hit{{"spending.winning_bid_rate.range", W, "spending.debt_contracts[0].winning_bid_rate"}},
			[]hit{{code: "spending.winning_bid_rate.range", sev: E}}},
		{"000650 0 on 随意契約（その他）", "000650", nil, []hit{{code: "spending.winning_bid_rate.range", sev: E}, {code: "spending.winning_bid_rate.range", sev: W}}},
		{"001933 0 on 不落・不調", "001933", nil, []hit{{code: "spending.winning_bid_rate.range", sev: E}, {code: "spending.winning_bid_rate.range", sev: W}}},
		{"007156 0 on 企画競争 and 補助金等交付", "007156", nil, []hit{{code: "spending.winning_bid_rate.range", sev: E}, {code: "spending.winning_bid_rate.range", sev: W}}},
		{"020231 0 beside a blank 入札者数", "020231", []hit{{"spending.rate_undisclosed", W, "spending.debt_contracts[0].winning_bid_rate"}},
			[]hit{{code: "spending.winning_bid_rate.range", sev: E}, {code: "spending.winning_bid_rate.range", sev: W}}},
		// above 100: an error on 一般競争 (会計法 29条の6), a warning on 随意契約（公募）.
		{"005157 above 100", "005157", []hit{{"spending.winning_bid_rate.range", E, "spending.debt_contracts[29].winning_bid_rate"},
			{"spending.winning_bid_rate.range", W, "spending.debt_contracts[28].winning_bid_rate"}}, nil},

		// 執行額 with 計 = 0: its own code, info when 1-5 names a project.
		{"005547 booked in 005509", "005547", []hit{{"budget.executed_without_budget", I, "budget.years[0].executed"}, {"budget.executed_without_budget", I, "budget.years[1].executed"}},
			[]hit{{code: "budget.executed_over_total", sev: W}}},
		{"000074 no 関連事業", "000074", []hit{{"budget.executed_without_budget", W, "budget.years[0].executed"}}, []hit{{code: "budget.executed_over_total", sev: W}}},
		{"000011 デジタル庁", "000011", []hit{{"budget.executed_without_budget", W, "budget.years[1].executed"}}, []hit{{code: "budget.executed_over_total", sev: W}}},
		// gaps within half the entry unit: 執行額 6百万 vs 計 5,700千 (2021).
		{"001544 within the 百万円 of 執行額", "001544", []hit{{"budget.executed_over_total", I, "budget.years[0].executed"}, {"budget.executed_over_total", W, "budget.years[1].executed"}}, nil},
		{"004887 beyond", "004887", []hit{{"budget.executed_over_total", W, "budget.years[1].executed"}}, nil},
		{"001589 不用 within rounding", "001589", []hit{{"budget.unused_negative", I, "budget.years[1].executed"}}, []hit{{code: "budget.unused_negative", sev: W}}},
		{"003882 不用 beyond", "003882", []hit{{"budget.unused_negative", W, "budget.years[0].executed"}}, nil},

		// 5-3 法人番号.
		{"001794 5-3 check digit", "001794", []hit{{"spending.corporate_number", E, "spending.uses[0].corporate_number"}}, nil},
		{"004528 5-3 法人番号 0", "004528", []hit{{"spending.corporate_number", E, "spending.uses[0].corporate_number"}}, nil},
		{"004024 三重県 with 愛知県's number", "004024", []hit{{"spending.local_government", E, "spending.uses[0].corporate_number"}}, nil},
	}
	set, err := Open(audit2024)
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := checkAudit(t, set, tt.project)
			for _, w := range tt.want {
				found := false
				for _, f := range fs {
					found = found || (string(f.Code) == w.code && f.Severity == w.sev && f.Path == w.path)
				}
				assert.True(t, found, "want %+v in %v", w, codesOf(fs))
			}
			for _, n := range tt.notWant {
				for _, f := range fs {
					assert.False(t, string(f.Code) == n.code && f.Severity == n.sev, "unwanted %+v", f)
				}
			}
		})
	}
}

// TestAuditOneUnit: every amount of every finding on the copied rows is in
// yen ("…円", never 千円), stated and recomputed alike.
func TestAuditOneUnit(t *testing.T) {
	set, err := Open(audit2024)
	require.NoError(t, err)
	n := 0
	err = set.Sheets(context.Background(), func(sh *reviewsheet.Sheet) error {
		for _, f := range audit.Check(sh) {
			for _, s := range []string{f.Stated, f.Recomputed, f.Message} {
				assert.NotContains(t, s, "千円", "%+v", f)
			}
			for _, s := range []string{f.Stated, f.Recomputed} {
				if strings.HasSuffix(s, "円") {
					n++
				}
			}
		}
		return nil
	})
	require.NoError(t, err)
	assert.Positive(t, n)
}

func codesOf(fs []audit.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Code)+" "+string(f.Severity)+" "+f.Path)
	}
	return out
}

// TestAllNegotiated2025: on the real 2025 rows, a payee whose contracts
// are all 随意契約 is an info, and 随意契約（少額） (予決令 99条) does not
// count: of the 10 payees the rule used to flag, 7 had only 少額
// contracts (000011: オフィスバスターズ, 中央梱包運輸, ハヤシハウジング;
// 000884: サンビコーポレーション, キタジマ, 千寿, 福本園).
func TestAllNegotiated2025(t *testing.T) {
	set, err := Open(fixtures2025)
	require.NoError(t, err)
	var got []string
	for _, id := range []string{"000011", "000884"} {
		sh, err := set.Lookup(2025, id)
		require.NoError(t, err)
		for _, f := range audit.Check(sh) {
			if f.Code == audit.CodeAllNegotiated {
				assert.Equal(t, audit.SeverityInfo, f.Severity)
				got = append(got, id+" "+f.Path)
			}
		}
	}
	assert.Equal(t, []string{"000884 spending.recipients[22]", "000884 spending.recipients[23]", "000884 spending.recipients[29]"}, got)
}
