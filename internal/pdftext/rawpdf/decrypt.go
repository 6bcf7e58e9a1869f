package rawpdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/rsheet/rsheet/internal/pdferr"
)

// The decryption layer. A PDF encrypted with an empty user password
// (permissions only, the usual case for government PDFs) is decrypted
// here, before the PDF library sees it, into an ordinary PDF: every
// object the cross-reference chain lists is copied with its strings and
// stream data decrypted under its per-object key, the encryption
// dictionary and the old cross-reference sections are left out, and a new
// cross-reference section (a table, or an uncompressed xref stream when
// objects live in object streams) and trailer are written.
//
// Why a layer of our own rather than the library's decryption: the
// library decrypts RC4 and AES-128 only, fails every stream of a 40-bit
// RC4 file and refuses AES-256 (V5), which Acrobat has written by default
// for years. One layer handles all standard handlers the same way —
// V1/V2 RC4 40–128 bits (R2, R3), V4 crypt filters RC4 or AESV2 (R4), V5
// AESV3 (R5 and R6) — and, because its output is an unencrypted file, the
// raw-byte guards of pdftext's precheck run again on the decrypted bytes, where
// object streams (encrypted in the input) are in clear.
//
// Rules kept: strings and streams use /StrF and /StmF (V4, V5); a stream
// whose /Filter starts with /Crypt uses the crypt filter its
// /DecodeParms names (Identity by default) and loses that filter; with
// /EncryptMetadata false, /Metadata streams are not decrypted; xref
// streams are not encrypted (and are rebuilt); objects inside object
// streams are not encrypted on their own (the object stream is). Strings
// are written back as hex strings.
//
// Errors: a file that needs a password, or a handler other than the
// standard one, is refused with pdferr.ErrEncrypted naming the reason; a
// broken encryption dictionary, cross-reference chain or ciphertext with
// pdferr.ErrMalformed; a bound exceeded with pdferr.ErrLimit. Sizes are bounded
// as in the caller's raw-byte guards (pdftext's precheck), which have
// already run on the raw bytes.

// errorf returns an error wrapping sentinel (one of the pdferr values),
// its message "sentinel: detail" — the text pdftext's *Error prints.
func errorf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}

// Decrypt returns src decrypted with the empty user password, or src
// itself when its trailer names no /Encrypt. maxObjects bounds object
// numbers (the cross-reference table and xref streams). Errors wrap
// pdferr.ErrEncrypted, pdferr.ErrMalformed or pdferr.ErrLimit.
func Decrypt(src []byte, maxObjects int) ([]byte, error) {
	x, err := readXrefTable(src, maxObjects)
	if err != nil {
		return nil, err
	}
	encRef := x.trailer.key("Encrypt")
	enc := encRef
	encNum := int64(-1)
	switch encRef.kind {
	case pNull:
		return src, nil
	case pRef:
		encNum = encRef.n
		e, ok := x.pos[encNum]
		if !ok || e.typ != 1 {
			return nil, errorf(pdferr.ErrMalformed, "encryption dictionary %d is not a plain object", encNum)
		}
		if enc, _, err = x.object(src, encNum, e); err != nil {
			return nil, err
		}
	}
	var id0 []byte
	if id := x.trailer.key("ID"); id.kind == pArray && len(id.elems) > 0 && id.elems[0].kind == pString {
		id0 = id.elems[0].b
	}
	sec, err := openSecurity(enc, id0)
	if err != nil {
		return nil, err
	}
	return sec.rewrite(src, x, encNum)
}

// object parses plain object num at e: its value and raw stream data.
func (x *xrefTable) object(src []byte, num int64, e xrefPos) (pobj, []byte, error) {
	if e.off < 0 || e.off >= int64(len(src)) {
		return pobj{}, nil, errorf(pdferr.ErrMalformed, "object %d: offset %d outside the file", num, e.off)
	}
	p := &parser{src: src}
	n, gen, err := p.objectHeader(int(e.off))
	if err != nil || n != num {
		return pobj{}, nil, errorf(pdferr.ErrMalformed, "object %d: no \"%d %d obj\" at offset %d", num, num, e.gen, e.off)
	}
	return streamAt(p, x, num, gen)
}

