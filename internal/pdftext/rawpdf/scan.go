package rawpdf

import (
	"bytes"
	"strconv"
)

// Byte-level scanning of raw PDF bytes (ISO 32000-1 §7.2: white space and
// delimiters), shared by the object parser here and by the raw-byte
// guards of pdftext, which look for keys and numbers without parsing
// objects.

// MaxXrefChain bounds the /Prev chain of cross-reference sections (each
// section costs a scan of the rest of the file). The decryption layer's
// xref reader and pdftext's guards both refuse longer chains.
const MaxXrefChain = 64

// HasKey reports whether the name key (with its '/') occurs in src as a
// whole name.
func HasKey(src []byte, key string) bool { return IndexKey(src, key) >= 0 }

// IndexKey returns the offset of the first occurrence of the name key
// followed by a delimiter, white space or the end of src (so /Encrypt
// does not match /EncryptMetadata), or -1.
func IndexKey(src []byte, key string) int {
	for off := 0; ; {
		i := bytes.Index(src[off:], []byte(key))
		if i < 0 {
			return -1
		}
		end := off + i + len(key)
		if end >= len(src) || IsDelimOrSpace(src[end]) {
			return off + i
		}
		off = end
	}
}

// IsDelimOrSpace reports whether c is PDF white space (NUL, tab, LF, FF,
// CR, space) or a delimiter: ( ) < > [ ] { } / %.
func IsDelimOrSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0, '/', '[', ']', '<', '>', '(', ')', '%', '{', '}':
		return true
	}
	return false
}

// SkipSpace returns the index of the first byte at or after i that is not
// white space (len(src) at the end). Comments are not skipped.
func SkipSpace(src []byte, i int) int {
	for i < len(src) {
		switch src[i] {
		case ' ', '\t', '\r', '\n', '\f', 0:
			i++
			continue
		}
		break
	}
	return i
}

// ReadInt reads an unsigned decimal integer of at most 18 digits after
// optional white space at i, and returns it with the index after its last
// digit; ok is false when no digit follows.
func ReadInt(src []byte, i int) (n int64, end int, ok bool) {
	i = SkipSpace(src, i)
	j := i
	for j < len(src) && src[j] >= '0' && src[j] <= '9' && j-i < 18 {
		j++
	}
	if j == i {
		return 0, i, false
	}
	n, err := strconv.ParseInt(string(src[i:j]), 10, 64)
	return n, j, err == nil
}

// BeInt is the big-endian unsigned value of b (a field of an xref stream
// row, at most 8 bytes).
func BeInt(b []byte) int {
	x := 0
	for _, c := range b {
		x = x<<8 | int(c)
	}
	return x
}

// UnpredictPNG undoes PNG row predictors (PNG specification §9; PDF
// /Predictor ≥ 10): each row of cols bytes is preceded by its filter
// type — 0 None, 1 Sub (+ left), 2 Up (+ above), 3 Average (+ ⌊(left +
// above)/2⌋), 4 Paeth (+ whichever of left, above, upper-left is nearest
// to left + above − upper-left); an unknown type reads as None. A
// trailing partial row is dropped.
func UnpredictPNG(data []byte, cols int) []byte {
	out := make([]byte, 0, len(data))
	prev := make([]byte, cols)
	for len(data) >= cols+1 {
		ft, row := data[0], data[1:cols+1]
		data = data[cols+1:]
		cur := make([]byte, cols)
		for i := range cols {
			var left, upLeft byte
			if i > 0 {
				left, upLeft = cur[i-1], prev[i-1]
			}
			up := prev[i]
			switch ft {
			case 1:
				cur[i] = row[i] + left
			case 2:
				cur[i] = row[i] + up
			case 3:
				cur[i] = row[i] + byte((int(left)+int(up))/2)
			case 4:
				cur[i] = row[i] + paeth(left, up, upLeft)
			default:
				cur[i] = row[i]
			}
		}
		out = append(out, cur...)
		prev = cur
	}
	return out
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
