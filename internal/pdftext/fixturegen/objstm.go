package main

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

// Rewriting a classic PDF (xref table, every object at top level) into
// the form of newer producers: all objects that are not streams packed
// into one Flate-compressed object stream, and a Flate-compressed
// cross-reference stream (PNG Up predictor) instead of the table. The
// content is unchanged, so the rewritten fixture must extract to the same
// text as the original.

var (
	reXrefEntry = regexp.MustCompile(`(?m)^(\d{10}) (\d{5}) ([nf])\s*$`)
	reRoot      = regexp.MustCompile(`/Root\s+(\d+)\s+0\s+R`)
	reObjHead   = regexp.MustCompile(`^(\d+)\s+0\s+obj\s*`)
)

// toObjectStreams rewrites src (as written by gopdf) with an object
// stream and an xref stream.
func toObjectStreams(src []byte) ([]byte, error) {
	x := bytes.LastIndex(src, []byte("\nxref\n"))
	t := bytes.LastIndex(src, []byte("trailer"))
	if x < 0 || t < x {
		return nil, fmt.Errorf("objstm: no xref table")
	}
	root := reRoot.FindSubmatch(src[t:])
	if root == nil {
		return nil, fmt.Errorf("objstm: no /Root")
	}
	type obj struct {
		num  int
		off  int
		body []byte
	}
	var objs []obj
	for i, m := range reXrefEntry.FindAllSubmatch(src[x:t], -1) {
		if string(m[3]) != "n" {
			continue
		}
		off, _ := strconv.Atoi(string(m[1]))
		objs = append(objs, obj{num: i, off: off})
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].off < objs[j].off })
	for i := range objs {
		end := x + 1
		if i+1 < len(objs) {
			end = objs[i+1].off
		}
		chunk := src[objs[i].off:end]
		h := reObjHead.FindSubmatch(chunk)
		e := bytes.LastIndex(chunk, []byte("endobj"))
		if h == nil || e < 0 {
			return nil, fmt.Errorf("objstm: cannot read object at %d", objs[i].off)
		}
		if n, _ := strconv.Atoi(string(h[1])); n != objs[i].num {
			return nil, fmt.Errorf("objstm: object %d found at the offset of %d", n, objs[i].num)
		}
		objs[i].body = bytes.TrimSpace(chunk[len(h[0]):e])
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].num < objs[j].num })
	size := objs[len(objs)-1].num + 1
	stm, xrefNum := size, size+1
	entries := make([][3]int, size+2)
	entries[0] = [3]int{0, 0, 65535}
	var out, header, body bytes.Buffer
	out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	k := 0
	for _, o := range objs {
		if bytes.Contains(o.body, []byte("stream\n")) || bytes.Contains(o.body, []byte("stream\r\n")) {
			entries[o.num] = [3]int{1, out.Len(), 0}
			fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", o.num, o.body)
			continue
		}
		fmt.Fprintf(&header, "%d %d ", o.num, body.Len())
		body.Write(o.body)
		body.WriteByte('\n')
		entries[o.num] = [3]int{2, stm, k}
		k++
	}
	z := deflate(append(header.Bytes(), body.Bytes()...))
	entries[stm] = [3]int{1, out.Len(), 0}
	fmt.Fprintf(&out, "%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n", stm, k, header.Len(), len(z))
	out.Write(z)
	out.WriteString("\nendstream\nendobj\n")
	xrefOff := out.Len()
	entries[xrefNum] = [3]int{1, xrefOff, 0}
	var rows []byte
	prev := make([]byte, 7)
	for _, e := range entries {
		row := []byte{byte(e[0]), byte(e[1] >> 24), byte(e[1] >> 16), byte(e[1] >> 8), byte(e[1]), byte(e[2] >> 8), byte(e[2])}
		rows = append(rows, 2) // PNG Up
		for i := range row {
			rows = append(rows, row[i]-prev[i])
		}
		prev = row
	}
	z = deflate(rows)
	fmt.Fprintf(&out, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %s 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length %d >>\nstream\n",
		xrefNum, size+2, root[1], len(z))
	out.Write(z)
	fmt.Fprintf(&out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xrefOff)
	return out.Bytes(), nil
}

func deflate(p []byte) []byte {
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	w.Write(p)
	w.Close()
	return z.Bytes()
}