// edit replaces src[start:end] with text.
type edit struct {
	start, end int
	text       []byte
}

// rewrite writes the decrypted file.
func (s *security) rewrite(src []byte, x *xrefTable, encNum int64) ([]byte, error) {
	nums := make([]int64, 0, len(x.pos))
	for n := range x.pos {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	out := bytes.NewBuffer(make([]byte, 0, len(src)+len(src)/8))
	header := src[:bytes.IndexAny(src, "\r\n")+1]
	if len(header) == 0 || len(header) > 16 {
		header = []byte("%PDF-1.7\n")
	}
	out.Write(header)
	out.WriteString("%\xe2\xe3\xcf\xd3\n")
	newPos := make(map[int64]xrefPos, len(nums))
	compressed := false
	for _, num := range nums {
		e := x.pos[num]
		if e.typ == 2 {
			newPos[num] = e
			compressed = true
			continue
		}
		if num == encNum {
			continue
		}
		off := out.Len()
		gen, keep, err := s.copyObject(out, src, x, num, e)
		if err != nil {
			return nil, err
		}
		if keep {
			newPos[num] = xrefPos{typ: 1, off: int64(off), gen: gen}
		} else {
			out.Truncate(off)
		}
	}
	writeXref(out, newPos, nums, x.trailer, src, compressed)
	return out.Bytes(), nil
}

// copyObject writes object num decrypted and returns the generation of
// its header. keep is false for an xref stream (left out: a new one is
// written) and for an entry that does not point to a readable object
// (left out, as readers read lazily: the object is then missing, which
// the library reports if it is used).
func (s *security) copyObject(out *bytes.Buffer, src []byte, x *xrefTable, num int64, e xrefPos) (gen int64, keep bool, err error) {
	if e.off < 0 || e.off >= int64(len(src)) {
		return 0, false, nil
	}
	p := &parser{src: src}
	n, gen, err := p.objectHeader(int(e.off))
	if err != nil || n != num {
		return 0, false, nil
	}
	d, data, err := streamAt(p, x, num, gen)
	if errors.Is(err, pdferr.ErrLimit) {
		return 0, false, err
	} else if err != nil {
		return 0, false, nil // unreadable: left out, as above
	}
	isStream := data != nil
	if isStream && d.key("Type").name() == "XRef" {
		return 0, false, nil
	}
	var edits []edit
	for _, str := range p.strs {
		plain, err := s.decryptData(s.strM, num, gen, str.b)
		if err != nil {
			return 0, false, errorf(pdferr.ErrMalformed, "object %d: string: %v", num, err)
		}
		edits = append(edits, edit{str.start, str.end, hexString(plain)})
	}
	if isStream {
		m := s.stmM
		if d.key("Type").name() == "Metadata" && !s.encryptMetadata {
			m = cryptIdentity
		}
		cm, cryptEdits, err := s.cryptFilter(d)
		if err != nil {
			return 0, false, errorf(pdferr.ErrMalformed, "object %d: %v", num, err)
		}
		if cryptEdits != nil {
			m, edits = cm, append(edits, cryptEdits...)
		}
		if data, err = s.decryptData(m, num, gen, data); err != nil {
			return 0, false, errorf(pdferr.ErrMalformed, "object %d: stream: %v", num, err)
		}
		if l := d.key("Length"); l.kind != pNull {
			edits = append(edits, edit{l.start, l.end, []byte(strconv.Itoa(len(data)))})
		} else {
			edits = append(edits, edit{d.end - 2, d.end - 2, []byte(" /Length " + strconv.Itoa(len(data)) + " ")})
		}
	}
	fmt.Fprintf(out, "%d %d obj\n", num, gen)
	applyEdits(out, src, d.start, d.end, edits)
	if isStream {
		out.WriteString("\nstream\n")
		out.Write(data)
		out.WriteString("\nendstream")
	}
	out.WriteString("\nendobj\n")
	return gen, true, nil
}

// cryptFilter handles a stream whose /Filter starts with /Crypt: the
// method of the crypt filter named in its decode parameters, and the
// edits that remove the /Crypt filter (nil when there is none).
func (s *security) cryptFilter(d pobj) (cryptMethod, []edit, error) {
	fi := d.keyIndex("Filter")
	if fi < 0 {
		return 0, nil, nil
	}
	f := d.elems[fi+1]
	single := f.name() == "Crypt"
	if !single && !(f.kind == pArray && len(f.elems) > 0 && f.elems[0].name() == "Crypt") {
		return 0, nil, nil
	}
	pi := d.keyIndex("DecodeParms")
	var parms pobj
	if pi >= 0 {
		parms = d.elems[pi+1]
		if parms.kind == pArray && len(parms.elems) > 0 {
			parms = parms.elems[0]
		}
	}
	name := parms.key("Name").name()
	if name == "" {
		name = "Identity"
	}
	m, ok := s.filters[name]
	if !ok {
		return 0, nil, fmt.Errorf("/Crypt filter names /%s, which /CF does not define", name)
	}
	var edits []edit
	if single {
		edits = append(edits, edit{d.elems[fi].start, f.end, nil})
		if pi >= 0 {
			edits = append(edits, edit{d.elems[pi].start, d.elems[pi+1].end, nil})
		}
		return m, edits, nil
	}
	edits = append(edits, edit{f.elems[0].start, f.elems[0].end, nil})
	if pi >= 0 && d.elems[pi+1].kind == pArray && len(d.elems[pi+1].elems) > 0 {
		first := d.elems[pi+1].elems[0]
		edits = append(edits, edit{first.start, first.end, nil})
	}
	return m, edits, nil
}

// applyEdits writes src[start:end] with the edits applied (in order of
// position; an edit overlapping an earlier one is dropped).
func applyEdits(out *bytes.Buffer, src []byte, start, end int, edits []edit) {
	slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
	at := start
	for _, e := range edits {
		if e.start < at || e.end > end {
			continue
		}
		out.Write(src[at:e.start])
		out.Write(e.text)
		at = e.end
	}
	out.Write(src[at:end])
}

// hexString writes b as a PDF hex string.
func hexString(b []byte) []byte {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b)+2)
	out = append(out, '<')
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return append(out, '>')
}

