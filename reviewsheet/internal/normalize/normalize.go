package normalize

import (
	"bytes"
	"strings"

	"github.com/rsheet/rsheet/internal/gate"
	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/reviewsheet/internal/basicrules"
	"github.com/rsheet/rsheet/reviewsheet/internal/budgetrules"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/reviewsheet/internal/pathrules"
	"github.com/rsheet/rsheet/reviewsheet/internal/userules"
)

// Spelling tolerance, in one place. Extractors other than the one the
// section parsers were written against print the same sheet with
// differences that carry no meaning; Lines removes them from
// every line once, before any label is matched, so that no section parser
// needs to know about them:
//
//   - cells printed side by side (layout text): linerules.Rewritten one after the
//     other (sheettext.Columns);
//   - in pdftotext default-mode text, format characters that print
//     nothing (zero-width space, joiners, word joiner, U+FEFF) where a
//     cell starts are dropped first, before any rule (invisible.go);
//   - look-alike code points: Kangxi radicals, CJK radicals and
//     compatibility ideographs, ‧ (textnorm.Fold; PDFs get the same fold
//     in internal/pdftext);
//   - page numbers ("3 / 16") next to a page break are dropped, and the
//     unit （単位：千円） printed beside the first row of its table stands
//     on a line of its own;
//   - white space between cells: a run of two or more spaces, a tab, a
//     no-break space, or any run mixing them with ideographic spaces
//     becomes one ASCII space; white space at either end of a line is
//     dropped. A single ideographic space between words is text and stays;
//   - a cell printed as two dashes of another kind (－－, ーー, ――, ‐‐)
//     reads as "--" (absent);
//   - a "--" cell that pdftotext (default mode) glued to the next line
//     by its de-hyphenation is split off again (dehyphen.go);
//   - a ∕ printed out of its line goes back into its label (slashes.go);
//   - two values printed side by side between the labels they belong
//     to are put under their labels, and a wrapped label whose last
//     piece stands beside its first is put in order, and one with its
//     row's cells beside several of its lines stands before them
//     (pairedvalues.go);
//   - a contract row printed beside its name is put after its 契約方式等
//     (contractrows.go), a header row beside the row above moves down
//     to the rows it heads (headerrows.go), and rows of 費目・使途
//     printed side by side are put one after the other (userows.go);
//   - a table's header row printed one cell per line is one line again
//     (headerrows.go);
//   - a space a font change put between a number and 年度 ("2025 年度"),
//     between a month and its day ("６月 11日") or between Japanese and
//     a Latin label word ("予算事業 ID", "事業概要 URL", "KPI") is
//     dropped.
//
// Full-width digits and signs are read by the number parsers
// (normalizeNumber) and full-width or ASCII variants of the letters,
// parentheses and slashes inside a label by MatchSpelling (labelKeyRune):
// both keep the text as printed.
//
// Limitation: the check does not look for an ideographic space next to
// an ASCII space or at a line end, and looks for runs of spaces, tabs,
// U+00A0 and ーー in the first 16 KB only (searching for a space
// followed by a frequent byte costs as much as the parse saves); such
// lines are normalised only when something else in the input asks for
// it (the section parsers split cells on runs of spaces and tabs
// anyway).
//
// Most inputs need none of this, and the check that says so
// (NeedsNormalizing) searches for rare bytes with the vectorised
// bytes.IndexByte and bytes.Index.

// Lines applies the rules above to lines, or returns them as
// they are when src needs nothing. It also returns the positions of the
// cells of one "-" that pdftotext dropped and the rules put back (see
// dehyphen.go), for the parser to report. Grid rows of layout text (cells side
// by side, apart by runs of spaces) are first linerules.Rewritten cell after cell
// by sheettext.Columns, which needs the spaces this step collapses.
func Lines(src []byte, lines []sheettext.Line) ([]sheettext.Line, []sheettext.Pos, []linerules.Note) {
	return Gated(src, lines, linerules.HasDehyphenated(src), linerules.HasCellALine(lines))
}

