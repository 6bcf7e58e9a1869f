package rawpdf

import (
	"bytes"
	"compress/zlib"
	"io"

	"github.com/rsheet/rsheet/internal/pdferr"
)

// Cross-reference reading for the decryption layer: the layer must visit
// every object stored in the file to decrypt it, so it reads the
// cross-reference chain itself — tables and streams, /XRefStm of hybrid
// files, /Prev — from the last startxref. Newer sections win. Bounds: the
// chain length (MaxXrefChain), object numbers below the caller's maxObj,
// and the decoded size of a cross-reference stream.

// xrefPos is where an object lives: type 1 at offset off in the file,
// type 2 as the idx-th object of object stream off.
type xrefPos struct {
	typ int
	off int64
	gen int64 // type 1: generation; type 2: index in the object stream
}

// xrefTable is the merged cross-reference information of a file.
type xrefTable struct {
	pos     map[int64]xrefPos
	trailer pobj // the newest trailer (or xref stream dictionary)
	// scanLeft bounds the bytes searched for "endstream" when a stream's
	// /Length is wrong (twice the file size in all), so that many such
	// streams cannot make the layer quadratic.
	scanLeft int
}

// readXrefTable reads the chain. maxObj bounds object numbers.
func readXrefTable(src []byte, maxObj int) (*xrefTable, error) {
	i := bytes.LastIndex(src, []byte("startxref"))
	if i < 0 {
		return nil, errorf(pdferr.ErrMalformed, "no startxref")
	}
	off, _, ok := ReadInt(src, i+len("startxref"))
	if !ok {
		return nil, errorf(pdferr.ErrMalformed, "startxref is not followed by an offset")
	}
	x := &xrefTable{pos: make(map[int64]xrefPos), scanLeft: 2*len(src) + 1<<20}
	seen := make(map[int64]bool)
	queue := []int64{off}
	for len(queue) > 0 {
		off, queue = queue[0], queue[1:]
		if seen[off] {
			return nil, errorf(pdferr.ErrMalformed, "cross-reference chain loops at offset %d", off)
		}
		if len(seen) >= MaxXrefChain {
			return nil, errorf(pdferr.ErrLimit, "more than %d cross-reference sections", MaxXrefChain)
		}
		seen[off] = true
		if off < 0 || off >= int64(len(src)) {
			return nil, errorf(pdferr.ErrMalformed, "cross-reference offset %d outside the file", off)
		}
		trailer, err := x.section(src, int(off), maxObj)
		if err != nil {
			return nil, err
		}
		if x.trailer.kind == pNull {
			x.trailer = trailer
		}
		// A hybrid file's /XRefStm comes before its /Prev.
		for _, k := range []string{"XRefStm", "Prev"} {
			if n, ok := trailer.key(k).integer(); ok {
				queue = append(queue, n)
			}
		}
	}
	if x.trailer.kind != pDict {
		return nil, errorf(pdferr.ErrMalformed, "no trailer dictionary")
	}
	return x, nil
}

// add records an entry unless a newer section already did.
func (x *xrefTable) add(num int64, p xrefPos) {
	if _, ok := x.pos[num]; !ok {
		x.pos[num] = p
	}
}

// section reads one cross-reference section at off and returns its
// trailer dictionary.
func (x *xrefTable) section(src []byte, off, maxObj int) (pobj, error) {
	p := &parser{src: src, pos: off}
	p.skipWS()
	if bytes.HasPrefix(src[p.pos:], []byte("xref")) {
		p.pos += len("xref")
		return x.table(p, maxObj)
	}
	num, gen, err := p.objectHeader(off)
	if err != nil {
		return pobj{}, errorf(pdferr.ErrMalformed, "cross-reference section at %d: %v", off, err)
	}
	d, data, err := streamAt(p, nil, num, gen)
	if err != nil {
		return pobj{}, err
	}
	if d.key("Type").name() != "XRef" {
		return pobj{}, errorf(pdferr.ErrMalformed, "object %d at cross-reference offset %d is not an xref stream", num, off)
	}
	return d, x.stream(d, data, maxObj)
}

// table reads the subsections of an xref table and its trailer.
func (x *xrefTable) table(p *parser, maxObj int) (pobj, error) {
	for {
		start, ok1 := p.uint()
		count, ok2 := p.uint()
		if !ok1 || !ok2 {
			break
		}
		if start+count > int64(maxObj) {
			return pobj{}, errorf(pdferr.ErrLimit, "xref subsection %d %d exceeds %d objects", start, count, maxObj)
		}
		for k := int64(0); k < count; k++ {
			o, ok1 := p.uint()
			g, ok2 := p.uint()
			kind := p.keyword()
			if !ok1 || !ok2 || (string(kind) != "n" && string(kind) != "f") {
				return pobj{}, errorf(pdferr.ErrMalformed, "bad xref table entry for object %d", start+k)
			}
			if string(kind) == "n" {
				x.add(start+k, xrefPos{typ: 1, off: o, gen: g})
			}
		}
	}
	if string(p.keyword()) != "trailer" {
		return pobj{}, errorf(pdferr.ErrMalformed, "xref table without trailer")
	}
	t, err := p.value(0)
	if err != nil || t.kind != pDict {
		return pobj{}, errorf(pdferr.ErrMalformed, "bad trailer dictionary")
	}
	return t, nil
}

