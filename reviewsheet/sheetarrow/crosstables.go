package sheetarrow

import (
	"strings"

	"github.com/apache/arrow/go/v17/arrow/memory"

	"github.com/rsheet/rsheet/reviewsheet/crossproject"
)

// The set-level tables of package crossproject (see its documentation for
// the rules: entity keys, levels, sources, sums).

func scol(name string, typ SetColumnType, ja, unit string) SetColumn {
	return SetColumn{Name: name, Type: typ, JA: ja, Unit: unit}
}

func skey(name string, typ SetColumnType, ja, unit string) SetColumn {
	return SetColumn{Name: name, Type: typ, JA: ja, Unit: unit, NotNull: true}
}

// Set-level tables of crossproject.Result.
var (
	EntitiesTable = &SetTable{Name: "entities", Description: "one row per recipient entity across sheets and years (法人番号, 地方公共団体コード or normalised name)",
		Columns: []SetColumn{
			skey("entity_key", SetString, "支出先キー", ""), skey("key_kind", SetString, "キーの種類", ""),
			scol("corporate_number", SetString, "法人番号", ""), scol("local_government_code", SetString, "地方公共団体コード", ""),
			scol("prefecture", SetString, "都道府県", ""), skey("name", SetString, "支出先名", ""),
			skey("name_count", SetInt32, "表記の数", ""), skey("names", SetString, "表記", ""),
			skey("rows", SetInt64, "行数", ""), skey("placeholder_number_rows", SetInt64, "仮の法人番号の行数", ""),
			skey("invalid_number_rows", SetInt64, "無効な法人番号の行数", ""),
		}}
	EntityTotalsTable = &SetTable{Name: "entity_totals", Description: "one row per 事業年度, entity and source: amounts by level (direct + redelegated summed over entities counts twice)",
		Columns: []SetColumn{
			skey("fiscal_year", SetInt32, "事業年度", UnitYear), skey("entity_key", SetString, "支出先キー", ""),
			skey("name", SetString, "支出先名", ""), skey("source", SetString, "出典", ""),
			scol("direct", SetInt64, "担当組織からの支出", UnitYen), scol("redelegated", SetInt64, "再委託等による支出", UnitYen),
			scol("unlinked", SetInt64, "資金の流れに無い支出", UnitYen), skey("received", SetInt64, "受取額", UnitYen),
			skey("rows", SetInt64, "行数", ""), skey("projects", SetInt64, "事業数", ""),
		}}
	EntityPaymentsTable = &SetTable{Name: "entity_payments", Description: "one row per amount stated for a recipient: 5-1 payee totals, 5-3 uses, 5-4 contracts (never add sources together)",
		Columns: []SetColumn{
			skey("fiscal_year", SetInt32, "事業年度", UnitYear), skey("project_id", SetString, "予算事業ID", ""),
			skey("ministry", SetString, "府省庁", ""), skey("source", SetString, "出典", ""),
			scol("block", SetString, "支出先ブロック", ""), scol("parent_block", SetString, "支出元の支出先ブロック", ""),
			skey("level", SetString, "支出の段階", ""), skey("recipient_name", SetString, "支出先名", ""),
			scol("corporate_number", SetString, "法人番号（記載のまま）", ""), skey("entity_key", SetString, "支出先キー", ""),
			scol("contract", SetString, "契約概要", ""), scol("item", SetString, "費目", ""),
			scol("amount", SetInt64, "金額", UnitYen),
		}}
	ContractsTable = &SetTable{Name: "contracts", Description: "one row per contract of the 支出先上位者リスト (5-1) or 国庫債務負担行為等による契約先リスト (5-4)",
		Columns: []SetColumn{
			skey("fiscal_year", SetInt32, "事業年度", UnitYear), skey("project_id", SetString, "予算事業ID", ""),
			skey("ministry", SetString, "府省庁", ""), skey("source", SetString, "出典", ""),
			scol("block", SetString, "支出先ブロック", ""), skey("level", SetString, "支出の段階", ""),
			skey("payee", SetString, "支出先名", ""), skey("entity_key", SetString, "支出先キー", ""),
			skey("contract", SetString, "契約概要", ""), scol("method", SetString, "契約方式等", ""),
			scol("method_base", SetString, "契約方式", ""), skey("method_class", SetString, "契約方式の分類", ""),
			scol("bidders", SetInt64, "入札者数", ""), scol("winning_bid_rate", SetFloat64, "落札率", UnitPercent),
			skey("one_bidder", SetBool, "一者応札", ""), scol("amount", SetInt64, "金額", UnitYen),
		}}
	ProjectYearsTable = &SetTable{Name: "project_years", Description: "one row per sheet and 予算年度; latest marks the newest sheet stating the year (the budget path)",
		Columns: []SetColumn{
			skey("project_id", SetString, "予算事業ID", ""), skey("fiscal_year", SetInt32, "事業年度", UnitYear),
			skey("budget_year", SetInt32, "予算年度", UnitYear), skey("ministry", SetString, "府省庁", ""),
			skey("name", SetString, "事業名", ""), scol("old_project_number", SetString, "旧事業番号", ""),
			skey("input", SetString, "入力の種類", ""),
			scol("request", SetInt64, "要求額", UnitYen), scol("initial", SetInt64, "当初予算", UnitYen),
			scol("supplementary", SetInt64, "補正予算", UnitYen), scol("carried_over", SetInt64, "前年度から繰越し", UnitYen),
			scol("reserve", SetInt64, "予備費等", UnitYen), scol("total", SetInt64, "計", UnitYen),
			scol("executed", SetInt64, "執行額", UnitYen), scol("carried_forward", SetInt64, "翌年度への繰越し", UnitYen),
			skey("carried_forward_derived", SetBool, "翌年度への繰越し（翌年度の前年度から繰越しより）", ""),
			scol("unused", SetInt64, "不用相当額", UnitYen), scol("execution_rate_stated", SetFloat64, "執行率（記載）", UnitPercent),
			scol("execution_rate", SetFloat64, "執行率（再計算）", UnitPercent), skey("latest", SetBool, "最新", ""),
		}}
	SummaryMinistryTable = &SetTable{Name: "summary_ministry", Description: "one row per 事業年度 and 府省庁: execution of the execution year, 執行率 below 50 %, block totals by level, coverage",
		Columns: []SetColumn{
			skey("fiscal_year", SetInt32, "事業年度", UnitYear), skey("ministry", SetString, "府省庁", ""),
			scol("ministry_order", SetInt64, "府省庁の建制順", ""), skey("sheets", SetInt64, "シート数", ""),
			skey("execution_year", SetInt32, "執行年度", UnitYear), scol("budget_total", SetInt64, "計", UnitYen),
			scol("executed", SetInt64, "執行額", UnitYen), skey("projects_rated", SetInt64, "執行率のある事業数", ""),
			skey("projects_below_half", SetInt64, "執行率50%未満の事業数", ""),
			scol("direct_blocks", SetInt64, "担当組織からの支出", UnitYen), scol("redelegated_blocks", SetInt64, "再委託等による支出", UnitYen),
			scol("unlinked_blocks", SetInt64, "資金の流れに無いブロック", UnitYen),
			skey("sheets_with_recipients", SetInt64, "支出先上位者リストのあるシート数", ""),
			skey("sheets_with_uses", SetInt64, "費目・使途のあるシート数", ""),
			skey("sheets_with_debt_contracts", SetInt64, "国庫債務負担行為等のあるシート数", ""),
			skey("sheets_with_block_totals", SetInt64, "ブロックの合計支出額のあるシート数", ""),
		}}
	SummaryContractsTable = &SetTable{Name: "summary_contracts", Description: "one row per 事業年度, grouping (ministry or method), group and source: 一者応札 and 随意契約 shares, mean 落札率",
		Columns: []SetColumn{
			skey("fiscal_year", SetInt32, "事業年度", UnitYear), skey("by", SetString, "集計単位", ""),
			skey("group", SetString, "府省庁／契約方式", ""), skey("source", SetString, "出典", ""),
			skey("contracts", SetInt64, "契約数", ""), skey("redelegated", SetInt64, "再委託等の契約数（対象外）", ""),
			scol("amount", SetInt64, "金額", UnitYen),
			skey("competitive", SetInt64, "競争契約数", ""), scol("competitive_amount", SetInt64, "競争契約の金額", UnitYen),
			skey("bidders_known", SetInt64, "入札者数のある競争契約数", ""), scol("bidders_known_amount", SetInt64, "入札者数のある競争契約の金額", UnitYen),
			skey("one_bidder", SetInt64, "一者応札数", ""), scol("one_bidder_amount", SetInt64, "一者応札の金額", UnitYen),
			scol("one_bidder_share", SetFloat64, "一者応札の割合（件数）", ""), scol("one_bidder_amount_share", SetFloat64, "一者応札の割合（金額）", ""),
			skey("negotiated", SetInt64, "随意契約数", ""), scol("negotiated_amount", SetInt64, "随意契約の金額", UnitYen),
			scol("negotiated_share", SetFloat64, "随意契約の割合（件数）", ""), scol("negotiated_amount_share", SetFloat64, "随意契約の割合（金額）", ""),
			skey("rated", SetInt64, "落札率のある競争契約数", ""), scol("mean_winning_bid_rate", SetFloat64, "平均落札率", UnitPercent),
		}}
)

