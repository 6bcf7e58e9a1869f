package pdftext

import (
	"math"
	"sort"
	"strings"
)

// Layout tolerances, in multiples of the font size unless stated.
const (
	baselineTol = 0.35 // glyphs within this of a line's baseline join it (see lines.go)
	// paraGap: free lines (outside boxes) further apart than this many
	// font sizes start a new paragraph (a blank line).
	paraGap = 1.8
	// minBox is the smallest side, in points, of a rectangle taken as a
	// cell; thinner ones are ruling lines.
	minBox = 2.0
	// rowTol is how far apart, in points, the tops of two cells may be
	// and still form one row.
	rowTol = 2.0
	// ruleTol is how far, in points, a ruling line may stop short of the
	// point it has to pass.
	ruleTol = 1.0
)

// line is one rebuilt text line.
type line struct {
	y, size float64
	text    string
}

// cell is a rectangle with its text lines, or a free line outside any
// rectangle.
type cell struct {
	r     rect
	lines []line
	free  bool
}

// layoutPage rebuilds the text of one page from glyphs and rectangles:
// glyphs inside a rectangle form that cell's lines; cells whose tops line
// up form a row, read left to right. A row whose cells all hold one line
// is printed on one line with cells separated by single spaces; otherwise
// each cell's lines are printed in turn, cells separated by a blank line.
// Text outside rectangles is printed line by line, a blank line before a
// new paragraph.
func layoutPage(pc *pageContent) string {
	boxes := make([]rect, 0, len(pc.rects))
	for _, r := range pc.rects {
		if r.x1-r.x0 >= minBox && r.y1-r.y0 >= minBox && !background(r, pc) {
			boxes = append(boxes, r)
		}
	}
	// Smallest boxes first, so that a glyph goes to the innermost cell.
	sort.SliceStable(boxes, func(i, j int) bool { return area(boxes[i]) < area(boxes[j]) })
	members := make([][]glyph, len(boxes))
	var free []glyph
	for _, g := range pc.glyphs {
		if isBlank(g.text) {
			continue
		}
		cx, cy := g.x+g.w/2, g.y+g.size*0.3
		k := -1
		for i, b := range boxes {
			if cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1 {
				k = i
				break
			}
		}
		if k < 0 {
			free = append(free, g)
		} else {
			members[k] = append(members[k], g)
		}
	}
	var cells []cell
	for i, gs := range members {
		if len(gs) > 0 {
			cells = append(cells, cell{r: boxes[i], lines: buildLines(gs)})
		}
	}
	if len(pc.rules) > 0 {
		var ruled [][]glyph
		var ruledBox []rect
		ruled, ruledBox, free = ruledCells(free, pc.rules)
		for i, gs := range ruled {
			cells = append(cells, cell{r: ruledBox[i], lines: buildLines(gs)})
		}
	}
	for _, l := range dropFooter(buildLines(free), pc) {
		cells = append(cells, cell{r: rect{y1: l.y + l.size}, lines: []line{l}, free: true})
	}
	// Top to bottom, then left to right; ties by position keep the output
	// deterministic.
	sort.SliceStable(cells, func(i, j int) bool {
		a, b := cells[i].r, cells[j].r
		if math.Abs(a.y1-b.y1) > rowTol {
			return a.y1 > b.y1
		}
		return a.x0 < b.x0
	})
	var out strings.Builder
	var prevFree *line
	for i := 0; i < len(cells); {
		if cells[i].free {
			l := cells[i].lines[0]
			if out.Len() > 0 && (prevFree == nil || prevFree.y-l.y > paraGap*l.size) {
				out.WriteByte('\n')
			}
			out.WriteString(l.text)
			out.WriteByte('\n')
			prevFree = &cells[i].lines[0]
			i++
			continue
		}
		prevFree = nil
		j := i + 1
		for j < len(cells) && !cells[j].free && math.Abs(cells[j].r.y1-cells[i].r.y1) <= rowTol {
			j++
		}
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		writeRow(&out, cells[i:j])
		i = j
	}
	return out.String()
}

// writeRow prints one row of cells, left to right. Consecutive cells of
// one line each are printed on one line, separated by single spaces; a
// cell of several lines (a wrapped cell) is printed line by line; a blank
// line separates these parts. So a row whose only wrapped cell is a label
// spanning the rows beside it (予算額執行額表 / （単位：千円）) prints the
// label, then the other cells on one line; a row whose first cell wraps
// (a contract name) prints that cell, then the figures on one line.
func writeRow(out *strings.Builder, row []cell) {
	for k := 0; k < len(row); {
		if k > 0 {
			out.WriteByte('\n')
		}
		if len(row[k].lines) > 1 {
			for _, l := range row[k].lines {
				out.WriteString(l.text)
				out.WriteByte('\n')
			}
			k++
			continue
		}
		j := k
		for ; j < len(row) && len(row[j].lines) == 1; j++ {
			if j > k {
				out.WriteByte(' ')
			}
			out.WriteString(row[j].lines[0].text)
		}
		out.WriteByte('\n')
		k = j
	}
}

