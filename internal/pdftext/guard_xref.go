package pdftext

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"sort"
	"strconv"

	"github.com/rsheet/rsheet/internal/pdftext/rawpdf"
)

// The PDF library resolves an object stored in an object stream by first
// resolving the object stream and then reading its /Type, /N, /First and
// /Length; none of these steps checks for cycles, and a cycle recurses
// until Go's stack limit kills the process (recover cannot catch that).
// checkObjectStreams refuses such files from the raw bytes: it decodes the
// cross-reference streams of the chain (as the library will) and requires
//   - the container of every compressed object to be an ordinary object
//     (not itself compressed, which includes "stored in itself"), and
//   - every indirect reference in an object stream's dictionary to point
//     to an ordinary object.

// maxObjStms bounds the object stream dictionaries examined.
const maxObjStms = 1 << 14

// xrefEntry is one decoded cross-reference stream entry.
type xrefEntry struct {
	typ       int // 0 free, 1 in file, 2 in object stream
	container int // type 2: the object stream
}

var (
	reW       = regexp.MustCompile(`/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]`)
	reIndex   = regexp.MustCompile(`/Index\s*\[([\d\s]*)\]`)
	reSize    = regexp.MustCompile(`/Size\s+(\d+)`)
	reLength  = regexp.MustCompile(`/Length\s+(\d+)(\s+\d+\s+R)?`)
	rePredict = regexp.MustCompile(`/Predictor\s+(\d+)`)
	reColumns = regexp.MustCompile(`/Columns\s+(\d+)`)
	reRef     = regexp.MustCompile(`(\d+)\s+(\d+)\s+R\b`)
	reFilter  = regexp.MustCompile(`/Filter\s*\[?\s*/(\w+)`)
)

// decodeXrefStream decodes the entries of the xref stream whose dictionary
// text is dict and whose data follows at src[dataStart:], adding the
// entries not yet known (newer sections win, as in the library).
func decodeXrefStream(src []byte, dict []byte, dataStart int, max int, entries map[int]xrefEntry) error {
	m := reW.FindSubmatch(dict)
	if m == nil {
		return nil // the library reports it
	}
	w := [3]int{atoi(m[1]), atoi(m[2]), atoi(m[3])}
	if w[0] > 8 || w[1] > 8 || w[2] > 8 {
		return errorf(0, ErrMalformed, "xref stream /W too wide")
	}
	lm := reLength.FindSubmatch(dict)
	if lm == nil || len(lm[2]) > 0 {
		return errorf(0, ErrMalformed, "xref stream /Length is not a direct number")
	}
	length := atoi(lm[1])
	if length < 0 || dataStart+length > len(src) {
		return errorf(0, ErrMalformed, "xref stream /Length past the end of the file")
	}
	var index []int
	if im := reIndex.FindSubmatch(dict); im != nil {
		for _, f := range bytes.Fields(im[1]) {
			index = append(index, atoi(f))
		}
	} else if sm := reSize.FindSubmatch(dict); sm != nil {
		index = []int{0, atoi(sm[1])}
	}
	rowLen := w[0] + w[1] + w[2]
	var data []byte
	raw := src[dataStart : dataStart+length]
	if fm := reFilter.FindSubmatch(dict); fm != nil {
		if string(fm[1]) != "FlateDecode" {
			return errorf(0, ErrMalformed, "xref stream filter /%s is not supported", fm[1])
		}
		zr, err := zlib.NewReader(bytes.NewReader(raw))
		if err != nil {
			return errorf(0, ErrMalformed, "xref stream: %v", err)
		}
		// An xref stream holds at most max entries (plus predictor bytes).
		data, err = io.ReadAll(io.LimitReader(zr, int64(max)*int64(rowLen+1)+1))
		if err != nil && len(data) == 0 {
			return errorf(0, ErrMalformed, "xref stream: %v", err)
		}
	} else {
		data = raw
	}
	if pm := rePredict.FindSubmatch(dict); pm != nil && atoi(pm[1]) >= 10 {
		cols := 1
		if cm := reColumns.FindSubmatch(dict); cm != nil {
			cols = atoi(cm[1])
		}
		if cols <= 0 || cols > 64 {
			return errorf(0, ErrMalformed, "xref stream /Columns %d", cols)
		}
		data = rawpdf.UnpredictPNG(data, cols)
	}
	for k := 0; k+1 < len(index); k += 2 {
		start, n := index[k], index[k+1]
		for i := 0; i < n && len(data) >= rowLen; i++ {
			row := data[:rowLen]
			data = data[rowLen:]
			typ := 1
			if w[0] > 0 {
				typ = rawpdf.BeInt(row[:w[0]])
			}
			obj := start + i
			if _, seen := entries[obj]; seen {
				continue
			}
			entries[obj] = xrefEntry{typ: typ, container: rawpdf.BeInt(row[w[0] : w[0]+w[1]])}
		}
	}
	return nil
}

// checkObjectStreams applies the rules above once the chain is decoded.
func checkObjectStreams(src []byte, entries map[int]xrefEntry) error {
	objs := make([]int, 0, len(entries))
	for obj := range entries {
		objs = append(objs, obj)
	}
	sort.Ints(objs) // the first offender in object order: deterministic errors
	for _, obj := range objs {
		e := entries[obj]
		if e.typ != 2 {
			continue
		}
		if c, ok := entries[e.container]; ok && c.typ == 2 {
			return errorf(0, ErrMalformed, "object %d is stored in object stream %d, which is itself compressed", obj, e.container)
		}
	}
	compressed := false
	for _, e := range entries {
		if e.typ == 2 {
			compressed = true
			break
		}
	}
	if !compressed {
		return nil
	}
	for off, n := 0, 0; ; n++ {
		i := bytes.Index(src[off:], []byte("/ObjStm"))
		if i < 0 {
			return nil
		}
		if n >= maxObjStms {
			return errorf(0, ErrLimit, "more than %d object streams", maxObjStms)
		}
		at := off + i
		off = at + len("/ObjStm")
		// The dictionary runs from its "n g obj" to "stream".
		begin := bytes.LastIndex(src[max(0, at-4096):at], []byte("obj"))
		end := bytes.Index(src[at:min(len(src), at+4096)], []byte("stream"))
		if begin < 0 || end < 0 {
			continue
		}
		dict := src[max(0, at-4096)+begin : at+end]
		for _, m := range reRef.FindAllSubmatch(dict, -1) {
			if e, ok := entries[atoi(m[1])]; ok && e.typ == 2 {
				return errorf(0, ErrMalformed, "object stream dictionary refers to compressed object %s", m[1])
			}
		}
	}
}

func atoi(b []byte) int {
	n, err := strconv.Atoi(string(b))
	if err != nil {
		return -1
	}
	return n
}
