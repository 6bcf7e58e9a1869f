package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const redelegation = "../../testdata/spending/rs2025-006423.redelegation.txt"

func TestSummaryUsage(t *testing.T) {
	for _, args := range [][]string{
		{"summary"},
		{"summary", "-by", "planet", sample},
		{"summary", "-top", "0", sample},
		{"summary", "-source", "5-1", sample},
		{"summary", "-format", "xlsx", "-o", t.TempDir(), sample},
	} {
		code, _, _ := runCLI(args...)
		assert.Equal(t, exitUsage, code, args)
	}
}

// fields splits the tab-aligned output into rows of fields.
func fields(out string) [][]string {
	var rows [][]string
	for _, l := range strings.Split(out, "\n") {
		rows = append(rows, strings.Fields(l))
	}
	return rows
}

func hasRow(rows [][]string, want ...string) bool {
	for _, r := range rows {
		if len(r) >= len(want) && strings.Join(r[:len(want)], " ") == strings.Join(want, " ") {
			return true
		}
	}
	return false
}

func TestSummaryByMinistry(t *testing.T) {
	code, out, errOut := runCLI("summary", "-q", redelegation)
	require.Equal(t, exitOK, code, errOut)
	rows := fields(out)
	// direct blocks 683,705 千円; D and E (14,000 千円) apart
	assert.True(t, hasRow(rows, "2025", "内閣府", "1", "2024", "3953908000", "684784000", "1/1", "683705000", "14000000"), out)
	assert.True(t, hasRow(rows, "2025", "recipients", "内閣府", "42", "3", "683705000", "13", "4/13", "30.8%"), out)
}

func TestSummaryByEntity(t *testing.T) {
	code, out, errOut := runCLI("summary", "-q", "-by", "entity", "-top", "5", "-source", "recipients", redelegation)
	require.Equal(t, exitOK, code, errOut)
	rows := fields(out)
	assert.True(t, hasRow(rows, "5", "cn:5010001062587", "株式会社日本リサーチセンター", "49700000", "40700000", "9000000", "—"), out)
	assert.NotContains(t, out, "2025 uses")
}

func TestSummaryNoRecipientsSaysSo(t *testing.T) {
	code, out, errOut := runCLI("summary", "-q", "../../testdata/crossproject/rs2024-projects")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "事業年度 2024: no 支出先上位者リスト (5-1)")
	rows := fields(out)
	// 法務省 2024: block totals absent, not 0
	assert.True(t, hasRow(rows, "2024", "法務省", "1", "2023", "40217000", "28433000", "0/1", "—", "—"), out)
}

func TestSummaryByProject(t *testing.T) {
	code, out, errOut := runCLI("summary", "-q", "-by", "project", "-id", "006423",
		"../../testdata/crossproject/rs2024-projects", "../../testdata/rscsv/handmade-006423")
	require.Equal(t, exitOK, code, errOut)
	rows := fields(out)
	assert.True(t, hasRow(rows, "006423", "2024", "2025", "408000000", "203368000", "3050000000", "700540000",
		"3953908000", "684784000", "3026150000", "242974000", "17.32"), out)
}

func TestSummaryWritesTables(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	code, _, errOut := runCLI("summary", "-q", "-o", dir, "-format", "csv", redelegation)
	require.Equal(t, exitOK, code, errOut)
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, ents, 7)
	rows := readTable(t, dir, "summary_ministry")
	require.Len(t, rows, 1)
	assert.Equal(t, []string{"2025", "内閣府"}, rows[0][:2])

	// a directory with other files is refused
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), nil, 0o644))
	code, _, _ = runCLI("summary", "-q", "-o", dir, "-format", "csv", redelegation)
	assert.Equal(t, exitUsage, code)
}

// From an RS CSV directory, summary reads only the tables it uses.
func TestSummaryTableFiles(t *testing.T) {
	files := summaryTableFiles("../../testdata/rscsv/2025")
	var tables []string
	for _, f := range files {
		tables = append(tables, filepath.Base(f)[:3])
	}
	assert.Equal(t, []string{"1-1", "1-2", "2-1", "5-1", "5-2", "5-3", "5-4"}, tables)
	assert.Nil(t, summaryTableFiles(sample), "a sheet file is read as export reads it")
	assert.Nil(t, summaryTableFiles("../../testdata/rscsv/2025/2-1_RS_2025_予算・執行_サマリ.csv"))
}

// -all shows each sheet's version of a year: 018556's 2024 column before
// execution (2024 sheet) and after it (2025 sheet).
func TestSummaryByProjectAll(t *testing.T) {
	code, out, errOut := runCLI("summary", "-q", "-by", "project", "-all", "-id", "018556",
		"../../testdata/crossproject/rs2024-projects", "../../testdata/rscsv/2025")
	require.Equal(t, exitOK, code, errOut)
	rows := fields(out)
	assert.True(t, hasRow(rows, "018556", "2024", "2024", "—", "601695000", "700000000", "0", "1301695000", "—", "0", "—", "—"), out)
	assert.True(t, hasRow(rows, "018556", "2024", "2025", "—", "601695000", "700000000", "0", "1301695000", "514971680", "700000000", "86723320", "39.56"), out)
}
