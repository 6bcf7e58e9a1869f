package pdftext

import (
	"bytes"
	"strconv"

	"github.com/rsheet/rsheet/internal/pdftext/rawpdf"
)

// decryptIfEncrypted decrypts a file that mentions /Encrypt
// (rawpdf.Decrypt: the standard security handler with the empty user
// password) and runs the raw-byte guards again on the decrypted bytes,
// where object streams are in clear. A decryption error becomes an
// *Error of the whole file (Page 0) wrapping it, so that its message and
// sentinel (ErrEncrypted, ErrMalformed, ErrLimit) are rawpdf's.
func decryptIfEncrypted(src []byte, opt Options) ([]byte, error) {
	if !rawpdf.HasKey(src, "/Encrypt") {
		return src, nil
	}
	out, err := rawpdf.Decrypt(src, opt.MaxObjects)
	if err != nil {
		return nil, &Error{Err: err}
	}
	if err := precheck(out, opt); err != nil {
		return nil, err
	}
	return out, nil
}

// precheck refuses, from the raw bytes and before the PDF library sees
// them, the files the library would hang on or exhaust memory with:
//
//   - an object count (/Size, /Index, xref subsection) above MaxObjects,
//     which the library allocates up front;
//
//   - a /Prev loop in the cross-reference chain, which it follows forever;
//
//   - an object stream with /Extends, whose chain it follows without a
//     cycle check;
//
//   - object streams that the library would resolve recursively (see
//     checkObjectStreams).
//
// Page-tree cycles are caught by the bounded walk in collectPages. An
// encrypted file passes these checks on its raw bytes (dictionaries and
// xref streams are not encrypted), is decrypted (decryptIfEncrypted) and
// is checked again. The byte-level scanning (keys, integers, white space)
// is package rawpdf's.
func precheck(src []byte, opt Options) error {
	if rawpdf.HasKey(src, "/Extends") {
		return errorf(0, ErrMalformed, "object streams with /Extends are not supported")
	}
	for _, key := range []string{"/Size", "/Count"} {
		for off := 0; ; {
			i := rawpdf.IndexKey(src[off:], key)
			if i < 0 {
				break
			}
			off += i + len(key)
			n, _, ok := rawpdf.ReadInt(src, off)
			if ok && n > int64(opt.MaxObjects) {
				return errorf(0, ErrLimit, "%s %d is more than %d", key, n, opt.MaxObjects)
			}
		}
	}
	for off := 0; ; {
		i := rawpdf.IndexKey(src[off:], "/Index")
		if i < 0 {
			break
		}
		off += i + len("/Index")
		if err := checkIndex(src, off, opt.MaxObjects); err != nil {
			return err
		}
	}
	return checkXrefChain(src, opt.MaxObjects)
}

// checkIndex checks an xref stream /Index array [start count …].
func checkIndex(src []byte, off, max int) error {
	i := rawpdf.SkipSpace(src, off)
	if i >= len(src) || src[i] != '[' {
		return nil
	}
	i++
	var total int64
	for k := 0; k < 1<<16; k++ {
		start, end, ok := rawpdf.ReadInt(src, i)
		if !ok {
			return nil
		}
		count, end2, ok := rawpdf.ReadInt(src, end)
		if !ok {
			return nil
		}
		total += count
		if start+count > int64(max) || total > int64(max) {
			return errorf(0, ErrLimit, "xref stream /Index covers more than %d objects", max)
		}
		i = end2
	}
	return nil
}

