// Package normalize holds the extractor rules: the rewrites of sheet text
// printed by other extractors (pdftotext with and without -layout,
// Chromium, LibreOffice, …) into the text the section parsers of package
// reviewsheet were written against. Its entry point is Lines, which the
// parser calls once on the scanned lines before any label is matched:
//
//	lines, lost, notes := normalize.Lines(src, lines) // lost: the "-" cells put back; notes: the rules' warnings
//
// The rules, in the order Lines applies them (normalize.go lists what
// each removes): token normalisation of every line (linerules), "--"
// cells split off again (linerules: dehyphen.go), the budget tables of
// pdftotext's default mode (internal/budgetrules: the year columns, the
// 内訳 header and their cells out of order), the header rows
// (headerrows.go), values printed
// beside their labels (pairedvalues.go), slashes out of their line
// (slashes.go), contract rows (linerules: contractrows.go), rows of
// 費目・使途 side by side (userows.go), the boxes of 資金の流れ
// (flowcells.go) and the
// kind headings of 効果発現経路 (ocheads.go). A rule may only rewrite text
// that cannot parse as it stands; the gates (NeedsNormalizing for the
// whole input; rulegate.go and gutterrules.go for the layout rules, each
// asked only at the lines with a gutter; RestoreSlashes' at the lines
// with a ∕; lineclean.go for NormalizeLine, line by line) skip the rules
// when a cheap check shows they cannot change the input, and
// internal/gate.Force opens them for the tests (TestGatesEquivalence,
// TestGatesMutations and FuzzGates compare Lines gated and open).
//
// It holds: Lines (the one entry point), NeedsNormalizing and the rule gates, and the rules for layout text of the header, paired-value, slash, use-row, flow and outcome-heading cells (the spending list's are internal/listrules', which the parser calls on the list's lines).
// It imports: the standard library, internal/num, internal/sheettext, internal/textnorm, internal/gate, the domain package outcome, reviewsheet/internal/label, reviewsheet/internal/linerules, reviewsheet/internal/pathrules, reviewsheet/internal/basicrules, reviewsheet/internal/budgetrules and reviewsheet/internal/userules.
// It must never import: reviewsheet or any other package under it (audit, rscsv, sheetarrow, pdfsheet, input, sheetfmt, crossproject), the PDF library or Arrow (checked by .ci/imports).
package normalize
