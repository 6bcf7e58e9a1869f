package reviewsheet

import (
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/rsheet/rsheet/internal/sheettext"
	"github.com/rsheet/rsheet/internal/textnorm"
	"github.com/rsheet/rsheet/reviewsheet/internal/label"
	"github.com/rsheet/rsheet/reviewsheet/internal/linerules"
	"github.com/rsheet/rsheet/reviewsheet/internal/normalize"
)

// DefaultMaxSize is the input size limit of a zero Parser: 64 MiB, far
// above any real sheet (the sample is 52 KB).
const DefaultMaxSize = 64 << 20

// Parser reads review-sheet text. The zero value is ready to use and
// strict: any error yields a nil Sheet.
type Parser struct {
	// Name is the input name used in errors and Sheet.Source ("" prints
	// as <input>).
	Name string
	// Lenient makes Parse return the partial Sheet together with all
	// errors instead of a nil Sheet.
	Lenient bool
	// MaxSize limits the input in bytes; 0 means DefaultMaxSize.
	MaxSize int64
	// MaxPages limits the pages of a PDF input; 0 means DefaultMaxPages.
	// A longer PDF is refused with ErrPDFLimit.
	MaxPages int
	// PDF reads the text layer of PDF input (detected by content). This
	// package does not depend on a PDF library: set it to pdfsheet.Extract
	// (package reviewsheet/pdfsheet), or use pdfsheet.Parse. When nil, PDF
	// input is refused with ErrPDF saying so.
	PDF PDFReader
}

// Parse reads a whole sheet from r with a zero Parser.
func Parse(r io.Reader) (*Sheet, error) {
	var p Parser
	return p.Parse(r)
}

// Parse reads a whole sheet from r. Errors are an ErrorList of *Error,
// sorted by line. In strict mode (the default) a sheet with errors is
// returned as nil; with Lenient the partial sheet comes back too.
func (p *Parser) Parse(r io.Reader) (*Sheet, error) {
	max := p.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	if max > sheettext.MaxSize {
		max = sheettext.MaxSize
	}
	src, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, ErrorList{{File: p.Name, Err: fmt.Errorf("read: %w", err)}}
	}
	if int64(len(src)) > max {
		return nil, ErrorList{{File: p.Name, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)}}
	}
	return p.ParseBytes(src)
}

// ParseBytes reads a whole sheet from src; see Parse.
func (p *Parser) ParseBytes(src []byte) (*Sheet, error) {
	max := p.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	if int64(len(src)) > max || len(src) > sheettext.MaxSize {
		return nil, ErrorList{{File: p.Name, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)}}
	}
	if IsPDF(src) {
		return p.parsePDF(src)
	}
	// the input is validated once (the conversion is validated again)
	sjis, valid := false, sheettext.ValidUTF8(src)
	if !valid {
		if conv, ok := textnorm.FromShiftJIS(src); ok {
			src, sjis, valid = conv, true, sheettext.ValidUTF8(conv)
		}
	}
	file, lines := sheettext.Scan(p.Name, src)
	// the de-hyphenation check is made once, for the rules and for lostDash
	dehyphenated := linerules.HasDehyphenated(src)
	cellALine := !dehyphenated && linerules.HasCellALine(lines)
	lines, lost, notes := normalize.Gated(src, lines, dehyphenated, cellALine)
	ps := &parser{file: file, lines: lines, sheet: &Sheet{}, src: src, defaultMode: dehyphenated || cellALine, dehyphenated: dehyphenated}
	ps.text.Size(len(src) * textShare / 100) // the joined texts of the cells: some 30–50% of the input
	for _, pos := range lost {
		ps.warnAt(pos, label.OcNext, "", WarnLostCell, "no value: read as \"-\" (pdftotext drops a cell that is one \"-\")")
	}
	for _, n := range notes { // warnings of the rules (linerules.Note)
		ps.warnAt(n.Pos, n.Label, n.Path, n.Code, "%s", n.Msg)
	}
	ps.sheet.Source = newSource(file)
	if !valid {
		ps.errorAt(firstInvalid(src, file), "", ErrEncoding, "neither UTF-8 nor Shift_JIS (CP932) text")
	} else {
		if sjis {
			ps.warnAt(ps.startPos(), "", "", WarnShiftJIS, "the input is Shift_JIS (CP932), not UTF-8: read after conversion (lines as in the file)")
		}
		ps.parse()
		ps.releaseFields()
		ps.readingOrderError()
	}
	ps.sheet.Warnings = ps.warnings()
	errs := ps.errorList()
	if len(errs) > 0 && !p.Lenient {
		return nil, errs
	}
	return ps.sheet, errs.Err()
}

