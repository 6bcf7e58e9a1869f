// Package sheetarrow exports review sheets as tidy Arrow tables and
// writes them as Arrow IPC files, Parquet (zstd) or CSV. It is the only
// package of the module that imports Arrow: the domain packages
// (reviewsheet, budget, outcome, spending) stay Arrow-free.
//
// # Tables
//
// Package sheettable declares the tables as data: names, columns, kinds,
// labels, units and, for each column, the getter that reads its cell
// from a row. This package maps each kind to an Arrow type and builder
// (Dict to dictionary<int32, utf8>) and appends every row through its
// table's column list, never by position; the set-level tables of
// `rsheet summary` (CrossTables, CrossRecords, WriteSetTables) are built
// the same way.
//
// Every table starts with fiscal_year (int32) and project_id (string, six
// digits as printed), which join the tables. Tables returns them; Schema
// gives each Arrow schema. Every field carries its Japanese label as
// field metadata ("ja": "執行額") and numbers with a unit carry it
// ("unit": "JPY", "%", "year"). Money is int64 yen; a figure the sheet
// prints as "--" is null. String columns with few distinct values
// (府省庁, 事業区分, 契約方式等, kind, severity, …) are dictionary-encoded
// (int32 indices). docs/tables.md lists every column.
//
// Rows keep the order in which sheets are added and, within a sheet, the
// order of the sheet. Nothing depends on time or map order: the same
// input gives byte-identical files.
//
// # In memory
//
// Build turns a slice of sheets into one arrow.Record per table, on a
// caller-supplied memory.Allocator. A Builder does the same sheet by
// sheet:
//
//	b := sheetarrow.NewBuilder(mem)
//	defer b.Release()
//	for _, s := range sheets {
//		if err := b.Add(s, audit.Check(s)); err != nil { … }
//	}
//	rec := b.NewRecord(sheetarrow.BudgetYears) // caller releases
//
// Call NewRecord every few hundred sheets to stream: a Builder's
// dictionaries only grow, so an index means the same value in every
// record of one Builder. Sheets without a Source (RS CSV imports) name
// their source with AddNamed.
//
// # Files
//
// A Writer streams sheets into one file per table (<table>.arrow,
// .parquet or .csv) and flushes a record batch every
// WriterOptions.FlushSheets sheets, so memory stays bounded for a whole
// year of sheets. WriteRecords writes records a Builder made.
//
//   - Arrow IPC file format. The file format holds one dictionary per
//     field; a Writer that flushes more than once spools its batches to
//     an IPC stream next to the file and rewrites them with the final
//     dictionary on Close.
//   - Parquet via pqarrow, zstd, 128 KiB pages, batches buffered into
//     row groups of up to ParquetOptions.RowGroupRows rows. The Arrow
//     schema is stored in the file ("ARROW:schema"), so pqarrow, pyarrow
//     and Polars get back the labels, units and dictionary types.
//     Parquet dictionary encoding is used for the key and dictionary
//     columns only; everything else is PLAIN (see writerProperties).
//   - CSV: RFC 4180, UTF-8 (no BOM unless CSVOptions.BOM), header row,
//     CRLF; null is an empty cell, an empty string is "".
//
// # arrow-go v17
//
// Four library defects are worked around here, each documented where it
// is handled. The IPC file writer never releases the dictionaries it
// writes: the dictionaries handed to it are copies in Go memory, so the
// caller's allocator sees no leak. The Parquet zstd codec builds a new
// encoder for every page: the first Parquet file a Writer opens replaces
// it, once for the process (compress.RegisterCodec, as parquet/compress
// documents), with one that reuses its encoders and writes the same
// bytes; importing the package changes no process-wide state. A Parquet column chunk
// that falls back from dictionary to plain pages gets its encoding_stats
// in map order: the writer never lets a chunk fall back. pqarrow's
// conversion of dictionary arrays allocates heavily: the Parquet writer
// decodes them itself. The IPC file *reader* still leaks the dictionaries
// it reads (a few hundred bytes per dictionary column); that is the
// reader's, not the files'.
//
// It holds: the Arrow schemas and builders of the sheettable tables, and their IPC, Parquet and CSV writers (the only package importing Arrow).
// It imports: reviewsheet/sheettable (the tables), reviewsheet, reviewsheet/audit (findings), reviewsheet/crossproject and the domain packages.
// It must never import: pdfsheet, input or the PDF library; nothing but cmd/ and examples import it.
package sheetarrow
