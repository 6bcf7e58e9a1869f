package minipdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// TextDoc renders plain text as a PDF of free text (no rectangles): one
// text line per line, an ASCII space drawn as a gap, a blank line as extra
// leading, a form feed as a new page. The font is a Type0/Identity-H font
// whose codes are the UTF-16 code units of the text, with a ToUnicode map
// of 256 ranges (no font program is embedded: extraction does not need
// glyphs), ASCII half width and everything else full width. Content
// streams are Flate-compressed, so a whole sheet is a few tens of KB —
// small enough to seed a fuzzer.
func TextDoc(text string) []byte {
	const (
		size    = 6.0
		leading = 8.0
		top     = 820.0
		bottom  = 30.0
		left    = 30.0
	)
	d := &Doc{}
	d.Add("<< /Type /Catalog /Pages 2 0 R >>")
	d.Add("") // the page tree, written last
	var cmap strings.Builder
	cmap.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	for blk := 0; blk < 256; blk += 100 {
		n := min(100, 256-blk)
		fmt.Fprintf(&cmap, "%d beginbfrange\n", n)
		for hi := blk; hi < blk+n; hi++ {
			fmt.Fprintf(&cmap, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi)
		}
		cmap.WriteString("endbfrange\n")
	}
	cmap.WriteString("endcmap CMapName currentdict /CMap defineresource pop end end")
	tu := d.Add(Stream("", cmap.String()))
	var w strings.Builder
	w.WriteString("[32 [")
	for c := 32; c < 127; c++ {
		w.WriteString(" 500")
	}
	w.WriteString("]]")
	font := d.Add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /Text /Encoding /Identity-H /ToUnicode %d 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Text /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W %s >>] >>", tu, w.String()))
	var kids []string
	for _, page := range strings.Split(text, "\f") {
		var c strings.Builder
		c.WriteString("BT /F1 6 Tf\n")
		y := top
		flush := func() {
			c.WriteString("ET")
			data := deflateBytes([]byte(c.String()))
			content := d.Add(fmt.Sprintf("<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", len(data), data))
			p := d.Add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>", font, content))
			kids = append(kids, fmt.Sprintf("%d 0 R", p))
			c.Reset()
			c.WriteString("BT /F1 6 Tf\n")
			y = top
		}
		// Paragraphs (runs of non-blank lines) are never split across
		// pages: a page break inside one would add a break to the text.
		var paras [][]string
		var cur []string
		for _, line := range strings.Split(strings.ReplaceAll(page, "\r\n", "\n"), "\n") {
			line = strings.TrimRight(line, " \t")
			if line == "" {
				if cur != nil {
					paras = append(paras, cur)
					cur = nil
				}
				continue
			}
			cur = append(cur, line)
		}
		if cur != nil {
			paras = append(paras, cur)
		}
		for _, para := range paras {
			if y < top {
				y -= leading // a blank line
			}
			if y-float64(len(para)-1)*leading < bottom && y < top {
				flush()
			}
			for _, line := range para {
				drawLine(&c, line, left, y, size)
				y -= leading
			}
		}
		flush()
	}
	d.Set(2, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	return d.Bytes(nil)
}

// drawLine shows one line at (x, y), ASCII spaces as gaps.
func drawLine(c *strings.Builder, line string, x, y, size float64) {
	for i, seg := range strings.Split(line, " ") {
		if i > 0 {
			x += 0.6 * size
		}
		if seg == "" {
			continue
		}
		fmt.Fprintf(c, "1 0 0 1 %.2f %.2f Tm <", x, y)
		for _, r := range seg {
			if r > 0xFFFF {
				r = 0xFFFD
			}
			fmt.Fprintf(c, "%04X", r)
			if r >= 32 && r < 127 {
				x += 0.5 * size
			} else {
				x += size
			}
		}
		c.WriteString("> Tj\n")
	}
}

func deflateBytes(p []byte) []byte {
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	w.Write(p)
	w.Close()
	return z.Bytes()
}
