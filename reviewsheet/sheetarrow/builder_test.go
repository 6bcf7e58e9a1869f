package sheetarrow

import (
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

func TestSchemas(t *testing.T) {
	for _, tb := range Tables() {
		s := Schema(tb)
		require.GreaterOrEqual(t, s.NumFields(), 3, tb)
		assert.Equal(t, "fiscal_year", s.Field(0).Name, tb)
		assert.Equal(t, arrow.PrimitiveTypes.Int32, s.Field(0).Type, tb)
		assert.Equal(t, "project_id", s.Field(1).Name, tb)
		assert.Equal(t, arrow.BinaryTypes.String, s.Field(1).Type, tb)
		seen := map[string]bool{}
		for _, f := range s.Fields() {
			assert.False(t, seen[f.Name], "%s.%s twice", tb, f.Name)
			seen[f.Name] = true
			ja, ok := f.Metadata.GetValue(MetaJapanese)
			assert.True(t, ok && ja != "", "%s.%s has no Japanese label", tb, f.Name)
		}
		got, ok := TableByName(tb.String())
		assert.True(t, ok)
		assert.Equal(t, tb, got)
	}
	f, _ := Schema(BudgetYears).FieldsByName("executed")
	ja, _ := f[0].Metadata.GetValue(MetaJapanese)
	unit, _ := f[0].Metadata.GetValue(MetaUnit)
	assert.Equal(t, "執行額", ja)
	assert.Equal(t, UnitYen, unit)
	for _, c := range []struct {
		t    Table
		name string
	}{{Sheets, "ministry"}, {SpendingContracts, "method"}, {OutcomeNodes, "kind"}, {Findings, "severity"}} {
		f, _ := Schema(c.t).FieldsByName(c.name)
		require.Len(t, f, 1, c.name)
		assert.Equal(t, arrow.DICTIONARY, f[0].Type.ID(), "%s.%s", c.t, c.name)
	}
}

func TestSampleBudgetYears(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	s := sampleSheet(t)
	b := NewBuilder(mem)
	defer b.Release()
	require.NoError(t, b.Add(s, nil))
	rec := b.NewRecord(BudgetYears)
	defer rec.Release()

	require.EqualValues(t, 4, rec.NumRows())
	// Row by row against the struct.
	rows := rowsOf(rec)
	for i, y := range s.Budget.Years {
		calc, ok := y.RecomputeExecutionRate()
		want := []any{int32(2025), "006423", int32(y.Year), nz(y.Request), nz(y.Initial), nz(y.Supplementary),
			nz(y.CarriedOver), nz(y.Reserve), nz(y.Total), nz(y.Executed), nzf(y.ExecutionRate), okf(calc, ok), nil, nil, nil}
		assert.Equal(t, want, rows[i], "year %d", y.Year)
	}
	// The acceptance figures.
	r := rows[1]
	assert.Equal(t, int32(2024), r[2])
	assert.Equal(t, int64(3953908000), r[8])
	assert.Equal(t, int64(684784000), r[9])
	assert.Equal(t, 17.3, r[10])
	assert.InDelta(t, 17.3191, r[11], 0.0001)
	assert.Equal(t, 684784000.0/3953908000.0*100, r[11]) // full precision
	assert.Nil(t, rows[0][9], "2023 executed is -- and must be null")
	assert.Nil(t, rows[0][11], "no recomputed rate without 執行額")
}

func nz(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func nzf(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func okf(v float64, ok bool) any {
	if !ok {
		return nil
	}
	return v
}

func nzs(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestSampleBudgetItemsAndSheet(t *testing.T) {
	s := sampleSheet(t)
	b := NewBuilder(nil)
	defer b.Release()
	require.NoError(t, b.Add(s, nil))
	recs := b.NewRecords()
	defer releaseAll(recs)

	items := rowsOf(recs[BudgetItems])
	require.Len(t, items, len(s.Budget.Items))
	for i, it := range s.Budget.Items {
		a := s.Budget.Accounts[it.Account]
		want := []any{int32(2025), "006423", int32(i + 1), a.Category, a.Name, nzs(a.Sub), it.BudgetType,
			nzs(it.Item), nz(it.Amount), nz(it.NextRequest), nzs(it.Note), int32(2025), nil, nil}
		assert.Equal(t, want, items[i])
	}

	sheets := recs[Sheets]
	require.EqualValues(t, 1, sheets.NumRows())
	assert.Equal(t, []any{"rs2025-006423.txt"}, columnOf(t, sheets, "source"))
	assert.Equal(t, []any{"内閣府"}, columnOf(t, sheets, "ministry"))
	assert.Equal(t, []any{"孤独・孤立対策推進経費"}, columnOf(t, sheets, "name"))
	assert.Equal(t, []any{int32(2024)}, columnOf(t, sheets, "start_year"))
	assert.Equal(t, []any{nil}, columnOf(t, sheets, "end_year"))
	assert.Equal(t, []any{true}, columnOf(t, sheets, "no_end_planned"))
	assert.Equal(t, []any{"直接実施 | 補助"}, columnOf(t, sheets, "methods"))
	assert.Equal(t, []any{"内閣府 | 政策統括官（共生・共助担当） | 政策統括官（共生・共助担当）　孤独・孤立対策推進室"},
		columnOf(t, sheets, "divisions"))
	assert.Equal(t, []any{nzs(s.Budget.SpecialNotes)}, columnOf(t, sheets, "special_notes"))
	require.NotNil(t, s.Spending)
	assert.Equal(t, []any{nz(s.Spending.Flow.Amount)}, columnOf(t, sheets, "flow_amount"))
	assert.Equal(t, []any{nz(s.Spending.Flow.IndirectTotal)}, columnOf(t, sheets, "indirect_cost"))
	e := &s.Evaluation
	for col, v := range map[string]*string{"kpi_url": s.KPI.URL, "kpi_excerpt": s.KPI.Excerpt,
		"target_year_evaluation": e.TargetYearEval, "external_finding": e.External.Finding, "team_detail": e.TeamDetail,
		"improvement": e.Improvement, "improvement_detail": e.ImprovementDetail, "public_review": e.PublicReview,
		"other_points": e.OtherPoints} {
		assert.Equal(t, []any{nzs(v)}, columnOf(t, sheets, col), col)
	}
	assert.Equal(t, []any{s.Plans[0].Name + ListSep + s.Plans[1].Name}, columnOf(t, sheets, "plans"))
}

func TestFindingsTable(t *testing.T) {
	b := NewBuilder(nil)
	defer b.Release()
	fs := sampleFindings()
	require.NoError(t, b.Add(sampleSheet(t), fs))
	rec := b.NewRecord(Findings)
	defer rec.Release()
	assert.Equal(t, [][]any{
		{int32(2025), "006423", "budget.execution_rate", "error", "budget.years[1].execution_rate", int32(120), "17.3", "17.3191", "執行率が再計算と一致しない"},
		{int32(2025), "006423", "spending.single_bid", "warning", nil, nil, nil, nil, "一者応札"},
	}, rowsOf(rec))
}

func TestAddNamedAndErrors(t *testing.T) {
	b := NewBuilder(nil)
	defer b.Release()
	s := sampleSheet(t)
	c := *s
	c.Source = nil // as for an RS CSV import
	require.NoError(t, b.AddNamed(&c, "rs2025.zip", nil))
	require.NoError(t, b.Add(&c, nil)) // no Source: empty source
	assert.ErrorIs(t, b.Add(&reviewsheet.Sheet{FiscalYear: 2025}, nil), ErrNoProjectID)
	assert.Error(t, b.Add(nil, nil))
	assert.Equal(t, 2, b.Rows(Sheets))
	rec := b.NewRecord(Sheets)
	defer rec.Release()
	assert.Equal(t, []any{"rs2025.zip", ""}, columnOf(t, rec, "source"))
	assert.Equal(t, 0, b.Rows(Sheets))
}

// TestBuilderNoLeak: building every table of many sheets, across several
// NewRecords calls, frees all memory (dictionary memo tables included).
func TestBuilderNoLeak(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	b := NewBuilder(mem)
	for i, s := range copies(sampleSheet(t), 20) {
		require.NoError(t, b.Add(s, sampleFindings()))
		if i%7 == 6 {
			releaseAll(b.NewRecords())
		}
	}
	recs := b.NewRecords()
	b.Release()
	assert.Positive(t, mem.CurrentAlloc())
	releaseAll(recs)
}

// TestDictionaryStable: the dictionary of a later record extends the
// dictionary of an earlier one with the same indices.
func TestDictionaryStable(t *testing.T) {
	b := NewBuilder(nil)
	defer b.Release()
	cs := copies(sampleSheet(t), 10)
	for _, s := range cs[:5] {
		require.NoError(t, b.Add(s, nil))
	}
	r1 := b.NewRecord(Sheets)
	defer r1.Release()
	for _, s := range cs[5:] {
		require.NoError(t, b.Add(s, nil))
	}
	r2 := b.NewRecord(Sheets)
	defer r2.Release()
	idx := r1.Schema().FieldIndices("category")[0]
	d1 := value1(r1.Column(idx))
	d2 := value1(r2.Column(idx))
	require.Greater(t, len(d2), len(d1))
	assert.Equal(t, d1, d2[:len(d1)])
}

func value1(a arrow.Array) []any {
	d := a.(interface{ Dictionary() arrow.Array }).Dictionary()
	var out []any
	for i := range d.Len() {
		out = append(out, value(d, i))
	}
	return out
}

func releaseAll(recs []arrow.Record) {
	for _, r := range recs {
		if r != nil {
			r.Release()
		}
	}
}

func TestBuild(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	sheets := copies(sampleSheet(t), 3)
	recs, err := Build(mem, sheets, func(*reviewsheet.Sheet) []audit.Finding { return sampleFindings() })
	require.NoError(t, err)
	assert.Equal(t, want(t, sheets), func() [][][]any {
		out := make([][][]any, len(recs))
		for i, r := range recs {
			out[i] = rowsOf(r)
		}
		return out
	}())
	releaseAll(recs)
	_, err = Build(mem, []*reviewsheet.Sheet{sheets[0], {}}, nil)
	assert.ErrorIs(t, err, ErrNoProjectID)
}
