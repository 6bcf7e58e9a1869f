// Package reviewsheet reads 行政事業レビューシート (administrative project
// review sheets, RS system format since 事業年度 2024) into a typed Sheet.
//
// # Input
//
// The input is the text of a sheet as extracted from its PDF (or the PDF
// itself, detected by its %PDF- header). The text looks like this (the
// sample testdata/rs2025-006423.txt, shortened):
//
//	2025年度行政事業レビューシート 内閣府
//	孤独・孤立対策推進経費
//	基本情報
//	組織情報 府省庁 内閣府
//	事業所管課室 内閣府 | 政策統括官（共生・共助担当） | …
//	基本情報 予算事業ID 006423 事業開始年度 2024 事業終了（予定）年度 終了予定なし
//	…
//	予算・執行
//	予算額執行額表
//	（単位：千円）
//	2023 2024 2025 2026
//	要求額 -- 408,000 1,351,442 --
//	…
//	執行率 -- 17.3% -- --
//	効果発現経路 … 点検・評価 … 支出先 … その他備考
//
// # How it reads
//
// Two layers, as in go/scanner and go/parser: internal/sheettext turns
// bytes into positioned non-blank lines (BOM, CRLF, form feeds and blank
// lines normalised away), and section parsers read those lines. Labels are
// typed constants matched exactly against known spellings, also when the
// PDF wrapped a label over several lines (関係する計画・ / 通知等). Cell text
// wrapped over lines is joined with nothing in between: the sheet wraps
// by width, in the middle of words and URLs alike.
//
// Text from other extractors reads the same: before any label is matched,
// one normalisation step (internal/normalize) folds look-alike ideographs
// (internal/textnorm), collapses runs of spaces and tabs between cells,
// reads －－, ーー and ―― cells as "--" and joins words a font change split
// ("2025 年度", "予算事業 ID"); table rows that layout text prints with
// their wrapped cells side by side (pdftotext -layout) are rewritten cell
// after cell from character positions (sheettext.Columns). Labels match
// their spellings in one place (label.MatchSpelling): full-width or ASCII
// letters and brackets, ∕ ／ /, dashes and a lone space inside a label
// are the same label; other wordings are declared in one table
// (labelSpellings in internal/label). A label wrapped in a column of its
// own with its row beside it, and a section heading with its first row
// beside it, are read as layout text prints them. Full-width digits and
// signs read as figures.
//
// Blank lines carry no meaning, with one exception: in the 補助率等 grid
// each wrapped cell stands on its own lines and a blank line may separate
// the cells of a row. Without those separators (most extractors write
// none) the row is split by what the sheet tells: the column order, and
// the shape of values (補助率 holds rates such as 1/2, 3/4、4/5, 定額;
// 補助上限等 names amounts in 千円). A row that still cannot be split is
// not an error — it is text, not a figure: the joined text is kept in
// Rate, Cap is absent, and a Warning says where.
//
// # Values
//
// Money is int64 yen: the sheet prints 千円, so 684,784 becomes 684784000.
// △ and ▲ read as minus. "--" (absent) is nil in Go and null in JSON and
// is distinct from 0. Rates are float64 percent as printed (17.3). IDs
// keep their leading zeros ("006423"). Where joining loses structure the
// printed lines are kept too (Subsidy.RateLines).
//
// # Errors
//
// Every problem is an *Error with file, line, column, the label being read
// and a sentinel (ErrMissing, ErrSyntax, ErrLayout, ErrConflict,
// ErrEncoding, ErrTooLarge); Parse returns them all as a sorted ErrorList.
// What could be read only partly without any figure in doubt (a free-text
// cell that cannot be split, WarnUnsplitCell) is a Warning in
// Sheet.Warnings instead, sorted like errors; Check reports each as a
// finding parse.<code> with severity warning. Strict parsing fails only
// when a figure (an amount, rate, count, year or ID) cannot be read for
// sure.
// A strict Parser returns no Sheet when there is any error; a Lenient one
// returns the partial Sheet as well. The parser never panics on input
// (FuzzParse), and a cut input is always an error (TestTruncated): the
// sheet prints "--" for an empty cell, so a label with nothing under it is
// ErrMissing.
//
// # JSON
//
// The JSON of a Sheet is the contract of `rsheet parse`. Keys:
//
//	fiscal_year        int     事業年度 of the title (2025)
//	title              string  行政事業レビューシート
//	ministry           string  府省庁 of the title
//	name               string  事業名
//	organization       {ministry, divisions[] (事業所管課室 split on " | "), responsible (作成責任者), other_orgs (その他担当組織)}
//	project_id         string  予算事業ID, 6 digits
//	start_year         int     事業開始年度
//	end_year           int|null 事業終了（予定）年度; null with no_end_planned
//	no_end_planned     bool    printed 終了予定なし
//	end_year_raw       string  the cell as printed
//	project_year       int     事業年度 of the 基本情報 row
//	category           string  事業区分
//	policies[]         {owner 政策所管, policy 政策, measure 施策, url 政策体系・評価書URL}
//	related_projects   string|null 関連事業
//	major_expense      string|null 主要経費
//	purpose            string|null 事業の目的
//	current_issues     string|null 現状・課題
//	overview[]         string  事業の概要, one item per ・ bullet
//	overview_url       string|null 事業概要URL
//	laws[]             {name 法令名, number 法令番号, article 条, paragraph 項, item 号・号の細分}
//	plans[]            {name 計画・通知名, url 計画・通知等URL}
//	methods[]          string  実施方法
//	subsidy_rates[]    {target 補助対象, rate 補助率, cap 補助上限等, rate_lines[], cap_lines[], url 補助率URL}
//	remarks            string|null 備考
//	budget             {years[], accounts[], items[], change_reasons 主な増減理由, special_notes その他特記事項}
//	  years[]          {year, request 要求額, initial 当初予算, supplementary 補正予算, carried_over 前年度から繰越し,
//	                    reserve 予備費等, total 計, executed 執行額 (yen, null for --), execution_rate 執行率 (%),
//	                    execution_rate_raw (the cell as printed, "17.3%" or "--": its decimals are the checked precision)}
//	  accounts[]       {category 会計区分, name 会計, sub 勘定, demand 要望額, note 備考}
//	  items[]          {account (index into accounts), budget_type 予算種別, item 歳出予算項目, item_path[],
//	                    note 備考, amount 予算額, next_request 翌年度要求額}
//	outcome            効果発現経路: see package outcome
//	kpi                {name 名前, url URL, excerpt 該当箇所} of 事業に関連するKPIが定められている閣議決定等
//	evaluation         点検・評価: {result 点検結果, target_year_evaluation 目標年度における効果測定に関する評価,
//	                    direction 改善の方向性, external {target 点検対象, last_year 最終実施年度,
//	                    reason 対象の理由, finding 所見, public_process 公開プロセス結果概要},
//	                    team_finding 所見, team_detail 詳細 (推進チーム), improvement 改善点・反映状況,
//	                    reflections[] {account 会計, sub 勘定, amount 反映額}, improvement_detail 詳細,
//	                    public_review 公開プロセス・秋のレビュー取りまとめ, other_points その他の指摘事項}
//	spending           支出先: see package spending
//	other_remarks      string|null その他備考
//	related_list[]     関連事業 row by row (RS CSV only; omitted for text)
//	registry           {ministry_order 府省庁の建制順, old_project_number 旧事業番号, list_order 整理表表示順}
//	                   (RS CSV only; omitted for text)
//	warnings[]         {file, line, column, label, path, code, message}: what was read only partly
//	                   (code unsplit_cell: a 補助率等 row kept joined in rate; no_table: an indicator
//	                   named without its 活動・成果目標と実績 table, kept with no values; lost_cell: a
//	                   cell of one "-" that pdftotext dropped, read as "-"; placed_by_title: 事業年度
//	                   and 事業開始年度 told apart by the title's year; placed_by_rate: a target cell
//	                   printed away from its table placed by the table's 達成率); omitted when there is none
//
// Keys that only the RS CSV can fill (registry, and in the outcome and
// spending packages more_texts, source_number, goal_type, location,
// corporate_type, method_detail, flow_note and the 5-4 columns of
// debt_contracts) are omitted, not null, for sheets read from text: the
// sheet does not print them, so they are not applicable rather than
// absent.
//
// Sheet.Source (not in the JSON) maps JSON paths such as
// "budget.years[1].executed" to the line where the figure was printed.
//
// It holds: the Sheet model, the entry points Parse and Parser, the section parsers and fields, positions (Source) and errors; the labels are in internal/label, the extractor rules in internal/normalize (over internal/linerules).
// It imports: the domain packages, internal/ text helpers (sheettext, textnorm, num, pdferr, gate) and its own internal/label, internal/linerules and internal/normalize.
// It must never import: reviewsheet/audit, rscsv, sheetarrow, pdfsheet, input, sheetfmt, crossproject, the PDF library or Arrow (checked by .ci/imports).
package reviewsheet