// CrossTables lists the set-level tables of crossproject, in output order.
func CrossTables() []*SetTable {
	return []*SetTable{EntitiesTable, EntityTotalsTable, EntityPaymentsTable, ContractsTable,
		ProjectYearsTable, SummaryMinistryTable, SummaryContractsTable}
}

// CrossRecords turns a crossproject result into one record per table of
// CrossTables (the caller releases them).
func CrossRecords(mem memory.Allocator, r *crossproject.Result) ([]SetRecord, error) {
	names := make(map[string]string, len(r.Entities))
	out := make([]SetRecord, 0, 7)
	build := func(t *SetTable, fill func(w *SetRows) error) error {
		w := NewSetRows(mem, t)
		defer w.Release()
		if err := fill(w); err != nil {
			return err
		}
		out = append(out, SetRecord{Table: t, Record: w.NewRecord()})
		return nil
	}
	steps := []struct {
		t    *SetTable
		fill func(w *SetRows) error
	}{
		{EntitiesTable, func(w *SetRows) error {
			for i := range r.Entities {
				e := &r.Entities[i]
				names[e.Key] = e.Name
				w.String(e.Key)
				w.String(string(e.Kind))
				w.StringNZ(e.CorporateNumber)
				w.StringNZ(e.LocalGovernmentCode)
				w.StringNZ(e.Prefecture)
				w.String(e.Name)
				w.Int32(len(e.Names))
				w.String(strings.Join(e.Names, " | "))
				w.Int64(int64(e.Rows))
				w.Int64(int64(e.PlaceholderRows))
				w.Int64(int64(e.InvalidRows))
			}
			return nil
		}},
		{EntityTotalsTable, func(w *SetRows) error {
			for i := range r.Totals {
				t := &r.Totals[i]
				recv, err := t.Received()
				if err != nil {
					return err
				}
				w.Int32(t.FiscalYear)
				w.String(t.Key)
				w.String(names[t.Key])
				w.String(string(t.Source))
				w.Int64Ptr(t.Direct.Ptr())
				w.Int64Ptr(t.Redelegated.Ptr())
				w.Int64Ptr(t.Unlinked.Ptr())
				w.Int64(recv)
				w.Int64(int64(t.Rows))
				w.Int64(int64(t.Projects))
			}
			return nil
		}},
		{EntityPaymentsTable, func(w *SetRows) error {
			for i := range r.Payments {
				p := &r.Payments[i]
				w.Int32(p.FiscalYear)
				w.String(p.ProjectID)
				w.String(p.Ministry)
				w.String(string(p.Source))
				w.StringNZ(p.Block)
				w.StringNZ(p.ParentBlock)
				w.String(string(p.Level))
				w.String(p.Name)
				w.StringPtr(p.Number)
				w.String(p.EntityKey)
				w.StringPtr(p.Contract)
				w.StringPtr(p.Item)
				w.Int64Ptr(p.Amount)
			}
			return nil
		}},
		{ContractsTable, func(w *SetRows) error {
			for i := range r.Contracts {
				c := &r.Contracts[i]
				w.Int32(c.FiscalYear)
				w.String(c.ProjectID)
				w.String(c.Ministry)
				w.String(string(c.Source))
				w.StringNZ(c.Block)
				w.String(string(c.Level))
				w.String(c.Payee)
				w.String(c.EntityKey)
				w.String(c.Name)
				w.StringNZ(string(c.Method))
				w.StringNZ(string(c.Method.Base()))
				w.String(c.Method.Class().String())
				w.IntPtr(c.Bidders)
				w.Float64Ptr(c.WinningBidRate)
				w.Bool(c.OneBidder())
				w.Int64Ptr(c.Amount)
			}
			return nil
		}},
		{ProjectYearsTable, func(w *SetRows) error {
			for i := range r.Projects {
				p := &r.Projects[i]
				w.String(p.ProjectID)
				w.Int32(p.FiscalYear)
				w.Int32(p.BudgetYear)
				w.String(p.Ministry)
				w.String(p.Name)
				w.StringPtr(p.OldProjectNumber)
				w.String(p.Input)
				for _, v := range []*int64{p.Request, p.Initial, p.Supplementary, p.CarriedOver, p.Reserve, p.Total, p.Executed, p.CarriedForward} {
					w.Int64Ptr(v)
				}
				w.Bool(p.CarriedForwardDerived)
				w.Int64Ptr(p.Unused)
				w.Float64Ptr(p.StatedRate)
				w.Float64Ptr(p.Rate)
				w.Bool(p.Latest)
			}
			return nil
		}},
		{SummaryMinistryTable, func(w *SetRows) error {
			for i := range r.Ministries {
				m := &r.Ministries[i]
				w.Int32(m.FiscalYear)
				w.String(m.Ministry)
				w.IntPtr(m.Order)
				w.Int64(int64(m.Sheets))
				w.Int32(m.ExecutionYear)
				w.Int64Ptr(m.Budget.Ptr())
				w.Int64Ptr(m.Executed.Ptr())
				w.Int64(int64(m.ProjectsRated))
				w.Int64(int64(m.ProjectsBelowHalf))
				w.Int64Ptr(m.DirectBlocks.Ptr())
				w.Int64Ptr(m.RedelegatedBlocks.Ptr())
				w.Int64Ptr(m.UnlinkedBlocks.Ptr())
				for _, n := range []int{m.SheetsWithRecipients, m.SheetsWithUses, m.SheetsWithDebtContracts, m.SheetsWithBlockTotals} {
					w.Int64(int64(n))
				}
			}
			return nil
		}},
		{SummaryContractsTable, func(w *SetRows) error {
			for _, list := range [][]crossproject.ContractStats{r.ByMinistry, r.ByMethod} {
				for i := range list {
					s := &list[i]
					w.Int32(s.FiscalYear)
					w.String(s.By)
					w.String(s.Group)
					w.String(string(s.Source))
					w.Int64(int64(s.Contracts))
					w.Int64(int64(s.Redelegated))
					w.Int64Ptr(s.Amount.Ptr())
					w.Int64(int64(s.Competitive))
					w.Int64Ptr(s.CompetitiveAmt.Ptr())
					w.Int64(int64(s.BiddersKnown))
					w.Int64Ptr(s.BiddersKnownAmt.Ptr())
					w.Int64(int64(s.OneBidder))
					w.Int64Ptr(s.OneBidderAmt.Ptr())
					w.Float64Ptr(s.OneBidderShare())
					w.Float64Ptr(s.OneBidderAmountShare())
					w.Int64(int64(s.Negotiated))
					w.Int64Ptr(s.NegotiatedAmt.Ptr())
					w.Float64Ptr(s.NegotiatedShare())
					w.Float64Ptr(s.NegotiatedAmountShare())
					w.Int64(int64(s.RatedCompetitive))
					w.Float64Ptr(s.MeanWinningBidRate())
				}
			}
			return nil
		}},
	}
	for _, st := range steps {
		if err := build(st.t, st.fill); err != nil {
			for _, sr := range out {
				sr.Record.Release()
			}
			return nil, err
		}
	}
	return out, nil
}