// Gated is Lines for a caller that has asked both gates already:
// dehyphenated is linerules.HasDehyphenated(src), cellALine
// linerules.HasCellALine(lines). The default-mode rules run under either;
// SplitDehyphenated, which undoes the de-hyphenation, only under the
// first.
func Gated(src []byte, lines []sheettext.Line, dehyphenated, cellALine bool) ([]sheettext.Line, []sheettext.Pos, []linerules.Note) {
	defaultMode := dehyphenated || cellALine
	if !defaultMode && !NeedsNormalizing(src) {
		return lines, nil, nil
	}
	var lost []sheettext.Pos
	var notes []linerules.Note
	if defaultMode {
		lines = dropInvisible(lines)
		if dehyphenated {
			lines, lost = linerules.SplitDehyphenated(lines)
		}
		lines = budgetrules.Apply(lines)
		lines = joinFlowCells(lines)
		lines = linerules.JoinOrgColumn(lines)
		lines = linerules.SplitGluedURLCell(lines)
		lines = tableParagraphs(lines)
		lines = tablePairs(lines)
		lines = joinPlanHeaderLines(lines)
		lines = joinMethodParagraphs(lines)
		lines, notes = basicrules.UncolumnSubsidies(lines)
		lines = joinSubsidyHeader(lines)
		lines = joinReflectionRow(lines)
		lines = linerules.JoinReflectionDashes(lines)
		lines = linerules.SlashesAfterLabel(lines)
		lines = linerules.JoinInterruptedLabel(lines)
		lines = linerules.JoinLabelRowDashes(lines)
		lines = pathrules.GatherKindColumn(lines)
		lines = pathrules.MoveActivityText(lines)
		lines = pathrules.MoveSourceSlashes(lines)
		lines = pathrules.MoveTableIndicator(lines)
		lines = pathrules.MoveCellsBeforeNumbers(lines)
		lines = pathrules.MoveNumbersAfterActivity(lines)
		var linkDashes []sheettext.Pos
		var placed []linerules.Note
		lines, linkDashes, placed = pathrules.JoinRowMajorTable(lines)
		lost = append(lost, linkDashes...)
		notes = append(notes, placed...)
		lines = pathrules.JoinColumnTable(lines)
		lines = pathrules.JoinPathNumbers(lines)
		lines = pathrules.MoveOneStageValue(lines)
		lines = pathrules.MoveStrayIndicator(lines)
		lines = pathrules.MoveGoalColumn(lines)
		lines = pathrules.MoveQualDash(lines)
		lines = userules.JoinUsesHeader(lines)
		lines = userules.UntransposeUseRows(lines)
		lines = userules.JoinDebtHeader(lines)
	}
	lines = JoinHeaderRows(lines, defaultMode)
	if defaultMode {
		lines = basicrules.Apply(lines)
		var placed []linerules.Note
		lines, placed = basicrules.PlaceYearsByTitle(lines)
		notes = append(notes, placed...)
	}
	var dirty, paged, gutters, divides [32]int // markLines' lists, most often this short
	buf := lineMarks{dirty: dirty[:0], paged: paged[:0], gutters: gutters[:0], divides: divides[:0]}
	marks := markLines(lines, &buf) // gutterrules.go
	if gate.Force || anyAt(lines, marks.divides, slashRuleAt) {
		lines = RestoreSlashes(lines)
		marks = markLines(lines, &marks)
	}
	if len(marks.gutters) > 0 || gate.Force { // see rulegate.go
		// CollapseLabelHeaderRows, CollapseFigureRow, sheettext.Columns,
		// SplitPairedValues, SplitBesideLabel, SplitWrappedBeside,
		// ReorderContractRows, MoveHeaderBeside, UnfoldSideBySideRows,
		// each behind its gate (gutterrules.go)
		var ran bool
		if lines, ran = applyGutterRules(lines, marks.gutters); ran {
			marks.valid = false // lines rewritten: asked again
		}
	}
	// sized once: a line is dropped or split in two only here and there
	out := make([]sheettext.Line, 0, len(lines)+len(lines)/16+4)
	for i := range lines {
		l := lines[i]
		var clean, slash bool
		if marks.valid {
			clean, slash = marks.next(i)
		} else {
			clean, slash, _ = cleanLine(l.Text) // lineclean.go
		}
		if !clean || gate.Force {
			l.Text, slash = linerules.NormalizeLine(l.Text), true
		}
		// a page footer or header "1 / 16": the last line of a page or
		// the first (the first line of the input starts the first page;
		// mutool and PyMuPDF print Chromium's header before the page)
		if slash && linerules.IsPageNumber(l.Text) && (i == 0 || l.Page || i+1 == len(lines) || lines[i+1].Page) {
			continue
		}
		// a unit printed in a column of its own beside the first row of
		// its table: the unit line, then the row
		if rest, ok := cutUnit(l.Text); ok {
			out = append(out, sheettext.Line{Text: label.UnitThousandYen, Pos: l.Pos, Break: l.Break, Page: l.Page})
			l = sheettext.Line{Text: rest, Pos: l.Pos + sheettext.Pos(len(label.UnitThousandYen)+1)}
		}
		out = append(out, l)
	}
	return out, lost, notes
}

