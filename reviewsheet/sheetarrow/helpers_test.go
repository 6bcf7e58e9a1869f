package sheetarrow

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/stretchr/testify/require"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
)

const samplePath = "../../testdata/rs2025-006423.txt"

// sampleSheet parses the sample sheet.
func sampleSheet(tb testing.TB) *reviewsheet.Sheet {
	tb.Helper()
	f, err := os.Open(samplePath)
	require.NoError(tb, err)
	defer f.Close()
	p := reviewsheet.Parser{Name: filepath.Base(samplePath)}
	s, err := p.Parse(f)
	require.NoError(tb, err)
	return s
}

// sampleFindings returns made-up findings for the sample (the checker
// does not exist yet): one with every field, one with the optional
// fields empty.
func sampleFindings() []audit.Finding {
	return []audit.Finding{
		{Code: "budget.execution_rate", Severity: audit.SeverityError, Path: "budget.years[1].execution_rate",
			Line: 120, Stated: "17.3", Recomputed: "17.3191", Message: "執行率が再計算と一致しない"},
		{Code: "spending.single_bid", Severity: audit.SeverityWarning, Message: "一者応札"},
	}
}

// copies returns n copies of s, each with its own project ID; every
// third copy has another ministry and category, and from copy n/2 on a
// new category appears, so that dictionaries grow from batch to batch.
func copies(s *reviewsheet.Sheet, n int) []*reviewsheet.Sheet {
	out := make([]*reviewsheet.Sheet, n)
	for i := range out {
		c := *s
		c.ProjectID = fmt.Sprintf("%06d", 100000+i)
		if i%3 == 1 {
			c.Organization.Ministry = "総務省"
		}
		if i >= n/2 {
			c.Category = "新規事業" + strconv.Itoa(i%4)
		}
		out[i] = &c
	}
	return out
}

// value returns the Go value of a[i]: nil for null, the dictionary value
// for dictionary arrays.
func value(a arrow.Array, i int) any {
	if a.IsNull(i) {
		return nil
	}
	switch a := a.(type) {
	case *array.Int32:
		return a.Value(i)
	case *array.Int64:
		return a.Value(i)
	case *array.Float64:
		return a.Value(i)
	case *array.Boolean:
		return a.Value(i)
	case *array.String:
		return a.Value(i)
	case *array.Dictionary:
		return value(a.Dictionary(), a.GetValueIndex(i))
	}
	panic("unexpected type " + a.DataType().String())
}

// rowsOf returns the rows of the records as Go values.
func rowsOf(recs ...arrow.Record) [][]any {
	var out [][]any
	for _, rec := range recs {
		for i := range int(rec.NumRows()) {
			row := make([]any, rec.NumCols())
			for j, c := range rec.Columns() {
				row[j] = value(c, i)
			}
			out = append(out, row)
		}
	}
	return out
}

// column returns the values of the named column.
func columnOf(tb testing.TB, rec arrow.Record, name string) []any {
	tb.Helper()
	idx := rec.Schema().FieldIndices(name)
	require.Len(tb, idx, 1, name)
	var out []any
	for i := range int(rec.NumRows()) {
		out = append(out, value(rec.Column(idx[0]), i))
	}
	return out
}

// csvText formats a value as the CSV reader gives it back.
func csvText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int32:
		return strconv.FormatInt(int64(v), 10)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case string:
		return v
	}
	panic(fmt.Sprintf("unexpected %T", v))
}
