package main

import (
	"fmt"
	"strings"
)

// Column widths. By default (-columns content) every table is as wide as
// its own content: the recipient table of 岐阜県 is narrower than that of
// 株式会社エヌ・ティ・ティ・データ経営研究所. The RS system prints a form
// instead, whose tables of one kind share their column widths down the
// sheet; -columns shared draws that: tables with the same header row
// (the same first-row cells) get the widths and font size of all their
// rows together. The two layouts put the same cells at different places,
// and extractors that follow the page's geometry (pdftotext without
// -layout) print them in different orders.

// widths is the font size and the column widths (points) a table is drawn
// with.
type widths struct {
	size float64
	col  []float64
}

// kindKey names a table's kind: its column count and its first row's
// cells.
func kindKey(t *table) string {
	if len(t.rows) == 0 {
		return ""
	}
	parts := make([]string, 0, len(t.rows[0]))
	for _, c := range t.rows[0] {
		parts = append(parts, strings.Join(c.lines, "\n"))
	}
	return fmt.Sprint(t.cols, "\x00", strings.Join(parts, "\x00"))
}

// sharedWidths returns, for each kind of table that occurs at least twice
// in items, the widths of all its tables' rows taken together (fontSize
// of their union).
func sharedWidths(items []item) map[string]widths {
	union := map[string]*table{}
	count := map[string]int{}
	for _, it := range items {
		if it.table == nil {
			continue
		}
		k := kindKey(it.table)
		count[k]++
		u := union[k]
		if u == nil {
			u = &table{cols: it.table.cols}
			union[k] = u
		}
		u.rows = append(u.rows, it.table.rows...)
	}
	out := map[string]widths{}
	for k, u := range union {
		if count[k] < 2 {
			continue
		}
		size, col := fontSize(u)
		out[k] = widths{size, col}
	}
	return out
}

// colgroup writes the fixed column widths of a shared-width table for
// producers that read CSS (Chromium, wkhtmltopdf; the table also gets
// table-layout: fixed). LibreOffice reads the widths from the cells.
func colgroup(b *strings.Builder, col []float64) {
	b.WriteString("<colgroup>")
	for _, w := range col {
		fmt.Fprintf(b, "<col style=\"width: %.1fpt\">", w)
	}
	b.WriteString("</colgroup>\n")
}
