package main

import (
	"math"
	"strings"
	"unicode/utf8"
)

// blockKind is how a paragraph of the text is drawn.
type blockKind int

const (
	freeText blockKind = iota // a heading: text without a box
	rowCells                  // one line of space-separated cells, one ruled box each
	textBox                   // several lines in one ruled box
	gridRow                   // side-by-side boxes of wrapped lines
)

type block struct {
	kind       blockKind
	lines      []string   // freeText, textBox
	cells      []string   // rowCells
	gridCells  [][]string // gridRow
	colW       []float64  // rowCells, gridRow: column widths
	sz         float64    // font size
	height     float64
	forceBreak bool
}

func (b *block) first() string {
	switch b.kind {
	case rowCells:
		return strings.Join(b.cells, " ")
	case gridRow:
		return b.gridCells[0][0]
	}
	return b.lines[0]
}

// gridHeader starts the one table whose rows hold side-by-side wrapped
// cells (補助対象, 補助率, 補助上限等, 補助率URL).
const gridHeader = "補助率等 "
const gridCols = 4

// blocks classifies the paragraphs and fixes sizes and column widths.
func (r *renderer) blocks(paras [][]string) ([]*block, error) {
	avail := r.pageW - 2*r.margin
	var out []*block
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		var b *block
		switch {
		case len(p) == 1 && (i < 2 || (!strings.Contains(p[0], " ") && utf8.RuneCountInString(p[0]) <= 12)):
			b = &block{kind: freeText, lines: p, sz: r.size * 1.1}
		case len(p) == 1:
			b = &block{kind: rowCells, cells: strings.Split(p[0], " "), sz: r.size}
		default:
			b = &block{kind: textBox, lines: p, sz: r.size}
		}
		out = append(out, b)
		if b.kind == rowCells && strings.HasPrefix(p[0], gridHeader) {
			for i+gridCols < len(paras) && len(paras[i+1]) == 1 && !strings.Contains(paras[i+1][0], " ") {
				out = append(out, &block{kind: gridRow, gridCells: paras[i+1 : i+1+gridCols], sz: r.size})
				i += gridCols
			}
		}
	}
	for _, b := range out {
		for _, f := range r.forced {
			if strings.HasPrefix(b.first(), f) {
				b.forceBreak = true
			}
		}
	}
	// Consecutive rows with the same number of cells share columns.
	for i := 0; i < len(out); {
		if out[i].kind != rowCells {
			i++
			continue
		}
		j := i + 1
		for j < len(out) && out[j].kind == rowCells && len(out[j].cells) == len(out[i].cells) {
			j++
		}
		if err := r.columns(out[i:j], avail); err != nil {
			return nil, err
		}
		i = j
	}
	for _, b := range out {
		if err := r.size1(b, avail); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// columns gives a run of rows shared column widths: each column as wide
// as its widest cell; the font shrinks when the row is wider than the page
// (with -keep-pad the cells' padding does not: the committed fixtures
// were made without it).
func (r *renderer) columns(rows []*block, avail float64) error {
	n := len(rows[0].cells)
	colW := make([]float64, n)
	for _, b := range rows {
		for k, c := range b.cells {
			w, err := r.lineWidth(c, r.size)
			if err != nil {
				return err
			}
			colW[k] = math.Max(colW[k], w+2*pad+1)
		}
	}
	total := 0.0
	for _, w := range colW {
		total += w
	}
	scale := 1.0
	if total > avail && !r.keepPad {
		scale = avail / total
		for k := range colW {
			colW[k] *= scale
		}
	} else if total > avail {
		// -keep-pad: only the text shrinks, the padding of every cell
		// stays; without it a much shrunk row's text overflows its box
		// into the next one
		fixed := float64(n) * (2*pad + 1)
		scale = (avail - fixed) / (total - fixed)
		for k := range colW {
			colW[k] = (colW[k]-(2*pad+1))*scale + 2*pad + 1
		}
	}
	for _, b := range rows {
		b.colW = colW
		b.sz = r.size * scale
		b.height = b.sz*lineAdv + 2*pad
	}
	return nil
}

// size1 sizes free text, text boxes and grid rows.
func (r *renderer) size1(b *block, avail float64) error {
	switch b.kind {
	case freeText, textBox:
		widest := 0.0
		for _, l := range b.lines {
			w, err := r.lineWidth(l, b.sz)
			if err != nil {
				return err
			}
			widest = math.Max(widest, w)
		}
		if widest+2*pad+1 > avail {
			b.sz *= avail / (widest + 2*pad + 1)
		}
		b.height = float64(len(b.lines))*b.sz*lineAdv + 2*pad
	case gridRow:
		first := avail * 0.16
		rest := (avail - first) / float64(gridCols-1)
		b.colW = []float64{first, rest, rest, rest}
		maxLines := 0
		for k, c := range b.gridCells {
			for _, l := range c {
				w, err := r.lineWidth(l, b.sz)
				if err != nil {
					return err
				}
				if w+2*pad+1 > b.colW[k] {
					b.sz = math.Min(b.sz, b.sz*(b.colW[k]-2*pad-1)/w)
				}
			}
			maxLines = max(maxLines, len(c))
		}
		b.height = float64(maxLines)*b.sz*lineAdv + 2*pad
	}
	return nil
}

// draw draws the block with its top at y.
func (b *block) draw(r *renderer, y float64) error {
	x := r.margin
	ascent := b.sz * 0.88
	switch b.kind {
	case freeText:
		return r.text(b.lines[0], x+pad, y+pad+ascent, b.sz)
	case rowCells:
		for k, c := range b.cells {
			r.box(x, y, b.colW[k], b.height)
			if err := r.text(c, x+pad, y+pad+ascent, b.sz); err != nil {
				return err
			}
			x += b.colW[k]
		}
	case textBox:
		r.box(x, y, r.pageW-2*r.margin, b.height)
		for i, l := range b.lines {
			if err := r.text(l, x+pad, y+pad+ascent+float64(i)*b.sz*lineAdv, b.sz); err != nil {
				return err
			}
		}
	case gridRow:
		for k, c := range b.gridCells {
			r.box(x, y, b.colW[k], b.height)
			for i, l := range c {
				if err := r.text(l, x+pad, y+pad+ascent+float64(i)*b.sz*lineAdv, b.sz); err != nil {
					return err
				}
			}
			x += b.colW[k]
		}
	}
	return nil
}

// box draws a cell border: one rectangle, or with -rules four ruling
// lines (as producers that draw tables with lines do).
func (r *renderer) box(x, y, w, h float64) {
	if !r.rules {
		r.pdf.RectFromUpperLeftWithStyle(x, y, w, h, "D")
		return
	}
	r.pdf.Line(x, y, x+w, y)
	r.pdf.Line(x, y+h, x+w, y+h)
	r.pdf.Line(x, y, x, y+h)
	r.pdf.Line(x+w, y, x+w, y+h)
}
