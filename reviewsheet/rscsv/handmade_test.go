package rscsv

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
)

const (
	handmade006423 = "../../testdata/rscsv/handmade-006423"
	commonHeader   = "シート種別,事業年度,予算事業ID,事業名,府省庁の建制順,政策所管府省庁,府省庁,局・庁,部,課,室,班,係"
	commonRow      = "レビューシート,2024,42,手作りの事業,1,内閣府,内閣府,大臣官房,,会計課,,,"
)

// writeCSV writes an RS-style file (BOM, CRLF) with the shared columns
// followed by header and rows.
func writeCSV(t *testing.T, dir, name, header string, rows ...string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("\uFEFF" + commonHeader + "," + header + "\r\n")
	for _, r := range rows {
		b.WriteString(commonRow + "," + r + "\r\n")
	}
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(b.String()), 0o644))
	return p
}

func TestHandmade006423(t *testing.T) {
	s, err := Open(handmade006423)
	require.NoError(t, err)
	sh, err := s.Lookup(2025, "006423")
	require.NoError(t, err)
	assert.Equal(t, "孤独・孤立対策推進経費", sh.Name)
	assert.Len(t, sh.Overview, 2, "a quoted field with a real line break")
	assert.Equal(t, []string{"直接実施", "補助"}, sh.Methods)
	assert.True(t, sh.NoEndPlanned)
	assert.Nil(t, sh.EndYear)
	assert.Equal(t, "土屋皓嗣", *sh.Organization.Responsible)
	y := sh.Budget.YearOf(2024)
	assert.Equal(t, 17.319, *y.ExecutionRate)
	assert.Equal(t, int64p(3026150000), y.CarriedForward)
	assert.Equal(t, int64p(1351442000), sh.Budget.YearOf(2025).Request, "from 2024's 翌年度要求額 written as 1351442000.0")
	assert.Len(t, sh.Budget.Items, 5)
	assert.Equal(t, "一般会計 / 内閣府 / 内閣本府 / 孤独・孤立対策推進費 / 諸謝金", *sh.Budget.Items[1].Item)
	assert.Nil(t, sh.Budget.Items[4].Item)
	require.Len(t, sh.Budget.Accounts, 1)
	assert.NotNil(t, sh.Budget.SpecialNotes)
}

func TestUnknownColumnWarnedOnce(t *testing.T) {
	dir := t.TempDir()
	writeCSV(t, dir, "6-1_RS_2024_その他備考.csv", "備考,新しい列,新しい列", "備考です,x,y", "備考です,x,y")
	writeCSV(t, dir, "6-1_RS_2024_その他備考_2.csv", "備考,新しい列", "備考です,x")
	s, err := Open(dir)
	require.NoError(t, err)
	w := otherWarnings(s)
	require.Len(t, w, 2, "once per file and column: %v", w)
	assert.Equal(t, "新しい列", w[0].Column)
	assert.Contains(t, w[0].File, "6-1_RS_2024_その他備考.csv")
	assert.Contains(t, w[1].File, "6-1_RS_2024_その他備考_2.csv")
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	assert.Equal(t, "備考です", *sh.OtherRemarks)
}

func TestMissingRequiredColumn(t *testing.T) {
	dir := t.TempDir()
	p := writeCSV(t, dir, "2-1_RS_2024_予算・執行_サマリ.csv", "予算年度,当初予算（合計）,執行額（合計）,執行率", "2024,1,1,1")
	_, err := Open(p)
	require.Error(t, err)
	assert.ErrorIs(t, err, reviewsheet.ErrMissing)
	var e *reviewsheet.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, p, e.File)
	assert.Equal(t, "計（歳出予算現額合計）", e.Label)
	assert.Contains(t, err.Error(), "計（歳出予算現額合計）")
}

