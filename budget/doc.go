// Package budget holds the 予算・執行 part of a review sheet: the
// 予算額執行額表 (one column per budget year), the 予算内訳表 (accounts and
// the 予算種別/歳出予算項目 rows) and the free-text notes beside them.
//
// The package is pure Go: it knows nothing of sheet text, PDFs, CSVs or
// Arrow. Readers (package reviewsheet, the RS CSV importer) fill it, and
// its methods recompute the figures the sheet derives, each method stating
// its formula and rounding.
//
// Money is int64 yen. The sheet prints 千円, so a printed 684,784 is
// 684784000 yen. A nil pointer means the sheet printed "--" (absent); a
// zero means the sheet printed 0.
//
// The table as printed (2025 format, 単位：千円):
//
//	2023 2024 2025 2026
//	要求額 -- 408,000 1,351,442 --
//	当初予算 0 203,368 210,338 --
//	補正予算 -- 3,050,000 -- --
//	前年度から繰越し -- 700,540 3,026,150 --
//	予備費等 -- -- -- --
//	計 0 3,953,908 3,236,488 --
//	執行額 -- 684,784 -- --
//	執行率 -- 17.3% -- --
//
// It holds: the budget model (予算・執行, 予算内訳, accounts) and its recomputations (計, 執行率, 不用, sums in checked int64 yen).
// It imports: the standard library and internal/num.
// It must never import: anything else of rsheet (no parser, no I/O, no Arrow or PDF code).
package budget
