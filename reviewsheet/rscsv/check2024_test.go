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

// TestCheck2024 runs every budget rule of audit.Check over the whole
// official 2024 set: the RS system's own figures must not produce a single
// budget error (計, 執行率 at the CSV's 5-decimal fraction, 予算内訳表 sums per
// year). 執行額 > 計 is real data and stays a warning. Skipped when
// ../shared/rs2024 is absent.
func TestCheck2024(t *testing.T) {
	set, err := Open(rs2024Dir(t))
	require.NoError(t, err)
	counts := map[string]int{}
	sheets := 0
	vendors := audit.NewVendorTally()
	err = set.Sheets(context.Background(), func(s *reviewsheet.Sheet) error {
		sheets++
		vendors.Add(s)
		for _, f := range audit.Check(s) {
			counts[string(f.Severity)+" "+string(f.Code)]++
			if strings.HasPrefix(string(f.Code), "budget.") {
				assert.NotEqual(t, audit.SeverityError, f.Severity, "%s: %+v", s.ProjectID, f)
			}
		}
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, 5664, sheets)
	got := map[string]int{} // as counts2024: code, then severity
	for k, n := range counts {
		sev, code, _ := strings.Cut(k, " ")
		got[code+" "+sev] = n
	}
	assert.Equal(t, counts2024, got, "the 2024 counts of docs/checks.md")
	for _, f := range vendors.Findings() {
		counts[string(f.Severity)+" "+string(f.Code)]++
		t.Logf("%s: %s", f.Code, f.Message)
	}
	t.Logf("findings over the 2024 set: %v", counts)
}