func TestBadValues(t *testing.T) {
	dir := t.TempDir()
	writeCSV(t, dir, "2-1_RS_2024_予算・執行_サマリ.csv",
		"予算年度,当初予算（合計）,計（歳出予算現額合計）,執行額（合計）,執行率",
		"2024,100,abc,50,0.5",
		"2023,100,100,50,half")
	writeCSV(t, dir, "1-4_RS_2024_基本情報_補助率等.csv", "番号（補助率等）,補助対象,補助率,補助上限等,補助率URL",
		"2,市町村,'1/2,,", "1,都道府県,'2/3,\"6,000千円\",", ",,,,")
	s, err := Open(dir)
	require.NoError(t, err)
	sh, err := s.Lookup(2024, "000042")
	require.NotNil(t, sh, "value errors leave the sheet usable")
	var list reviewsheet.ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 2)
	assert.ErrorIs(t, list[0], reviewsheet.ErrSyntax)
	assert.Equal(t, 2, list[0].Line)
	assert.Equal(t, 16, list[0].Column)
	assert.Equal(t, "計（歳出予算現額合計）", list[0].Label)
	assert.Equal(t, 3, list[1].Line)
	assert.Nil(t, sh.Budget.YearOf(2024).Total)
	assert.Equal(t, 50.0, *sh.Budget.YearOf(2024).ExecutionRate)
	// 補助率 without its apostrophe, ordered by 番号, the blank row dropped.
	require.Len(t, sh.Subsidies, 2)
	assert.Equal(t, "都道府県", sh.Subsidies[0].Target)
	assert.Equal(t, "2/3", *sh.Subsidies[0].Rate)
	assert.Equal(t, "6,000千円", *sh.Subsidies[0].Cap)
	assert.Equal(t, "1/2", *sh.Subsidies[1].Rate)

	// Sheets delivers the sheet and returns the same errors at the end.
	n := 0
	err = s.Sheets(t.Context(), func(*reviewsheet.Sheet) error { n++; return nil })
	assert.Equal(t, 1, n)
	require.ErrorAs(t, err, &list)
	assert.Len(t, list, 2)
}

// TestOutcome2024Numbering: 2024 numbers each kind from 1; colliding
// numbers are renumbered to level × 100 + n, and paths follow the links.
// header32 is the 2024 header of 3-2 after the shared columns.
const header32 = "派生元ーアクティビティ・アウトプット・アウトカムの番号,派生元ー種別（アクティビティ・アウトプット・アウトカム）,派生元ーアウトカムの期間,派生元ーアクティビティの内容/ 活動目標／成果目標,派生先ーアクティビティ・アウトプット・アウトカムの番号,派生先ー種別（アクティビティ・アウトプット・アウトカム）,派生先ーアウトカムの期間,派生先ー 活動目標／成果目標,後続アウトカムへのつながり,アウトカムを複数段階で設定できない理由"

func TestOutcome2024Numbering(t *testing.T) {
	dir := t.TempDir()
	h := header32
	writeCSV(t, dir, "3-2_RS_2024_効果発現経路_目標のつながり.csv", h,
		"1,アクティビティ,,研修を実施する。,1,アウトプット,,研修の実施,,",
		"1,アウトプット,,研修の実施,1,アウトカム,1.短期,能力の向上,研修で能力が上がる,",
		"1,アウトカム,1.短期,能力の向上,2,アウトカム,3.長期,行政の質の向上,\"能力が\n行政を変える\",",
		"2,アクティビティ,,広報する。,1,アウトプット,,研修の実施,,")
	s, err := Open(dir)
	require.NoError(t, err)
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	g := sh.Outcome
	require.NotNil(t, g)
	var ids []int
	for _, n := range g.Nodes {
		ids = append(ids, n.ID)
	}
	assert.Equal(t, []int{101, 102, 201, 301, 502}, ids)
	assert.Equal(t, [][]int{{101, 201, 301, 502}, {102, 201, 301, 502}}, g.Paths)
	require.Len(t, g.Links, 4)
	assert.Equal(t, "能力が\n行政を変える", *g.Links[2].Text)
	assert.Equal(t, "行政の質の向上", g.Node(502).Text)
	require.NotNil(t, g.Node(502).SourceNumber)
	assert.Equal(t, 2, *g.Node(502).SourceNumber, "the CSV number is kept")
}

