package pdftext

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clipping. A page shows only what lies inside its clipping path. When a
// line of text straddles a page break, Chromium draws it at the foot of
// the first page and again above the second page's content area, where
// the page's clip (re W* n) hides it: read as drawn, the line comes
// twice (2024-019584's heading 点検・評価, the hidden copy without its
// "・"). Text outside the clip is not always a copy, though: LibreOffice
// lets a table run past the page edge, and that text is the only print of
// its cells (2024-003786's 使途). So a glyph outside the clip is dropped
// only as part of a line whose visible twin ends the previous page; any
// other clipped text is read as before (and a cell cut short stays an
// error of the parse, not a silent loss).
//
// The interpreter keeps the clip as a rectangle in the graphics state
// (saved and restored by q/Q and around forms): a clipping path of
// rectangles only (the shape producers write) intersects it with their
// bounding box; any other clipping path (curves, polygons) leaves it as
// it was. A glyph is outside when its centre is (clipSlack points around
// the clip count as inside).

// clipSlack is how far (points) outside the clip a glyph's centre may
// lie and still count as inside.
const clipSlack = 0.5

// footTwins is how many of the last lines of a page's visible text may be
// the twin of a clipped line at the top of the next page.
const footTwins = 3

// applyClip applies a pending W or W* (interpreter.clipNext) when the
// path that ends now is made of rectangles only.
func (in *interpreter) applyClip() {
	if !in.clipNext {
		return
	}
	in.clipNext = false
	if len(in.path) == 0 || len(in.lines) > 0 {
		return
	}
	b := in.path[0]
	for _, r := range in.path[1:] {
		b = rect{math.Min(b.x0, r.x0), math.Min(b.y0, r.y0), math.Max(b.x1, r.x1), math.Max(b.y1, r.y1)}
	}
	if in.gs.clipped {
		b = rect{math.Max(b.x0, in.gs.clip.x0), math.Max(b.y0, in.gs.clip.y0), math.Min(b.x1, in.gs.clip.x1), math.Min(b.y1, in.gs.clip.y1)}
	}
	in.gs.clip, in.gs.clipped = b, true
}

// outside reports whether glyph g lies outside the clip: its centre,
// half its advance right of its origin and about a third of its size
// above the baseline (below it when down is set: the glyph's y axis
// points down on the page).
func (gs *gstate) outside(g glyph, down bool) bool {
	if !gs.clipped {
		return false
	}
	cx, cy := g.x+g.w/2, g.y+g.size*0.35
	if down {
		cy = g.y - g.size*0.35
	}
	c := gs.clip
	return cx < c.x0-clipSlack || cx > c.x1+clipSlack || cy < c.y0-clipSlack || cy > c.y1+clipSlack
}

// dropClippedTwins drops the clipped glyphs of gs that form a line (same
// baseline) whose text, white space aside, is a twin of one of the last
// footTwins lines of the previous page's glyphs, prev (twinOf). Other
// glyphs are kept. The previous page's lines are built only for a page
// that has clipped glyphs.
func dropClippedTwins(gs, prev []glyph) []glyph {
	if len(prev) == 0 || !hasClipped(gs) {
		return gs
	}
	prevFoot := footLines(prev, footTwins)
	var clipped []int
	for i := range gs {
		if gs[i].clipped {
			clipped = append(clipped, i)
		}
	}
	drop := make(map[int]bool)
	for len(clipped) > 0 {
		// one line: the clipped glyphs on the first one's baseline
		first := gs[clipped[0]]
		var same, rest []int
		for _, i := range clipped {
			if math.Abs(gs[i].y-first.y) <= baselineTol*math.Max(first.size, 1) {
				same = append(same, i)
			} else {
				rest = append(rest, i)
			}
		}
		line := make([]glyph, 0, len(same))
		for _, i := range same {
			line = append(line, gs[i])
		}
		var b strings.Builder
		for _, l := range buildLines(line) { // joined as any line (fake bold collapsed)
			b.WriteString(l.text)
		}
		if key := noSpace(b.String()); twinOf(key, prevFoot) {
			for _, i := range same {
				drop[i] = true
			}
		}
		clipped = rest
	}
	if len(drop) == 0 {
		return gs
	}
	out := gs[:0:0]
	for i, g := range gs {
		if !drop[i] {
			out = append(out, g)
		}
	}
	return out
}

func hasClipped(gs []glyph) bool {
	for _, g := range gs {
		if g.clipped {
			return true
		}
	}
	return false
}

// footLines returns the texts (white space removed) of the last n lines
// of the visible glyphs of a page, bottom line last.
func footLines(gs []glyph, n int) []string {
	var vis []glyph
	for _, g := range gs {
		if !g.clipped && !isBlank(g.text) {
			vis = append(vis, g)
		}
	}
	lines := buildLines(vis)
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, noSpace(l.text))
	}
	return out
}

// twinOf reports whether key (a clipped line's text) is a twin of one of
// feet: at least two characters, in the order they stand in that line,
// and at least half of it (a hidden copy may lack a glyph the producer
// did not draw twice, as Chromium's lacks "・").
func twinOf(key string, feet []string) bool {
	k := utf8.RuneCountInString(key)
	if k < 2 {
		return false
	}
	for _, f := range feet {
		if 2*k >= utf8.RuneCountInString(f) && subsequence(key, f) {
			return true
		}
	}
	return false
}

// subsequence reports whether the runes of a stand in b in order.
func subsequence(a, b string) bool {
	for _, r := range a {
		i := strings.IndexRune(b, r)
		if i < 0 {
			return false
		}
		b = b[i+utf8.RuneLen(r):]
	}
	return true
}

// noSpace is s without white space.
func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
