// Command duckdb exports review sheets to Parquet with package sheetarrow
// and prints the DuckDB and pandas commands that read the tables back.
//
//	go run ./examples/duckdb -o out testdata/rs2025-006423.txt
//	duckdb -c "$(go run ./examples/duckdb -o out -sql testdata/rs2025-006423.txt)"
//
// See README.md beside this file.
//
// It holds: an example program (export Parquet, query it with DuckDB).
// It imports: public packages of the module, examples/internal/exutil.
// It must never import: cmd/; nothing imports it.
package main