// TestOutcome2024MixedNumbers: a sheet that numbers activities 1–2,
// outputs 10 and 100 and outcomes 101: the numbers repeat across kinds
// and do not fit level × 100 + n, so each kind is ranked by number; one
// number and kind with two texts (短期アウトカム 101: 作成, 実施) are two
// nodes, ranked in order of appearance (2024 numbers the chain, not the
// node: see rawNode).
func TestOutcome2024MixedNumbers(t *testing.T) {
	dir := t.TempDir()
	h := header32
	writeCSV(t, dir, "3-2_RS_2024_効果発現経路_目標のつながり.csv", h,
		"1,アクティビティ,,専門家を派遣する。,10,アウトプット,,派遣の実施,,",
		"10,アクティビティ,,研修を行う。,100,アウトプット,,研修の実施,,",
		"100,アウトプット,,研修の実施,101,アウトカム,短期,行動計画の作成,,",
		"100,アウトプット,,研修の実施,101,アウトカム,短期,行動計画の実施,,",
		"10,アウトプット,,派遣の実施,101,アウトカム,短期,行動計画の作成,,")
	s, err := Open(dir)
	require.NoError(t, err)
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	g := sh.Outcome
	var ids, src []int
	for _, n := range g.Nodes {
		ids = append(ids, n.ID)
		src = append(src, *n.SourceNumber)
	}
	assert.Equal(t, []int{101, 102, 201, 202, 301, 302}, ids, "unique, and each in its kind's range")
	assert.Equal(t, []int{1, 10, 10, 100, 101, 101}, src)
	assert.Empty(t, g.Validate(), "no duplicate or mismatched numbers")
	assert.Equal(t, "行動計画の作成", g.Node(301).Text)
	assert.Equal(t, "行動計画の実施", g.Node(302).Text, "one number, two texts: two nodes")
	assert.Empty(t, g.Node(301).MoreTexts)
	assert.Equal(t, [][]int{{101, 201, 301}, {102, 202, 301}, {102, 202, 302}}, g.Paths)
}

func TestSpendingHandmade(t *testing.T) {
	dir := t.TempDir()
	writeCSV(t, dir, "5-1_RS_2024_支出先_支出情報.csv",
		"支出先ブロック番号,支出先ブロック名,支出先の数,事業を行う上での役割,ブロックの合計支出額,支出先名,法人番号,所在地,法人種別,その他支出先,支出先の合計支出額,契約概要,金額,契約方式等,具体的な契約方式等,入札者数,落札率,一者応札・一者応募又は競争性のない随意契約となった理由及び改善策（支出額10億円以上）,その他の契約",
		"A,株式会社甲ほか,2,調査,1500000 ,,,,,,,,,,,,,,",
		"A,,,,,株式会社甲,1010001000000 ,東京都,301,FALSE,1000000 ,,,,,,,,",
		"A,,,,,株式会社甲,1010001000000 ,東京都,301,FALSE,,調査業務,600000 ,一般競争契約（最低価格）,,3,87.5,,FALSE",
		"A,,,,,株式会社甲,1010001000000 ,東京都,301,FALSE,,分析業務,400000 ,随意契約（少額）,,0,0,,FALSE",
		"A,,,,,その他,,,,TRUE,500000 ,,,,,,,,",
		"B,乙県,1,補助,300000,,,,,,,,,,,,,,",
		"B,,,,,乙県,,,,FALSE,300000,,,,,,,,")
	writeCSV(t, dir, "5-2_RS_2024_支出先_支出ブロックのつながり.csv",
		"支出元の支出先ブロック,支出元の支出先ブロック名,担当組織からの支出,支出先の支出先ブロック,支出先の支出先ブロック名,資金の流れの補足情報,国自らが支出する間接経費,国自らが支出する間接経費の項目,国自らが支出する間接経費の金額",
		",内閣府,TRUE,A,株式会社甲ほか,,,,",
		"A,株式会社甲ほか,FALSE,B,乙県,,,,",
		",,,,,,間接経費,職員旅費,1079000")
	writeCSV(t, dir, "5-4_RS_2024_支出先_国庫債務負担行為等による契約.csv",
		"支出先ブロック（国庫債務負担行為等による契約）,契約先名（国庫債務負担行為等による契約）,契約先の法人番号（国庫債務負担行為等による契約）,契約額（国庫債務負担行為等による契約）,その他の契約,その他の契約（国庫債務負担行為等による契約）",
		"A,株式会社甲,1010001000000,2000000,f,f")
	s, err := Open(dir)
	require.NoError(t, err)
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	sp := sh.Spending
	require.NotNil(t, sp)
	require.Len(t, sp.Blocks, 2)
	assert.Equal(t, "B", sp.Blocks[1].Block)
	assert.Equal(t, "A", sp.Blocks[1].Parent)
	assert.Equal(t, "内閣府", sp.Flow.Ministry)
	assert.Equal(t, int64p(1079000), sp.Flow.IndirectTotal)
	require.Len(t, sp.Recipients, 3)
	kou := sp.Recipients[0]
	assert.Equal(t, "1010001000000", *kou.CorporateNumber)
	assert.Equal(t, int64p(1000000), kou.Amount)
	require.Len(t, kou.Contracts, 2)
	assert.Equal(t, 3, *kou.Contracts[0].Bidders)
	assert.Equal(t, 87.5, *kou.Contracts[0].WinningBidRate)
	assert.Nil(t, kou.Contracts[1].Bidders)
	assert.True(t, sp.Recipients[1].IsOther())
	require.Len(t, sp.DebtContracts, 1)
	assert.Equal(t, int64p(2000000), sp.DebtContracts[0].Amount)
	assert.Equal(t, int64(1500000), sp.SumRecipients("A").Yen)
}

