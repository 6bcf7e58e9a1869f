package rscsv

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/spending"
)

// TestCSVOnlyColumns: the columns the sheet does not print reach the
// model (nothing the CSV says is dropped): 建制順, 所在地, 法人種別,
// 具体的な契約方式等, 資金の流れの補足情報, 成果目標の種類 and every
// column of 5-4.
func TestCSVOnlyColumns(t *testing.T) {
	s, err := Open(fixtures2025)
	require.NoError(t, err)

	sh, err := s.Lookup(2025, "11")
	require.NoError(t, err)
	require.NotNil(t, sh.Registry)
	assert.Equal(t, 13, *sh.Registry.MinistryOrder)
	assert.Nil(t, sh.Registry.OldProjectNumber, "empty in the fixture")

	var fujitsu *spending.Recipient
	for i := range sh.Spending.Recipients {
		if r := &sh.Spending.Recipients[i]; r.Block == "E" && r.Name == "富士通株式会社" {
			fujitsu = r
		}
	}
	require.NotNil(t, fujitsu)
	assert.Equal(t, "神奈川県川崎市中原区上小田中４丁目１番１号", *fujitsu.Location)
	assert.Equal(t, "301", *fujitsu.CorporateType)
	require.Len(t, fujitsu.Contracts, 1)
	assert.Equal(t, "再委託", *fujitsu.Contracts[0].MethodDetail)

	require.Len(t, sh.Spending.DebtContracts, 2)
	d := sh.Spending.DebtContracts[0]
	assert.Equal(t, "アールイーマネジメント株式会社", d.Name)
	assert.Equal(t, "C", d.Block)
	assert.Equal(t, "大阪国際空港庁舎原状回復工事監理業務", *d.Contract)
	assert.Equal(t, spending.Method("一般競争契約（最低価格）"), d.Method)
	assert.Equal(t, 2, *d.Bidders)
	assert.Equal(t, 82.0, *d.WinningBidRate)
	assert.Equal(t, "大阪府大阪市中央区備後町１丁目７番１０号", *d.Location)
	assert.Equal(t, "301", *d.CorporateType)
	assert.Equal(t, int64(4565000), *d.Amount)
	assert.Nil(t, sh.Spending.DebtContracts[1].Location, "株式会社ライズ: no 所在地 in the CSV")

	sh, err = s.Lookup(2025, "884")
	require.NoError(t, err)
	assert.Equal(t, "諸謝金・旅費等の支給", *sh.Spending.BlockByName("A").FlowNote)
	types := map[string]int{}
	for _, n := range sh.Outcome.Nodes {
		types[n.GoalType]++
	}
	assert.Positive(t, types["定量的"]+types["定性的"], "成果目標の種類 kept: %v", types)
}

// TestOtherFlagDisagrees: the model keeps the name その他, not the flag
// columns, so a flag that says otherwise is reported, not lost.
func TestOtherFlagDisagrees(t *testing.T) {
	dir := t.TempDir()
	writeCSV(t, dir, "5-1_RS_2024_支出先_支出情報.csv",
		"支出先ブロック番号,支出先ブロック名,支出先の数,事業を行う上での役割,ブロックの合計支出額,支出先名,法人番号,所在地,法人種別,その他支出先,支出先の合計支出額,契約概要,金額,契約方式等,具体的な契約方式等,入札者数,落札率,一者応札・一者応募又は競争性のない随意契約となった理由及び改善策（支出額10億円以上）,その他の契約",
		"A,株式会社甲ほか,1,調査,1000000 ,,,,,,,,,,,,,,",
		"A,,,,,株式会社甲,1010001000000 ,東京都,301,TRUE,1000000 ,,,,,,,,",
		"A,,,,,株式会社甲,1010001000000 ,東京都,301,TRUE,,その他,1000000 ,その他,,,,,FALSE")
	s, err := Open(dir)
	require.NoError(t, err)
	_, err = s.Lookup(2024, "42")
	var list reviewsheet.ErrorList
	require.ErrorAs(t, err, &list)
	var msgs []string
	for _, e := range list {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	assert.Contains(t, all, `その他支出先 is true but the name is "株式会社甲"`)
	assert.Contains(t, all, `その他の契約 is false but the name is "その他"`)
}

// TestGoalTypeConflict: a node keeps one 成果目標の種類; rows of the node
// that disagree are reported, not settled by row order alone.
func TestGoalTypeConflict(t *testing.T) {
	dir := t.TempDir()
	writeCSV(t, dir, "3-1_RS_2024_効果発現経路_目標・実績.csv",
		"アクティビティ・アウトプット・アウトカムの番号,種別（アクティビティ・アウトプット・アウトカム）,アウトカムの期間,成果目標の種類,目標年度／目標値／実績値／達成率,2024",
		"1,アウトカム,短期,定量的,2.目標値,10",
		"1,アウトカム,短期,定性的,3.実績値,8")
	s, err := Open(dir)
	require.NoError(t, err)
	sh, err := s.Lookup(2024, "42")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `node 1: "定性的", an earlier row of the node says "定量的"`)
	require.NotNil(t, sh)
	assert.Equal(t, "定量的", sh.Outcome.Nodes[0].GoalType)
}