// stream decodes the entries of an xref stream (not encrypted: ISO
// 32000-1 §7.6.1).
func (x *xrefTable) stream(d pobj, data []byte, maxObj int) error {
	w := d.key("W")
	if w.kind != pArray || len(w.elems) != 3 {
		return errorf(pdferr.ErrMalformed, "xref stream /W is not three widths")
	}
	var wd [3]int
	for i, e := range w.elems {
		n, ok := e.integer()
		if !ok || n < 0 || n > 8 {
			return errorf(pdferr.ErrMalformed, "xref stream /W width %d", n)
		}
		wd[i] = int(n)
	}
	rowLen := wd[0] + wd[1] + wd[2]
	size, _ := d.key("Size").integer()
	index := []int64{0, size}
	if ix := d.key("Index"); ix.kind == pArray {
		index = index[:0]
		for _, e := range ix.elems {
			n, _ := e.integer()
			index = append(index, n)
		}
	}
	switch f := d.key("Filter"); {
	case f.kind == pNull:
	case f.name() == "FlateDecode" || (f.kind == pArray && len(f.elems) == 1 && f.elems[0].name() == "FlateDecode"):
		zr, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			return errorf(pdferr.ErrMalformed, "xref stream: %v", err)
		}
		data, err = io.ReadAll(io.LimitReader(zr, int64(maxObj)*int64(rowLen+1)+1))
		if err != nil && len(data) == 0 {
			return errorf(pdferr.ErrMalformed, "xref stream: %v", err)
		}
	default:
		return errorf(pdferr.ErrMalformed, "xref stream filter is not FlateDecode")
	}
	parms := d.key("DecodeParms")
	if parms.kind == pArray && len(parms.elems) == 1 {
		parms = parms.elems[0]
	}
	if pred, _ := parms.key("Predictor").integer(); pred >= 10 {
		cols, ok := parms.key("Columns").integer()
		if !ok {
			cols = 1
		}
		if cols <= 0 || cols > 64 {
			return errorf(pdferr.ErrMalformed, "xref stream /Columns %d", cols)
		}
		data = UnpredictPNG(data, int(cols))
	}
	if rowLen == 0 {
		return nil
	}
	for k := 0; k+1 < len(index); k += 2 {
		start, n := index[k], index[k+1]
		if start < 0 || n < 0 || start+n > int64(maxObj) {
			return errorf(pdferr.ErrLimit, "xref stream /Index covers more than %d objects", maxObj)
		}
		for i := int64(0); i < n && len(data) >= rowLen; i++ {
			row := data[:rowLen]
			data = data[rowLen:]
			typ := 1
			if wd[0] > 0 {
				typ = BeInt(row[:wd[0]])
			}
			f2 := int64(BeInt(row[wd[0] : wd[0]+wd[1]]))
			f3 := int64(BeInt(row[wd[0]+wd[1]:]))
			if typ == 1 || typ == 2 {
				x.add(start+i, xrefPos{typ: typ, off: f2, gen: f3})
			}
		}
	}
	return nil
}

// streamAt reads the dictionary after an object header (p is positioned
// after "obj") and, when a stream follows, its raw data. The length is
// /Length when it is an integer (direct, or resolved through x) that
// ends before "endstream"; otherwise the data runs to the next
// "endstream" (less its end of line).
func streamAt(p *parser, x *xrefTable, num, gen int64) (pobj, []byte, error) {
	d, err := p.value(0)
	if err != nil {
		return pobj{}, nil, errorf(pdferr.ErrMalformed, "object %d %d: %v", num, gen, err)
	}
	save := p.pos
	if string(p.keyword()) != "stream" || d.kind != pDict {
		p.pos = save
		return d, nil, nil
	}
	start := p.pos
	if start < len(p.src) && p.src[start] == '\r' {
		start++
	}
	if start < len(p.src) && p.src[start] == '\n' {
		start++
	}
	length := int64(-1)
	switch l := d.key("Length"); l.kind {
	case pInt:
		length = l.n
	case pRef:
		if x != nil {
			length = x.resolveInt(p.src, l.n)
		}
	}
	if length >= 0 && length <= int64(len(p.src)-start) {
		rest := p.src[start+int(length):]
		k := SkipSpace(rest, 0)
		if bytes.HasPrefix(rest[k:], []byte("endstream")) {
			return d, p.src[start : start+int(length)], nil
		}
	}
	e := bytes.Index(p.src[start:], []byte("endstream"))
	if x != nil {
		if e < 0 {
			x.scanLeft -= len(p.src) - start
		} else {
			x.scanLeft -= e
		}
		if x.scanLeft < 0 {
			return pobj{}, nil, errorf(pdferr.ErrLimit, "object %d %d: too many streams with a wrong /Length", num, gen)
		}
	}
	if e < 0 {
		return pobj{}, nil, errorf(pdferr.ErrMalformed, "object %d %d: stream without endstream", num, gen)
	}
	data := p.src[start : start+e]
	if n := len(data); n > 0 && data[n-1] == '\n' {
		data = data[:n-1]
	}
	if n := len(data); n > 0 && data[n-1] == '\r' {
		data = data[:n-1]
	}
	return d, data, nil
}

// resolveInt returns the integer stored as object num in the file (-1
// when it is not one).
func (x *xrefTable) resolveInt(src []byte, num int64) int64 {
	e, ok := x.pos[num]
	if !ok || e.typ != 1 || e.off < 0 || e.off >= int64(len(src)) {
		return -1
	}
	p := &parser{src: src}
	if n, _, err := p.objectHeader(int(e.off)); err != nil || n != num {
		return -1
	}
	v, err := p.value(0)
	if err != nil || v.kind != pInt {
		return -1
	}
	return v.n
}
