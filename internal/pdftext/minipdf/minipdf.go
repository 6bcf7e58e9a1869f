package minipdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// Doc is a PDF under construction. Objects are numbered from 1 in the
// order they are added.
type Doc struct {
	objs []string
	// Trailer holds extra trailer entries, e.g. "/Encrypt 5 0 R".
	Trailer string
	// Root is the object number of the catalog (default 1).
	Root int
}

// Add appends an object (its body, without "obj"/"endobj") and returns
// its number.
func (d *Doc) Add(body string) int {
	d.objs = append(d.objs, body)
	return len(d.objs)
}

// Set replaces the body of object n.
func (d *Doc) Set(n int, body string) { d.objs[n-1] = body }

// Stream returns the body of a stream object holding data.
func Stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// Bytes writes the file. Offsets maps object numbers to a wrong offset to
// write into the xref table instead of the real one (nil for none).
func (d *Doc) Bytes(offsets map[int]int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	pos := make([]int, len(d.objs))
	for i, o := range d.objs {
		pos[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(d.objs)+1)
	for i := range d.objs {
		off := pos[i]
		if o, ok := offsets[i+1]; ok {
			off = o
		}
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	root := d.Root
	if root == 0 {
		root = 1
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(d.objs)+1, root, d.Trailer, xref)
	return b.Bytes()
}

// TextPage returns a one-page document showing content (a content
// stream) with /F1 bound to the font dictionary font (Helvetica when "").
func TextPage(content, font string) *Doc {
	if font == "" {
		font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
	}
	d := &Doc{}
	d.Add("<< /Type /Catalog /Pages 2 0 R >>")
	d.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	d.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
	d.Add(Stream("", content))
	d.Add(font)
	return d
}

// BytesCompressed writes the file the way newer producers do: every
// object that is not a stream goes into one Flate-compressed object
// stream, and the cross-reference table is a Flate-compressed xref
// stream (PNG Up predictor, /W [1 4 2]). Corrupt, when not nil, may
// rewrite the xref stream entries before they are compressed (type,
// field 2, field 3 per object number) to build broken files.
func (d *Doc) BytesCompressed(corrupt func(entries [][3]int)) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	n := len(d.objs)
	stm := n + 1  // the object stream
	xref := n + 2 // the xref stream
	entries := make([][3]int, n+3)
	entries[0] = [3]int{0, 0, 65535}
	var header, body strings.Builder
	k := 0
	for i, o := range d.objs {
		if strings.Contains(o, "stream\n") {
			entries[i+1] = [3]int{1, b.Len(), 0}
			fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
			continue
		}
		fmt.Fprintf(&header, "%d %d ", i+1, body.Len())
		body.WriteString(o)
		body.WriteString("\n")
		entries[i+1] = [3]int{2, stm, k}
		k++
	}
	data := header.String() + body.String()
	z := deflate([]byte(data))
	entries[stm] = [3]int{1, b.Len(), 0}
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n", stm, k, header.Len(), len(z))
	b.Write(z)
	b.WriteString("\nendstream\nendobj\n")
	entries[xref] = [3]int{1, b.Len(), 0}
	if corrupt != nil {
		corrupt(entries)
	}
	// PNG Up predictor rows: a filter byte, then the row.
	var rows, prev []byte
	prev = make([]byte, 7)
	for _, e := range entries {
		row := []byte{byte(e[0]), byte(e[1] >> 24), byte(e[1] >> 16), byte(e[1] >> 8), byte(e[1]), byte(e[2] >> 8), byte(e[2])}
		rows = append(rows, 2)
		for i := range row {
			rows = append(rows, row[i]-prev[i])
		}
		prev = row
	}
	z = deflate(rows)
	root := d.Root
	if root == 0 {
		root = 1
	}
	off := entries[xref][1]
	if off != b.Len() { // corrupt moved it: keep the real offset for startxref
		off = b.Len()
	}
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R %s /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length %d >>\nstream\n",
		xref, n+3, root, d.Trailer, len(z))
	b.Write(z)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", off)
	return b.Bytes()
}

func deflate(p []byte) []byte {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(p)
	w.Close()
	return z.Bytes()
}
