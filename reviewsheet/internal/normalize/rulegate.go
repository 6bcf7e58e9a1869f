package normalize

import (
	"strings"

	"github.com/rsheet/rsheet/internal/gate"
	"github.com/rsheet/rsheet/internal/sheettext"
)

// Gating the layout rules. Nine of the rules of Lines read
// cells printed side by side, apart by a gutter:
//
//   - sheettext.Columns starts a grid row only at a line with a run of
//     two or more spaces or a tab (its hasGutter);
//   - SplitPairedValues, SplitBesideLabel, SplitWrappedBeside,
//     ReorderContractRows, MoveHeaderBeside and UnfoldSideBySideRows
//     act only at a line that TwoSegments (or pairedValues,
//     headerBesideAt) cuts into two non-empty segments, which needs a
//     run of two or more ASCII spaces inside it;
//   - linerules.CollapseLabelHeaderRows and CollapseFigureRow act only
//     at a line of two or more segments apart by such a run (or a tab).
//
// Each returns its lines unchanged when no line has such a gutter, so
// the chain of them does too (each sees the lines the one before got).
// needsGutterRules checks that once, on the lines as they reach
// the first of them, and Lines skips the nine when it says no (Lines
// asks markLines, which lists the lines with a gutter for the gate each
// of the nine has of its own: gutterrules.go).
// Text in the sheet's own layout (one cell, or a row of cells apart by
// one space, per line) has no gutter; it reaches Lines when it
// needs something else (a look-alike code point, a dash pair, a no-break
// space, a double space in a free-text cell: that last one keeps the
// gate open).
//
// The gate only skips work: TestRuleGateEquivalence parses every
// extractor and variant text with the gate forced open (gate.Force) and
// as it is and asserts equal results, TestRuleGate2024 (sheetfmt) does
// the same on the rendered 2024 corpus, TestRuleGateMutations on
// seeded random edits that put gutters in and take them out, and
// FuzzRuleGate on the fuzzer's mutations. A gate stuck shut fails all
// of them on the layout texts.

// needsGutterRules reports whether some line has a gutter: a run of two
// or more ASCII spaces, or a tab.
func needsGutterRules(lines []sheettext.Line) bool {
	return gate.Force || len(gutterLines(lines, nil)) > 0
}

// hasGutter reports whether t has a run of two or more ASCII spaces or
// a tab.
func hasGutter(t string) bool {
	return strings.Contains(t, "  ") || strings.IndexByte(t, '\t') >= 0
}