// cutUnit is strings.CutPrefix(t, label.UnitThousandYen+" "), the first
// byte compared before the rest (most lines start otherwise).
func cutUnit(t string) (string, bool) {
	const unit = label.UnitThousandYen + " "
	if t == "" || t[0] != unit[0] {
		return t, false
	}
	return strings.CutPrefix(t, unit)
}

// NeedsNormalizing reports whether some line of src would change under
// NormalizeLine (apart from a single leading space, which the section
// parsers already ignore). It runs on every input, so it never looks at
// each byte in Go code: it searches for the rare bytes and byte strings
// that any change needs (bytes.IndexByte and bytes.Index run vectorised)
// and looks closer only where they occur. On amd64 one pass of vector
// compares finds the same (needsScan, rarescan.go).
func NeedsNormalizing(src []byte) bool {
	if useRareBlocks {
		return needsScan(src)
	}
	return needsHops(src)
}

// needsHops is NeedsNormalizing by searches for each rare byte.
func needsHops(src []byte) bool {
	// Layout text, tab-separated cells, browser copy-paste and a font
	// that draws -- as ーー show on every page: their marks (a run of
	// spaces, a tab, U+00A0, ーー) are looked for in the first sniffSize
	// bytes only. Look-alike code points, which a font may use for a few
	// characters only, are looked for in the whole input: a radical, ‧ or
	// dashes (E2), a compatibility ideograph or full-width dashes (EF), a
	// supplementary compatibility ideograph (F0).
	head := src[:min(len(src), sniffSize)]
	if bytes.Contains(head, []byte("  ")) || bytes.IndexByte(head, '\t') >= 0 || hopNeeds(head, 0xC2) || hopNeeds(head, 0xBC) {
		return true
	}
	// (A space before ID, URL or KPI needs no normalising: MatchSpelling
	// skips a lone space inside a label.)
	return hopNeeds(src, 0xE2) || hopNeeds(src, 0xEF) || bytes.IndexByte(src, 0xF0) >= 0
}

// sniffSize is how much of the input NeedsNormalizing reads for the
// marks of layout text: the first pages.
const sniffSize = 16 << 10

// hopNeeds visits every occurrence of the byte b in src and reports
// whether one starts (or, for BC, ends the first ー of) something
// NormalizeLine changes. The bytes are rare enough in sheet text that
// the hops cost little more than the vectorised search.
func hopNeeds(src []byte, b byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(src[i:], b)
		if j < 0 {
			return false
		}
		i += j
		switch b {
		case 0xC2: // no-break space
			if i+1 < len(src) && src[i+1] == 0xA0 {
				return true
			}
		case 0xBC: // ーー: E3 83 BC E3 83 BC
			if i >= 2 && hasPrefixAt(src, i-2, "ーー") {
				return true
			}
		case 0xE2, 0xEF:
			if lookAlikeAt(src, i) {
				return true
			}
		}
	}
}

func hasPrefixAt(src []byte, i int, s string) bool {
	return i+len(s) <= len(src) && string(src[i:i+len(s)]) == s
}