// writeXref writes the cross-reference section and trailer of the
// decrypted file: a table, or an uncompressed xref stream (fields 1, 4
// and 4 bytes wide) when some objects live in object streams. The
// trailer keeps /Root, /Info and /ID.
func writeXref(out *bytes.Buffer, pos map[int64]xrefPos, nums []int64, trailer pobj, src []byte, stream bool) {
	size := int64(1)
	if len(nums) > 0 {
		size = nums[len(nums)-1] + 1
	}
	var keep bytes.Buffer
	for _, k := range []string{"Root", "Info", "ID"} {
		if v := trailer.key(k); v.kind != pNull {
			keep.WriteString(" /" + k + " ")
			keep.Write(src[v.start:v.end])
		}
	}
	start := out.Len()
	if !stream {
		fmt.Fprintf(out, "xref\n0 %d\n", size)
		for n := range size {
			if e, ok := pos[n]; ok {
				fmt.Fprintf(out, "%010d %05d n\r\n", e.off, min(e.gen, 65535))
			} else {
				out.WriteString("0000000000 65535 f\r\n")
			}
		}
		fmt.Fprintf(out, "trailer\n<< /Size %d%s >>\n", size, keep.Bytes())
	} else {
		self := size // the xref stream's own number
		pos[self] = xrefPos{typ: 1, off: int64(start)}
		size++
		row := make([]byte, 9)
		data := make([]byte, 0, 9*size)
		for n := range size {
			e, ok := pos[n]
			clear(row)
			if ok {
				row[0] = byte(e.typ)
				binary.BigEndian.PutUint32(row[1:5], uint32(e.off))
				binary.BigEndian.PutUint32(row[5:9], uint32(e.gen))
			}
			data = append(data, row...)
		}
		fmt.Fprintf(out, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 4] /Length %d%s >>\nstream\n", self, size, len(data), keep.Bytes())
		out.Write(data)
		out.WriteString("\nendstream\nendobj\n")
	}
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", start)
}
