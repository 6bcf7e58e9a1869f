package reviewsheet

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sampleFigures are figures of the sample sheet rs2025-006423 as printed
// (千円 × 1000 for money), written down by hand and checked against the
// sheet text: a JSON path of `rsheet parse` and the value as JSON. Every extraction of the
// sample — the text, its variants, pdftotext in both modes, the PDFs of
// other producers — must read to these.
var sampleFigures = []struct{ path, want string }{
	// header and 基本情報
	{"fiscal_year", `2025`},
	{"ministry", `"内閣府"`},
	{"project_id", `"006423"`},
	{"start_year", `2024`},
	{"end_year", `null`},
	{"no_end_planned", `true`},
	{"project_year", `2025`},
	{"subsidy_rates[2].target", `"民間団体"`},
	{"subsidy_rates[2].rate", `"2/3"`},
	{"subsidy_rates[1].target", `"市区町村"`},
	// 予算額執行額表: 2024 and 2025 columns, 千円 → yen
	{"budget.years[0].year", `2023`},
	{"budget.years[0].initial", `0`},
	{"budget.years[0].request", `null`},
	{"budget.years[1].year", `2024`},
	{"budget.years[1].request", `408000000`},
	{"budget.years[1].initial", `203368000`},
	{"budget.years[1].supplementary", `3050000000`},
	{"budget.years[1].carried_over", `700540000`},
	{"budget.years[1].reserve", `null`},
	{"budget.years[1].total", `3953908000`},
	{"budget.years[1].executed", `684784000`},
	{"budget.years[1].execution_rate", `17.3`},
	{"budget.years[2].request", `1351442000`},
	{"budget.years[2].initial", `210338000`},
	{"budget.years[2].carried_over", `3026150000`},
	{"budget.years[2].total", `3236488000`},
	{"budget.years[2].executed", `null`},
	{"budget.years[3].total", `null`},
	// 予算内訳
	{"budget.accounts[0].category", `"一般会計"`},
	{"budget.items[0].amount", `134750000`},
	{"budget.items[1].amount", `72570000`},
	{"budget.items[2].amount", `2918000`},
	{"budget.items[3].amount", `100000`},
	{"budget.items[4].budget_type", `"前年度から繰越し"`},
	{"budget.items[4].amount", `3026150000`},
	// 支出先: flow and blocks
	{"spending.flow.amount", `684784000`},
	{"spending.flow.indirect_total", `1079000`},
	{"spending.blocks[0].block", `"A"`},
	{"spending.blocks[0].total", `622650000`},
	{"spending.blocks[0].recipient_count", `22`},
	{"spending.blocks[1].total", `16640000`},
	{"spending.blocks[1].recipient_count", `18`},
	{"spending.blocks[2].total", `44415000`},
	{"spending.blocks[2].recipient_count", `9`},
	// recipients with 法人番号 and contracts with 入札者数 and 落札率
	{"spending.recipients[0].corporate_number", `"1010001143390"`},
	{"spending.recipients[0].amount", `170042000`},
	{"spending.recipients[0].contracts[0].bidders", `3`},
	{"spending.recipients[0].contracts[0].winning_bid_rate", `91.1`},
	{"spending.recipients[1].corporate_number", `"4010001054032"`},
	{"spending.recipients[1].amount", `142172000`},
	{"spending.recipients[1].contracts[0].amount", `60730000`},
	{"spending.recipients[1].contracts[1].winning_bid_rate", `95.4`},
	{"spending.recipients[1].contracts[2].bidders", `1`},
	{"spending.recipients[1].contracts[2].winning_bid_rate", `64`},
	{"spending.recipients[2].contracts[1].winning_bid_rate", `null`},
	{"spending.recipients[3].contracts[0].bidders", `5`},
	{"spending.recipients[10].name", `"その他"`},
	{"spending.recipients[10].amount", `5803000`},
	{"spending.recipients[11].name", `"岐阜県"`},
	{"spending.recipients[11].corporate_number", `"4000020210005"`},
	{"spending.recipients[11].amount", `3672000`},
	{"spending.recipients[28].name", `"山形県"`},
	{"spending.recipients[28].amount", `45000`},
	{"spending.recipients[29].corporate_number", `"5060005009340"`},
	{"spending.recipients[29].amount", `6000000`},
	{"spending.recipients[37].corporate_number", `"4011005002794"`},
	{"spending.recipients[37].amount", `3665000`},
	{"spending.uses[0].amount", `130658000`},
	// 効果発現経路: indicators with target, actual and 達成率
	{"outcome.nodes[4].id", `201`},
	{"outcome.nodes[4].indicator.values[1].target", `1`},
	{"outcome.nodes[4].indicator.values[1].actual", `1`},
	{"outcome.nodes[9].id", `302`},
	{"outcome.nodes[9].indicator.values[0].target", `500`},
	{"outcome.nodes[9].indicator.values[0].actual", `742`},
	{"outcome.nodes[9].indicator.values[0].achievement_rate", `148.4`},
	{"outcome.nodes[11].indicator.values[1].achievement_rate", `130`},
	{"outcome.nodes[13].indicator.values[1].actual", `71`},
	{"outcome.nodes[13].indicator.values[1].achievement_rate", `142`},
	{"outcome.nodes[15].id", `402`},
	{"outcome.nodes[15].indicator.values[1].achievement_rate", `111.8`},
	{"outcome.nodes[15].indicator.values[3].year", `2026`},
	{"outcome.nodes[15].indicator.values[3].is_target_year", `true`},
	{"outcome.nodes[15].indicator.values[3].target", `700`},
}

