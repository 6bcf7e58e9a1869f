package audit

import (
	"testing"

	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/budget"
	"github.com/rsheet/rsheet/spending"
)

// TestCheckSignals: each signal on a sheet built in Go, at and beside its
// threshold (the real-row cases are in rscsv's TestPrecision2024).
func TestCheckSignals(t *testing.T) {
	year := func(y int, initial, total, executed int64) budget.Year {
		return budget.Year{Year: y, Initial: i64(initial), Total: i64(total), Executed: i64(executed), CarriedForward: i64(0)}
	}
	tests := []struct {
		name  string
		sheet *reviewsheet.Sheet
		code  Code
		sev   Severity
		n     int
	}{
		{"low execution: 40%, 不用 6億円 = 60%", &reviewsheet.Sheet{FiscalYear: 2024, Budget: budget.Budget{Years: []budget.Year{year(2023, 1e9, 1e9, 4e8)}}},
			CodeLowExecution, SeverityWarning, 1},
		{"low execution: 不用 below 1億円", &reviewsheet.Sheet{FiscalYear: 2024, Budget: budget.Budget{Years: []budget.Year{year(2023, 1e8, 1e8, 4e7)}}},
			CodeLowExecution, SeverityWarning, 0},
		{"low execution: the 事業年度 has no execution yet", &reviewsheet.Sheet{FiscalYear: 2024, Budget: budget.Budget{Years: []budget.Year{year(2024, 1e9, 1e9, 0)}}},
			CodeLowExecution, SeverityWarning, 0},
		{"当初 above 要求 by 50%", &reviewsheet.Sheet{FiscalYear: 2024, Budget: budget.Budget{Years: []budget.Year{{Year: 2024, Request: i64(4e8), Initial: i64(6e8)}}}},
			CodeRequestGap, SeverityInfo, 1},
		{"当初 above 要求 by 5%", &reviewsheet.Sheet{FiscalYear: 2024, Budget: budget.Budget{Years: []budget.Year{{Year: 2024, Request: i64(4e9), Initial: i64(4.2e9)}}}},
			CodeRequestGap, SeverityInfo, 0},
		{"縮減, next 要求額 higher", &reviewsheet.Sheet{FiscalYear: 2024, Evaluation: reviewsheet.Evaluation{Improvement: str("縮減")},
			Budget: budget.Budget{Years: []budget.Year{{Year: 2024, Initial: i64(1e8), NextRequest: i64(1.1e8)}}}},
			CodeCutNotFollowed, SeverityWarning, 1},
		{"縮減, next 要求額 lower", &reviewsheet.Sheet{FiscalYear: 2024, Evaluation: reviewsheet.Evaluation{Improvement: str("縮減")},
			Budget: budget.Budget{Years: []budget.Year{{Year: 2024, Initial: i64(1e8), NextRequest: i64(0.9e8)}}}},
			CodeCutNotFollowed, SeverityWarning, 0},
		{"廃止 said by the team, 2025 column 要求額 equal", &reviewsheet.Sheet{FiscalYear: 2024, Evaluation: reviewsheet.Evaluation{TeamFinding: str("廃止")},
			Budget: budget.Budget{Years: []budget.Year{{Year: 2024, Initial: i64(1e8)}, {Year: 2025, Request: i64(1e8)}}}},
			CodeCutNotFollowed, SeverityWarning, 1},
		{"再々委託: one finding at the end of the chain", &reviewsheet.Sheet{Spending: &spending.Spending{Blocks: []spending.Block{
			{Block: "A"}, {Block: "B", Parent: "A"}, {Block: "C", Parent: "B"}, {Block: "D", Parent: "A"}}}},
			CodeRedelegation, SeverityInfo, 1},
		{"pass-through 95%", &reviewsheet.Sheet{Spending: &spending.Spending{Blocks: []spending.Block{
			{Block: "A", Total: i64(1e8)}, {Block: "B", Parent: "A", Total: i64(9.5e7)}}}},
			CodePassThrough, SeverityInfo, 1},
		{"pass-through 50%", &reviewsheet.Sheet{Spending: &spending.Spending{Blocks: []spending.Block{
			{Block: "A", Total: i64(1e8)}, {Block: "B", Parent: "A", Total: i64(5e7)}}}},
			CodePassThrough, SeverityInfo, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := findCode(Check(tt.sheet), tt.code)
			require.Len(t, fs, tt.n, "%+v", fs)
			for _, f := range fs {
				assert.Equal(t, tt.sev, f.Severity)
			}
		})
	}
}

// TestVendorTally: a vendor holding 10% or more of a ministry's listed
// contract amounts across 2 or more of its projects; placeholders and
// numbers failing the check digit count in the total only.
func TestVendorTally(t *testing.T) {
	const nec, other = "7010401022916", "1010001143390"
	sheet := func(id, ministry string, rows ...spending.DebtContract) *reviewsheet.Sheet {
		return &reviewsheet.Sheet{ProjectID: id, Organization: reviewsheet.Organization{Ministry: ministry}, Spending: &spending.Spending{DebtContracts: rows}}
	}
	v := NewVendorTally()
	v.Add(sheet("000001", "防衛省", spending.DebtContract{Name: "日本電気株式会社", CorporateNumber: str(nec), Amount: i64(3e8)},
		spending.DebtContract{Name: "個人", CorporateNumber: str("9999999999999"), Amount: i64(5e8)}))
	v.Add(sheet("000002", "防衛省", spending.DebtContract{Name: "日本電気株式会社", CorporateNumber: str(nec), Amount: i64(1e8)},
		spending.DebtContract{Name: "甲", CorporateNumber: str(other), Amount: i64(1e9)}))
	v.Add(sheet("000003", "内閣府", spending.DebtContract{Name: "日本電気株式会社", CorporateNumber: str(nec), Amount: i64(1e9)}))
	fs := v.Findings()
	require.Len(t, fs, 1, "%+v", fs)
	f := fs[0]
	assert.Equal(t, CodeVendorShare, f.Code)
	assert.Equal(t, SeverityInfo, f.Severity)
	assert.Equal(t, "防衛省", f.File)
	assert.Equal(t, "400,000,000円", f.Stated)
	assert.Equal(t, "1,900,000,000円", f.Recomputed)
	assert.Contains(t, f.Message, "21.1%")
	assert.Contains(t, f.Message, "000001, 000002")
}