// background reports a filled rectangle that holds a table rather than
// being a cell: another rectangle or a ruling line lies inside it (its
// centre more than ruleTol inside every edge). wkhtmltopdf fills the page
// body white behind the tables, and a label cell's shading is a cell
// only because nothing is drawn inside it.
func background(b rect, pc *pageContent) bool {
	inside := func(x, y float64) bool {
		return x > b.x0+ruleTol && x < b.x1-ruleTol && y > b.y0+ruleTol && y < b.y1-ruleTol
	}
	for _, r := range pc.rects {
		if r != b && r.x0 >= b.x0 && r.x1 <= b.x1 && r.y0 >= b.y0 && r.y1 <= b.y1 && inside((r.x0+r.x1)/2, (r.y0+r.y1)/2) {
			return true
		}
	}
	for _, l := range pc.rules {
		if inside((l.x0+l.x1)/2, (l.y0+l.y1)/2) && l.x0 >= b.x0-ruleTol && l.x1 <= b.x1+ruleTol && l.y0 >= b.y0-ruleTol && l.y1 <= b.y1+ruleTol {
			return true
		}
	}
	return false
}

func area(r rect) float64 { return (r.x1 - r.x0) * (r.y1 - r.y0) }

// isBlank reports a glyph that only moves the pen: ASCII white space and
// no-break space. U+3000 (ideographic space) is content and is kept.
func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != 0xA0 {
			return false
		}
	}
	return true
}

// ruledCells finds, for glyphs outside drawn rectangles, the cell that
// ruling lines enclose: the nearest vertical rules left and right of the
// glyph's centre that pass its height, and the nearest horizontal rules
// above and below that pass its x. Glyphs enclosed on all four sides by
// the same rules form one cell; the others stay free. The rules are
// sorted by position, so each search starts at the glyph and stops at
// the first rule that passes it.
func ruledCells(gs []glyph, rules []segment) (cells [][]glyph, boxes []rect, free []glyph) {
	var verts, horiz []segment
	for _, r := range rules {
		if r.x0 == r.x1 {
			verts = append(verts, r)
		} else {
			horiz = append(horiz, r)
		}
	}
	sort.Slice(verts, func(i, j int) bool { return verts[i].x0 < verts[j].x0 })
	sort.Slice(horiz, func(i, j int) bool { return horiz[i].y0 < horiz[j].y0 })
	passV := func(r segment, cy float64) bool { return cy >= r.y0-ruleTol && cy <= r.y1+ruleTol }
	passH := func(r segment, cx float64) bool { return cx >= r.x0-ruleTol && cx <= r.x1+ruleTol }
	index := make(map[rect]int)
	for _, g := range gs {
		cx, cy := g.x+g.w/2, g.y+g.size*0.3
		left, right := math.Inf(-1), math.Inf(1)
		below, above := math.Inf(-1), math.Inf(1)
		for k := sort.Search(len(verts), func(k int) bool { return verts[k].x0 > cx }) - 1; k >= 0; k-- {
			if passV(verts[k], cy) {
				left = verts[k].x0
				break
			}
		}
		for k := sort.Search(len(verts), func(k int) bool { return verts[k].x0 >= cx }); k < len(verts); k++ {
			if passV(verts[k], cy) {
				right = verts[k].x0
				break
			}
		}
		for k := sort.Search(len(horiz), func(k int) bool { return horiz[k].y0 > cy }) - 1; k >= 0; k-- {
			if passH(horiz[k], cx) {
				below = horiz[k].y0
				break
			}
		}
		for k := sort.Search(len(horiz), func(k int) bool { return horiz[k].y0 >= cy }); k < len(horiz); k++ {
			if passH(horiz[k], cx) {
				above = horiz[k].y0
				break
			}
		}
		if math.IsInf(left, 0) || math.IsInf(right, 0) || math.IsInf(below, 0) || math.IsInf(above, 0) {
			free = append(free, g)
			continue
		}
		b := rect{left, below, right, above}
		k, ok := index[b]
		if !ok {
			k = len(cells)
			index[b] = k
			cells = append(cells, nil)
			boxes = append(boxes, b)
		}
		cells[k] = append(cells[k], g)
	}
	return cells, boxes, free
}