func firstInvalid(src []byte, f *sheettext.File) sheettext.Pos {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			return sheettext.Pos(i + 1)
		}
		i += n
	}
	return sheettext.NoPos
}

// parser is the state of one parse.
type parser struct {
	file  *sheettext.File
	lines []sheettext.Line
	sheet *Sheet
	diags []diag
	warns []warnDiag
	src   []byte // the text input (nil for a PDF), for normalize.SideBySide
	// defaultMode: the input shows pdftotext's de-hyphenation
	// (linerules.HasDehyphenated) or is printed a cell a line
	// (linerules.HasCellALine); lostDash and the default-mode guards
	// (strayCell) ask it
	defaultMode bool
	// dehyphenated: the input shows pdftotext's de-hyphenation (the first
	// gate), the text in which a cell that is one "-" is dropped
	// (textField reads an empty cell there as "-")
	dehyphenated bool
	// slab holds the fields of the sections (fieldsFor), slabUsed of them
	// handed out
	slab     *[]field
	slabUsed int
	strs     []string        // the chunk keepString fills
	pieces   []string        // the chunk keepSplit fills
	text     sheettext.Chunk // the joined texts of cells
	amounts  []int64         // the chunk keepAmount fills
	ints     []int           // the chunk keepInts takes from
	// blockHint: the number of blocks 資金の流れ printed, to size the list's
	blockHint int
}

// diag is an error before its position is expanded.
type diag struct {
	pos   sheettext.Pos
	label string
	err   error
}

// errorAt records an error at pos wrapping sentinel with a message.
func (p *parser) errorAt(pos sheettext.Pos, l label.Label, sentinel error, format string, args ...any) {
	err := sentinel
	if format != "" {
		err = fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), sentinel)
	}
	p.diags = append(p.diags, diag{pos: pos, label: string(l), err: err})
}

// endPos is the position reported for something missing at the end of
// the input.
func (p *parser) endPos() sheettext.Pos {
	if len(p.lines) == 0 {
		return sheettext.NoPos
	}
	return p.lines[len(p.lines)-1].Pos
}

// mark records where the value at path was printed.
// mark records where the value at a fixed path was printed.
func (p *parser) mark(path string, pos sheettext.Pos) {
	p.sheet.Source.set(jpath{a: path, i: -1, j: -1}, "", pos)
}

// markAt records where the value at path+leaf was printed.
func (p *parser) markAt(path jpath, leaf string, pos sheettext.Pos) {
	p.sheet.Source.set(path, leaf, pos)
}

func (p *parser) errorList() ErrorList {
	if len(p.diags) == 0 {
		return nil
	}
	l := make(ErrorList, 0, len(p.diags))
	for _, d := range p.diags {
		pos := p.file.Position(d.pos)
		l = append(l, &Error{File: p.file.Name, Line: pos.Line, Column: pos.Column, Label: d.label, Err: d.err})
	}
	l.Sort()
	return l
}

// section is the span of lines under one top-level heading (the heading
// line itself excluded).
type section struct {
	label label.Label
	pos   sheettext.Pos // of the heading; NoPos when the heading is missing
	lines []sheettext.Line
}

// optionalSections may be missing without an error.
var optionalSections = map[label.Label]bool{label.SecOutcome: true, label.SecKPI: true}