// TestSameTableTwice: two files of one table (2025 publishes 2-2 under two
// names) — the first in name order counts, the other is warned about.
func TestSameTableTwice(t *testing.T) {
	dir := t.TempDir()
	h := "備考"
	writeCSV(t, dir, "6-1_RS_2024_その他備考.csv", h, "一つ目")
	writeCSV(t, dir, "6-1_RS_2024_その他備考_別名.csv", h, "二つ目")
	s, err := Open(dir)
	require.NoError(t, err)
	assert.Empty(t, otherWarnings(s))
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	assert.Equal(t, "一つ目", *sh.OtherRemarks)
	w := otherWarnings(s)
	require.Len(t, w, 1)
	assert.Contains(t, w[0].File, "_別名.csv")
}

func TestCSVSyntaxError(t *testing.T) {
	dir := t.TempDir()
	writeCSV(t, dir, "6-1_RS_2024_その他備考.csv", "備考", "ok", "\"unterminated")
	s, err := Open(dir)
	require.NoError(t, err, "headers are fine")
	_, err = s.Lookup(2024, "42")
	var e *reviewsheet.Error
	require.ErrorAs(t, err, &e)
	assert.ErrorIs(t, err, reviewsheet.ErrSyntax)
	assert.Contains(t, e.File, "6-1_RS_2024_その他備考.csv")
	assert.Equal(t, 3, e.Line)
}

func TestShortAndLongRows(t *testing.T) {
	dir := t.TempDir()
	writeCSV(t, dir, "6-1_RS_2024_その他備考.csv", "備考")
	p := filepath.Join(dir, "6-1_RS_2024_その他備考.csv")
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	b = append(b, []byte(commonRow+",備考,余分\r\nレビューシート,2024\r\n"+commonRow+"\r\n")...)
	require.NoError(t, os.WriteFile(p, b, 0o644))
	s, err := Open(dir)
	require.NoError(t, err)
	sh, err := s.Lookup(2024, "42")
	require.NoError(t, err)
	assert.Nil(t, sh.OtherRemarks, "a short row (no 備考 cell) still makes the sheet")
	err = s.Sheets(t.Context(), func(*reviewsheet.Sheet) error { return nil })
	var list reviewsheet.ErrorList
	require.ErrorAs(t, err, &list)
	assert.Equal(t, list, s.Errors())
	require.Len(t, list, 2)
	assert.ErrorIs(t, list[0], reviewsheet.ErrLayout)
	assert.Equal(t, 2, list[0].Line)
	assert.Equal(t, 3, list[1].Line)
}

// FuzzImport: no input makes the importer panic. The data is written as
// the body of each table in turn (after a valid header).
func FuzzImport(f *testing.F) {
	f.Add("2024,1,100,0,1,0.5", uint8(5))
	f.Add("A,名,2,役割,100 ,甲,1 ,,,FALSE,100,契約,100,一般競争,,0,0,,FALSE", uint8(10))
	f.Add("1,アウトカム,短期,x,1,アウトカム,長期,y,\"z\n\",", uint8(7))
	f.Add("'2/3,\"", uint8(3))
	f.Fuzz(func(t *testing.T, body string, which uint8) {
		sp := specs[int(which)%len(specs)]
		dir := t.TempDir()
		cols := append([]string(nil), sp.Known...)
		if sp.YearColumns {
			cols = append(cols, "2024", "2025")
		}
		writeCSV(t, dir, sp.ID+"_RS_fuzz.csv", strings.Join(cols, ","), body, body)
		s, err := Open(dir)
		if err != nil {
			return
		}
		_ = s.Sheets(t.Context(), func(sh *reviewsheet.Sheet) error { return nil })
	})
}