// checkXrefChain follows the cross-reference chain from the last
// startxref the way the library does and refuses loops, long chains and
// oversized xref table subsections.
func checkXrefChain(src []byte, max int) error {
	i := bytes.LastIndex(src, []byte("startxref"))
	if i < 0 {
		return nil // the library reports the missing startxref
	}
	off, _, ok := rawpdf.ReadInt(src, i+len("startxref"))
	seen := make(map[int64]bool)
	entries := make(map[int]xrefEntry)
	for ok {
		if off < 0 || off >= int64(len(src)) {
			break // the library reports the bad offset
		}
		if seen[off] {
			return errorf(0, ErrMalformed, "cross-reference /Prev chain loops at offset %d", off)
		}
		if len(seen) >= rawpdf.MaxXrefChain {
			return errorf(0, ErrLimit, "more than %d cross-reference sections", rawpdf.MaxXrefChain)
		}
		seen[off] = true
		sec := src[off:]
		var dict []byte
		if p := rawpdf.SkipSpace(sec, 0); bytes.HasPrefix(sec[p:], []byte("xref")) {
			t := bytes.Index(sec, []byte("trailer"))
			if t < 0 {
				break
			}
			if err := checkSubsections(sec[p+4:t], max); err != nil {
				return err
			}
			dict = sec[t:]
		} else {
			dict = sec
		}
		if e := bytes.Index(dict, []byte("stream")); e >= 0 {
			dict = dict[:e]
			if !bytes.HasPrefix(sec[rawpdf.SkipSpace(sec, 0):], []byte("xref")) {
				ds := int(off) + e + len("stream")
				if ds < len(src) && src[ds] == '\r' {
					ds++
				}
				if ds < len(src) && src[ds] == '\n' {
					ds++
				}
				if err := decodeXrefStream(src, dict, ds, max, entries); err != nil {
					return err
				}
			}
		}
		if e := bytes.Index(dict, []byte("startxref")); e >= 0 {
			dict = dict[:e]
		}
		k := rawpdf.IndexKey(dict, "/Prev")
		if k < 0 {
			break
		}
		off, _, ok = rawpdf.ReadInt(dict, k+len("/Prev"))
	}
	return checkObjectStreams(src, entries)
}

// checkSubsections checks the "start count" headers of an xref table.
func checkSubsections(tab []byte, max int) error {
	for len(tab) > 0 {
		nl := bytes.IndexAny(tab, "\r\n")
		ln := tab
		if nl >= 0 {
			ln, tab = tab[:nl], tab[nl+1:]
		} else {
			tab = nil
		}
		f := bytes.Fields(ln)
		if len(f) != 2 {
			continue
		}
		start, err1 := strconv.ParseInt(string(f[0]), 10, 64)
		count, err2 := strconv.ParseInt(string(f[1]), 10, 64)
		if err1 == nil && err2 == nil && (start < 0 || count < 0 || start+count > int64(max)) {
			return errorf(0, ErrLimit, "xref subsection %d %d exceeds %d objects", start, count, max)
		}
	}
	return nil
}

// The PDF library's content-stream lexer (used by pdf.Interpret for page
// contents and ToUnicode maps) loops forever on a hex string that is not
// closed before the end of the stream: at the end it reads white space
// for ever. recover cannot stop that, so the decoded stream is scanned
// here first, tokenised as the library does (comments, literal strings
// with escapes and nesting, "<<", names and keywords), and refused when a
// hex string runs to the end.

// unclosedHex reports whether data ends inside a hex string.
func unclosedHex(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '%':
			for i < len(data) && data[i] != '\r' && data[i] != '\n' {
				i++
			}
		case c == '(':
			i = skipLiteral(data, i+1)
		case c == '<':
			if i+1 < len(data) && data[i+1] == '<' {
				i += 2
				continue
			}
			j := i + 1
			for j < len(data) && data[j] != '>' {
				j++
			}
			if j >= len(data) {
				return true
			}
			i = j + 1
		default:
			i++
		}
	}
	return false
}

// skipLiteral returns the index after the literal string whose body
// starts at i (or len(data) when it is not closed: the library stops
// there).
func skipLiteral(data []byte, i int) int {
	depth := 1
	for i < len(data) {
		switch data[i] {
		case '\\':
			i += 2
			continue
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
		i++
	}
	return len(data)
}
