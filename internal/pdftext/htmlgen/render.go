package main

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// Page geometry (points): A4 with 12 mm side margins.
const (
	pageW    = 595.28
	marginLR = 34.0
	baseSize = 8.0 // pt
	cellPad  = 3.0 // pt left and right
)

const css = `@page { size: A4; margin: 14mm 12mm 16mm 12mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-family: "IPAexGothic"; font-size: 8pt; } }
body { font-family: "IPAexGothic", "Noto Sans CJK JP", sans-serif; font-size: 8pt; margin: 0;
  text-spacing-trim: space-all; }
h1, h2 { font-weight: bold; margin: 6pt 0 2pt 0; }
h1 { font-size: 12pt; }
h2 { font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3pt 0; }
td { border: 0.75pt solid #000; padding: 1.5pt 3pt; vertical-align: top; white-space: nowrap; }
td.label { background: #dde6f2; }
tr { break-inside: avoid; page-break-inside: avoid; }
`

// emWidth estimates the width of s in ems: ASCII about half an em,
// everything else a full em, plus a quarter em at each boundary between
// them (LibreOffice spaces Asian and Latin text apart).
func emWidth(s string) float64 {
	w := 0.0
	prevASCII := -1
	for _, r := range s {
		ascii := 0
		if r < 0x80 {
			w += 0.6
			ascii = 1
		} else {
			w += 1
		}
		if prevASCII >= 0 && prevASCII != ascii {
			w += 0.25
		}
		prevASCII = ascii
	}
	return w
}

// fontSize shrinks baseSize when the widest row of t would overflow
// the page: columns as wide as their widest single-column cell. It
// returns the size and the column widths (points) at that size.
func fontSize(t *table) (float64, []float64) {
	colW := make([]float64, t.cols)
	for _, row := range t.rows {
		for _, c := range row {
			w := 0.0
			for _, l := range c.lines {
				w = math.Max(w, emWidth(l))
			}
			if c.colspan == 1 {
				colW[c.col] = math.Max(colW[c.col], w*baseSize+2*cellPad+1)
			}
		}
	}
	need := 0.0
	for _, w := range colW {
		need += w
	}
	// Spanning cells need their own room.
	for _, row := range t.rows {
		for _, c := range row {
			if c.colspan > 1 {
				w := 0.0
				for _, l := range c.lines {
					w = math.Max(w, emWidth(l))
				}
				need = math.Max(need, w*baseSize+2*cellPad+1)
			}
		}
	}
	avail := (pageW - 2*marginLR) * 0.94
	sz := baseSize
	if need > avail {
		sz = math.Floor(baseSize*avail/need*10) / 10
	}
	for k := range colW {
		colW[k] = (colW[k]-2*cellPad-1)*sz/baseSize + 2*cellPad + 1
	}
	return sz, colW
}

// render writes the HTML page of items for producer; shared draws tables
// of one kind with shared column widths (columns.go).
func render(items []item, producer string, shared bool) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>行政事業レビューシート</title>\n<style>\n")
	if producer == "libreoffice" {
		// Writer spreads a 100% wide table over the page and then
		// wraps cells that nowrap asks to keep whole; tables as wide as
		// their content keep every line.
		b.WriteString(strings.Replace(css, "width: 100%; ", "", 1))
	} else {
		b.WriteString(css)
	}
	b.WriteString("</style>\n</head>\n<body>\n")
	if producer == "libreoffice" {
		// Writer's HTML import reads a footer from a div titled
		// "footer" and page fields from <sdfield>.
		b.WriteString(`<div title="footer"><p align="center" style="font-size: 8pt"><sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> / <sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>` + "\n")
	}
	var kinds map[string]widths
	if shared {
		kinds = sharedWidths(items)
	}
	for k, it := range items {
		if it.table == nil {
			tag := "h2"
			if k == 0 {
				tag = "h1"
			}
			fmt.Fprintf(&b, "<%s style=\"font-family: IPAexGothic\">%s</%s>\n", tag, html.EscapeString(it.heading), tag)
			continue
		}
		sz, colW := fontSize(it.table)
		kind, fixed := kinds[kindKey(it.table)]
		if fixed {
			sz, colW = kind.size, kind.col
		}
		css := fixed && producer != "libreoffice"
		keep := ""
		if producer == "libreoffice" {
			// Writer splits rows (and cells spanning rows) across
			// pages; a table kept whole moves to the next page.
			keep = "; page-break-inside: avoid"
		}
		if producer == "wkhtmltopdf" {
			// Qt WebKit splits table rows across pages and keeps only
			// blocks whole.
			b.WriteString("<div style=\"page-break-inside: avoid\">\n")
		}
		if css {
			keep += "; table-layout: fixed"
		}
		fmt.Fprintf(&b, "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"font-size: %.1fpt%s\">\n", sz, keep)
		if css {
			colgroup(&b, colW)
		}
		for _, row := range it.table.rows {
			b.WriteString("<tr>")
			for _, c := range row {
				b.WriteString("<td nowrap valign=\"top\"")
				if c.label {
					b.WriteString(` class="label" bgcolor="#dde6f2"`)
				}
				if c.rowspan > 1 {
					fmt.Fprintf(&b, " rowspan=\"%d\"", c.rowspan)
				}
				if c.colspan > 1 {
					fmt.Fprintf(&b, " colspan=\"%d\"", c.colspan)
				} else if producer == "libreoffice" && colW[c.col] > 0 {
					// Writer ignores nowrap: it needs the width.
					fmt.Fprintf(&b, " width=\"%d\"", int(math.Ceil(colW[c.col]*96/72)))
				}
				rounded := c.box && producer != "libreoffice"
				if rounded {
					// The sheet draws the boxes with rounded corners
					// (curves), not as table cells.
					fmt.Fprintf(&b, " style=\"font-size: %.1fpt; border: none; padding: 2pt\">", sz)
				} else {
					fmt.Fprintf(&b, " style=\"font-size: %.1fpt\">", sz)
				}
				text := make([]string, len(c.lines))
				for i, l := range c.lines {
					text[i] = html.EscapeString(l)
					if i < c.bold {
						text[i] = "<b>" + text[i] + "</b>"
					}
				}
				body := strings.Join(text, "<br>")
				if rounded && len(c.lines) > 0 {
					body = `<div style="border: 0.75pt solid #000; border-radius: 5pt; padding: 1.5pt 3pt">` + body + "</div>"
				}
				b.WriteString(body)
				b.WriteString("</td>")
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</table>\n")
		if producer == "wkhtmltopdf" {
			b.WriteString("</div>\n")
		}
	}
	b.WriteString("</body>\n</html>\n")
	return b.String()
}
