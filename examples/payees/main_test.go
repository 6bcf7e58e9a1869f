package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/spending"
)

func sheet(id string, rs ...spending.Recipient) *reviewsheet.Sheet {
	return &reviewsheet.Sheet{FiscalYear: 2025, ProjectID: id, Spending: &spending.Spending{Recipients: rs}}
}

func rec(name, number string, yen int64) spending.Recipient {
	r := spending.Recipient{Name: name, Amount: &yen}
	if number != "" {
		r.CorporateNumber = &number
	}
	return r
}

// The same 法人番号 in two projects adds up; その他 rows and rows without
// a valid number do not count towards any payee.
func TestAdd(t *testing.T) {
	by := map[string]*payee{}
	un := add(by, sheet("000001",
		rec("株式会社エヌ・ティ・ティ・データ経営研究所", "1010001143390", 170_042_000),
		rec("個人", "9999999999999", 1_000_000),
		rec("その他", "", 5_803_000)))
	un += add(by, sheet("000002",
		rec("(株)エヌ・ティ・ティ・データ経営研究所", "1010001143390", 10_000_000),
		rec("誤り", "1010001143391", 2_000_000)))
	assert.Equal(t, int64(3_000_000), un)
	p := by["1010001143390"]
	if assert.NotNil(t, p) {
		assert.Equal(t, int64(180_042_000), p.Total)
		assert.Equal(t, map[string]int64{"2025/000001": 170_042_000, "2025/000002": 10_000_000}, p.Projects)
		assert.Len(t, p.Names, 2)
	}
	assert.Len(t, by, 1)
}

func TestSen(t *testing.T) {
}
