// Package label holds the labels a review sheet prints and how they are
// matched: every label as a typed constant (Label) by its canonical
// spelling, the other spellings in one table (labelSpellings), the exact,
// wrap-aware matcher, and the compiled sets of labels each section reads.
//
// A label matches at a line when the line (or the lines it wraps over, at
// most MaxLines) spells it exactly, followed by the end of the line or an
// ASCII space and more text — never by substring search. What extractors
// change inside a label without meaning is tolerated rune by rune:
// full-width or ASCII letters, digits and brackets, the slashes ∕ ／ /,
// dashes, look-alike ideographs and a lone space a font change put inside
// the label (MatchSpelling). A Set indexes the first three bytes of every
// spelling of its labels in a perfect hash table (keyTable), so a line
// that cannot start one is ruled out before any string comparison; the
// index is built once, on first use. Loops that look for a few labels
// among many lines (Set.NextCandidate, Find, NextOcHeading) pass over the
// other lines without a call, and a spelling that differs from the line
// in its second character is ruled out before MatchSpelling.
//
//	n, rest, ok := label.Match(lines, i, label.OcGoal)     // 活動目標, possibly wrapped
//	rest, ok = label.Cut("当初見込み∕目標値(件)", string(label.OcRowTarget))
//	set := label.NewSet([]label.Spec{{L: label.SpFlow}, {L: label.SpTopList}})
//
// The tables: the section headings (SectionOrder, SectionSet), the spec
// tables of each section (BasicSpecs, BudgetSpecs, OcSpecs with OcGroups,
// KPISpecs, EvaluationSpecs, SpendingSpecs, ListHeaders), and the row and
// column labels of the tables (BudgetRows, OcKindLabels, OcRows,
// AccountHeader, ItemHeader).
//
// It holds: the Label type, every label constant and spelling, the matcher (Match, Find, MatchSpelling, Cut, CutToken), Spec and Set (Candidates, NextCandidate, InlineCandidates), the kind headings (OcHeading, NextOcHeading, OcKindOf), and the spec and row-label tables of every section.
// It imports: the standard library, internal/sheettext, internal/textnorm and the domain packages budget and outcome (the budget types and outcome kinds some labels name).
// It must never import: reviewsheet or any package under it (audit, rscsv, sheetarrow, pdfsheet, input, sheetfmt, crossproject, internal/normalize, internal/linerules), the PDF library or Arrow (checked by .ci/imports).
package label
