package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/rsheet/rsheet/reviewsheet"
	"github.com/rsheet/rsheet/reviewsheet/audit"
	"github.com/rsheet/rsheet/reviewsheet/pdfsheet"
	"github.com/rsheet/rsheet/reviewsheet/sheetarrow"
)

func main() {
	out := flag.String("o", "out", "output directory")
	sqlOnly := flag.Bool("sql", false, "print only the DuckDB SQL (for duckdb -c)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./examples/duckdb [-o DIR] [-sql] SHEET...")
		os.Exit(2)
	}
	if err := export(*out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sql := strings.ReplaceAll(queries, "out/", filepath.ToSlash(*out)+"/")
	if *sqlOnly {
		fmt.Print(sql)
		return
	}
	fmt.Printf("Wrote %s/*.parquet. In DuckDB:\n\n%s\nIn pandas:\n\n%s", *out, sql,
		strings.ReplaceAll(pandas, "out/", filepath.ToSlash(*out)+"/"))
}

// export parses the sheets and writes every table as Parquet into dir.
func export(dir string, files []string) error {
	w, err := sheetarrow.NewWriter(dir, sheetarrow.FormatParquet, sheetarrow.WriterOptions{})
	if err != nil {
		return err
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			w.Close()
			return err
		}
		p := reviewsheet.Parser{Name: name, PDF: pdfsheet.Extract}
		s, err := p.Parse(f)
		f.Close()
		if err != nil {
			w.Close()
			return err
		}
		if err := w.Write(s, audit.Check(s)); err != nil {
			w.Close()
			return err
		}
	}
	return w.Close()
}

// queries are the DuckDB queries of README.md.
const queries = `-- 執行率: printed and recomputed, with the project's name
SELECT s.ministry, s.name, y.budget_year, y.total, y.executed,
       y.execution_rate, round(y.execution_rate_calc, 1) AS recomputed
FROM 'out/budget_years.parquet' y
JOIN 'out/sheets.parquet' s USING (fiscal_year, project_id)
WHERE y.executed IS NOT NULL
ORDER BY y.executed DESC;

-- 一者応札: contracts with a single bidder, largest first
-- (for grants, 補助金等交付, bidders counts applicants)
SELECT recipient, contract, method, amount, winning_bid_rate
FROM 'out/spending_contracts.parquet'
WHERE bidders = 1 AND method NOT LIKE '補助金%'
ORDER BY amount DESC;

-- Money by 契約方式等
SELECT method, count(*) AS contracts, sum(amount) AS yen
FROM 'out/spending_contracts.parquet'
GROUP BY method ORDER BY yen DESC;

-- Recipients without a valid 法人番号
SELECT block, rank, name, amount, corporate_number
FROM 'out/spending_recipients.parquet'
WHERE corporate_number IS NULL OR NOT corporate_number_valid;

-- 達成率 of the outcomes, printed and recomputed
SELECT n.node_id, n.kind, n.indicator, n.unit, v.year, v.target, v.actual,
       v.achievement_rate, round(v.achievement_rate_calc, 1) AS recomputed
FROM 'out/outcome_values.parquet' v
JOIN 'out/outcome_nodes.parquet' n USING (fiscal_year, project_id, node_id)
WHERE v.achievement_rate IS NOT NULL;

-- What the checks found
SELECT project_id, severity, code, stated, recomputed, message
FROM 'out/findings.parquet';
`

// pandas is the pandas/pyarrow snippet of README.md.
const pandas = `import pandas as pd
import pyarrow.parquet as pq

years = pd.read_parquet("out/budget_years.parquet")
# Japanese column labels travel in the field metadata:
labels = {f.name: f.metadata[b"ja"].decode() for f in pq.read_schema("out/budget_years.parquet")}
print(years.rename(columns=labels))
`