// split finds the top-level headings in order. A heading is a label that
// fills its lines on its own. It returns the header lines (before the
// first heading) and one section per heading found.
func (p *parser) split() (header []sheettext.Line, secs map[label.Label]*section) {
	secs = make(map[label.Label]*section, len(label.SectionOrder))
	type hit struct {
		l    label.Label
		i, n int
		rest string // text beside the heading
	}
	hits := make([]hit, 0, len(label.SectionOrder))
	next := 0 // index into label.SectionOrder of the next heading to look for
	label.SectionSet.Compile()
	for i := 0; i < len(p.lines) && next < len(label.SectionOrder); i++ {
		var m uint64
		i, m = label.SectionSet.NextCandidate(p.lines, i, label.After(next-1))
		for m != 0 {
			k := label.NextSpec(&m)
			n, rest, ok := label.SectionSet.Match(p.lines, i, k)
			// Layout text may print a heading with its section's first
			// row beside it (効果発現経路 アクティビティ アウトプット …);
			// that row then opens the section. 基本情報 is also a row
			// label of its own section, so it must stand alone.
			if ok && (rest == "" || label.SectionOrder[k] != label.SecBasic) {
				hits = append(hits, hit{label.SectionOrder[k], i, n, rest})
				next = k + 1
				i += n - 1
				break
			}
		}
	}
	start := len(p.lines)
	if len(hits) > 0 {
		start = hits[0].i
	}
	header = p.lines[:start]
	all := make([]section, len(hits)) // one allocation for the sections
	for j, h := range hits {
		end := len(p.lines)
		if j+1 < len(hits) {
			end = hits[j+1].i
		}
		body := p.lines[h.i+h.n : end]
		if h.rest != "" {
			beside := sheettext.Line{Text: h.rest, Pos: p.lines[h.i].Pos}
			body = append([]sheettext.Line{beside}, body...)
		}
		all[j] = section{label: h.l, pos: p.lines[h.i].Pos, lines: body}
		secs[h.l] = &all[j]
	}
	for _, l := range label.SectionOrder {
		if secs[l] == nil && !optionalSections[l] {
			p.errorAt(p.endPos(), l, ErrMissing, "section heading not found")
		}
	}
	return header, secs
}

// parse runs every section parser.
func (p *parser) parse() {
	if len(p.lines) == 0 {
		p.errorAt(sheettext.NoPos, "", ErrMissing, "empty input")
		return
	}
	header, secs := p.split()
	p.parseHeader(header)
	get := func(l label.Label) []sheettext.Line {
		if s := secs[l]; s != nil {
			return s.lines
		}
		return nil
	}
	if secs[label.SecBasic] != nil {
		p.parseBasic(get(label.SecBasic))
	}
	if secs[label.SecBudget] != nil {
		p.parseBudget(get(label.SecBudget))
	}
	if s := secs[label.SecOutcome]; s != nil {
		p.parseOutcome(s)
	}
	if secs[label.SecKPI] != nil {
		p.parseKPI(get(label.SecKPI))
	}
	if secs[label.SecEvaluation] != nil {
		p.parseEvaluation(get(label.SecEvaluation))
	}
	if s := secs[label.SecSpending]; s != nil {
		p.parseSpending(s)
	}
	if s := secs[label.SecOtherRemarks]; s != nil {
		lines := s.lines
		// その他備考 is the last section and free text: a title line in it
		// is another sheet (files concatenated), never a remark.
		for i, l := range lines {
			if _, _, _, ok := linerules.SplitTitle(l.Text); ok {
				p.errorAt(l.Pos, label.SecOtherRemarks, ErrLayout, "another sheet begins here (%q): one sheet per input; split the file", l.Text)
				lines = lines[:i]
				break
			}
		}
		if len(lines) == 0 {
			p.errorAt(s.pos, label.SecOtherRemarks, ErrMissing, "no value (an empty cell is printed as --)")
		}
		if n := linerules.StrayAfterAbsent(lines); n > 0 && p.lostDash() { // (pdftotext default mode: cells out of their tables)
			p.errorAt(lines[1].Pos, label.SecOtherRemarks, ErrLayout, "%d lines after the value -- (%q…): text out of its table, not a remark", n, lines[1].Text)
			lines = lines[:1]
		}
		if (!linerules.OnlyDashes(lines) || !p.lostDash()) && (len(lines) == 0 || !p.guardText(lines, label.SecOtherRemarks)) {
			if v, ok := p.text.TextString(lines); ok {
				p.sheet.OtherRemarks = p.keepString(v)
			}
		}
	}
}

// textShare is the size of the first buffer of parser.text in percent
// of the input: the cells' joined texts take 28% of a sheet of the 2024
// corpus or less for one in ten sheets, 40% for half of them, 51% or
// less for nine in ten.
const textShare = 40

// readingOrderError adds, to the errors of text in an extractor's
// reading order (parser.defaultMode), one error at its first line that
// says so and counts its table-layout errors: they are cells that order
// printed away from their rows, which the page's layout (the PDF itself,
// or pdftotext -layout) keeps. Text with no such error gets none.
func (p *parser) readingOrderError() {
	if !p.defaultMode {
		return
	}
	n := 0
	for _, d := range p.diags {
		if errors.Is(d.err, ErrLayout) {
			n++
		}
	}
	if n == 0 {
		return
	}
	p.errorAt(p.startPos(), "", ErrLayout, "the text is in an extractor's reading order (pdftotext without -layout, or table cells a line each), not the page's layout: the %d table layout errors below are cells it printed away from their rows; the PDF itself and `pdftotext -layout` text keep the rows", n)
}
