package pdftext

import (
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
)

// footerBand is the share of the page height, from the bottom edge of
// the page box, where a page number may stand.
const footerBand = 0.12

// isPageNumber reports a line that is only a page number as producers
// print it in a footer: "N / M", "N/M" or "- N -" (hyphen, en dash or
// minus). A number alone is not taken: it may be a figure.
func isPageNumber(s string) bool {
	s = strings.TrimSpace(s)
	digits := func(t string) bool {
		t = strings.TrimSpace(t)
		if t == "" || len(t) > 4 {
			return false
		}
		for _, r := range t {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		return digits(a) && digits(b)
	}
	for _, d := range []string{"-", "–", "−"} {
		if strings.HasPrefix(s, d) && strings.HasSuffix(s, d) && len(s) > 2*len(d) {
			return digits(s[len(d) : len(s)-len(d)])
		}
	}
	return false
}

// dropFooter removes from lines (the free lines of a page) a page
// number printed as a footer: a line that isPageNumber, below every other
// glyph and drawn rectangle of the page, and — when the page box is
// known — inside its bottom footerBand. A number inside the text (a
// figure alone on a line between others) is never below everything else.
func dropFooter(lines []line, pc *pageContent) []line {
	if len(lines) == 0 {
		return lines
	}
	k := 0
	for i, l := range lines {
		if l.y < lines[k].y {
			k = i
		}
	}
	f := lines[k]
	if !isPageNumber(f.text) {
		return lines
	}
	if pc.box.y1 > pc.box.y0 && f.y > pc.box.y0+footerBand*(pc.box.y1-pc.box.y0) {
		return lines
	}
	for _, g := range pc.glyphs {
		if g.y < f.y-baselineTol*math.Max(f.size, 1) && !isBlank(g.text) {
			return lines
		}
	}
	for _, r := range pc.rects {
		if r.y0 < f.y {
			return lines
		}
	}
	for _, r := range pc.rules {
		if r.y0 < f.y {
			return lines
		}
	}
	return append(lines[:k:k], lines[k+1:]...)
}

// pageBox returns the page's /CropBox, else its /MediaBox, looking up
// the page tree for inherited ones; the zero rect when there is none.
func pageBox(page pdf.Value) rect {
	for _, key := range []string{"CropBox", "MediaBox"} {
		v := page
		for depth := 0; depth < maxTreeDepth && v.Kind() == pdf.Dict; depth++ {
			if b := v.Key(key); b.Kind() == pdf.Array && b.Len() == 4 {
				x0, y0, x1, y1 := b.Index(0).Float64(), b.Index(1).Float64(), b.Index(2).Float64(), b.Index(3).Float64()
				return rect{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1)}
			}
			v = v.Key("Parent")
		}
	}
	return rect{}
}
