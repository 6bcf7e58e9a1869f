package audit

import (
	"testing"

	"github.com/rsheet/rsheet/reviewsheet"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseSrc parses src strictly as "in.txt".
func parseSrc(t *testing.T, src []byte) *reviewsheet.Sheet {
	t.Helper()
	p := reviewsheet.Parser{Name: "in.txt"}
	s, err := p.ParseBytes(src)
	require.NoError(t, err)
	return s
}

func findCode(fs []Finding, code Code) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Code == code {
			out = append(out, f)
		}
	}
	return out
}

// TestCheckCleanSample: the sample is internally consistent.
func TestCheckCleanSample(t *testing.T) {
	fs := Check(parseFile(t, samplePath))
	for _, f := range fs {
		assert.NotEqual(t, SeverityError, f.Severity, "%+v", f)
	}
	assert.False(t, HasErrors(fs))
	for i := 1; i < len(fs); i++ {
		assert.LessOrEqual(t, fs[i-1].Line, fs[i].Line, "sorted by line")
	}
	assert.Equal(t, fs, Check(parseFile(t, samplePath)), "deterministic")
}

// TestCheckRules: one mutated copy of the sample per rule; the rule fires
// at the line where the stated figure is printed.
func TestCheckRules(t *testing.T) {
	tests := []struct {
		name, old, new string
		code           Code
		sev            Severity
		line           int
		stated, recomp string
	}{
		{"計 wrong", "計 0 3,953,908 3,236,488 --", "計 0 3,953,909 3,236,488 --", CodeBudgetTotal, SeverityError, 142, "3,953,909,000円", "3,953,908,000円"},
		{"計 absent", "計 0 3,953,908 3,236,488 --", "計 0 -- 3,236,488 --", CodeBudgetTotal, SeverityError, 142, "--", "3,953,908,000円"},
		{"執行率 wrong", "執行率 -- 17.3% -- --", "執行率 -- 17.4% -- --", CodeBudgetExecutionRate, SeverityError, 146, "17.4%", "17.3%"},
		{"執行率 with a printed trailing zero", "執行率 -- 17.3% -- --", "執行率 -- 17.0% -- --", CodeBudgetExecutionRate, SeverityError, 146, "17.0%", "17.3%"},
		{"執行率 without 執行額", "執行率 -- 17.3% -- --", "執行率 17.3% 17.3% -- --", CodeBudgetRateMissing, SeverityError, 146, "17.3%", "--"},
		{"執行率 absent", "執行率 -- 17.3% -- --", "執行率 -- -- -- --", CodeBudgetRateMissing, SeverityWarning, 146, "--", "17.3%"},
		{"執行額 over 計", "執行額 -- 684,784 -- --", "執行額 -- 3,953,909 -- --", CodeBudgetOverExecuted, SeverityWarning, 144, "3,953,909,000円", "3,953,908,000円"},
		{"不用相当額 < 0", "執行額 -- 684,784 -- --", "執行額 -- 1,000,000 -- --", CodeBudgetUnusedNegative, SeverityWarning, 144, "4,026,150,000円", "3,953,908,000円"},
		{"執行額 in 事業年度", "執行額 -- 684,784 -- --", "執行額 -- 684,784 5 --", CodeBudgetFutureExecuted, SeverityWarning, 144, "5,000円", ""},
		{"items beyond rounding", "-- 72,570 --", "-- 72,590 --", CodeBudgetItemsSum, SeverityError, 134, "210,338,000円", "210,358,000円"},
		{"items within rounding", "-- 72,570 --", "-- 72,571 --", CodeBudgetItemsSum, SeverityInfo, 134, "210,338,000円", "210,339,000円"},
		{"items under a -- figure", "当初予算 0 203,368 210,338 --", "当初予算 0 203,368 -- --", CodeBudgetItemsSum, SeverityError, 134, "--", "210,338,000円"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Check(parseSrc(t, mutate(t, tt.old, tt.new)))
			got := findCode(fs, tt.code)
			require.Len(t, got, 1, "findings: %+v", fs)
			f := got[0]
			assert.Equal(t, tt.sev, f.Severity)
			assert.Equal(t, tt.line, f.Line)
			assert.Equal(t, tt.stated, f.Stated)
			assert.Equal(t, tt.recomp, f.Recomputed)
			assert.Equal(t, "in.txt", f.File)
			assert.NotEmpty(t, f.Message)
		})
	}
}

// TestParseWarnings: each parse warning of a sheet is a warning finding
// "parse." + its code, at its line and path (the text kept joined).
func TestParseWarnings(t *testing.T) {
	s := parseFile(t, samplePath)
	s.Warnings = []reviewsheet.Warning{{File: "x.txt", Line: 42, Label: "補助率等", Path: "subsidy_rates[0].rate", Code: reviewsheet.WarnUnsplitCell, Message: "kept joined"}}
	fs := findCode(Check(s), "parse."+reviewsheet.WarnUnsplitCell)
	require.Len(t, fs, 1)
	assert.Equal(t, SeverityWarning, fs[0].Severity)
	assert.Equal(t, 42, fs[0].Line)
	assert.Equal(t, "subsidy_rates[0].rate", fs[0].Path)
	assert.Equal(t, "補助率等: kept joined", fs[0].Message)
}