// assertSampleFigures checks s against sampleFigures, and the counts of
// the lists they index.
func assertSampleFigures(t *testing.T, s *Sheet) {
	t.Helper()
	require.NotNil(t, s)
	root := jsonRoot(t, s)
	for _, f := range sampleFigures {
		v, ok := jsonAt(root, f.path)
		if !assert.True(t, ok, "%s: not in the sheet", f.path) {
			continue
		}
		got, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, f.want, string(got), "%s", f.path)
	}
	counts := []struct {
		path string
		n    int
	}{
		{"budget.years", 4}, {"budget.items", 5}, {"subsidy_rates", 3}, {"spending.blocks", 3},
		{"spending.recipients", 38}, {"spending.recipients[1].contracts", 3}, {"spending.uses", 12},
	}
	for _, c := range counts {
		v, ok := jsonAt(root, c.path)
		l, isList := v.([]any)
		if assert.True(t, ok && isList, "%s: not a list", c.path) {
			assert.Len(t, l, c.n, "%s", c.path)
		}
	}
}

// jsonRoot is s as decoded JSON, numbers kept as written.
func jsonRoot(t *testing.T, s *Sheet) any {
	t.Helper()
	b, err := json.Marshal(s)
	require.NoError(t, err)
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var root any
	require.NoError(t, dec.Decode(&root))
	return root
}

// jsonAt walks a decoded JSON value along a path such as
// "budget.years[1].executed".
func jsonAt(v any, path string) (any, bool) {
	for _, part := range strings.Split(path, ".") {
		name, idx, _ := strings.Cut(part, "[")
		if name != "" {
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			if v, ok = m[name]; !ok {
				return nil, false
			}
		}
		for idx != "" {
			num, rest, _ := strings.Cut(idx, "]")
			i, err := strconv.Atoi(num)
			l, ok := v.([]any)
			if err != nil || !ok || i < 0 || i >= len(l) {
				return nil, false
			}
			v = l[i]
			idx = strings.TrimPrefix(rest, "[")
		}
	}
	return v, true
}

func TestSampleFigures(t *testing.T) {
	assert.GreaterOrEqual(t, len(sampleFigures), 40)
	for _, path := range append([]string{samplePath}, variantPaths...) {
		t.Run(path[strings.LastIndexByte(path, '/')+1:], func(t *testing.T) {
			assertSampleFigures(t, parseFile(t, path))
		})
	}
}
