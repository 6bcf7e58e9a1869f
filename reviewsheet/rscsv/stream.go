package rscsv

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/rsheet/rsheet/reviewsheet"
)

// csvBuffer is the read-ahead between the decoded text and encoding/csv
// (which uses a *bufio.Reader of at least 4 KiB as it is).
const csvBuffer = 64 << 10

// sniffBytes is how much of a file the encoding is judged on.
const sniffBytes = 64 << 10

// Encodings the importer reads. The official files are UTF-8 with a BOM;
// files re-saved by a spreadsheet on Japanese Windows are Shift_JIS
// (CP932), and some tools write UTF-16 with a BOM.
const (
	encUTF8     = "UTF-8"
	encShiftJIS = "Shift_JIS (CP932)"
	encUTF16LE  = "UTF-16LE"
	encUTF16BE  = "UTF-16BE"
)

// csvStream is one CSV being read: the layers, from the file up, are the
// byte guard (decompressed bytes), the encoding detection and conversion
// to UTF-8, the record guard, a buffer, and encoding/csv.
type csvStream struct {
	cr  *csv.Reader
	buf *bufio.Reader // what cr reads from
	rec *recordGuard
	enc string // the encoding seen
	rc  io.Closer
}

// openCSV opens in within the limits; total counts the decompressed bytes
// of the whole set (nil: this input only).
func openCSV(in *input, lim Limits, total *atomic.Int64) (*csvStream, error) {
	rc, err := in.open()
	if err != nil {
		return nil, &reviewsheet.Error{File: in.name, Err: err}
	}
	g := &byteGuard{r: rc, name: in.name, member: lim.MemberBytes, total: total, max: lim.TotalBytes}
	text, enc, err := decodeText(bufio.NewReaderSize(g, csvBuffer))
	if err != nil {
		rc.Close()
		return nil, &reviewsheet.Error{File: in.name, Line: 1, Err: err}
	}
	rec := &recordGuard{r: text, name: in.name, max: lim.RecordBytes, slack: csvBuffer}
	buf := bufio.NewReaderSize(rec, csvBuffer)
	cr := csv.NewReader(buf) // uses buf as it is (no second buffer)
	cr.FieldsPerRecord = -1
	return &csvStream{cr: cr, buf: buf, rec: rec, enc: enc, rc: rc}, nil
}

// read returns the next record; the record guard then measures from its end.
func (s *csvStream) read() ([]string, error) {
	f, err := s.cr.Read()
	s.rec.start = s.cr.InputOffset()
	return f, err
}

func (s *csvStream) Close() error { return s.rc.Close() }

// decodeText skips a byte order mark and returns the text as UTF-8 with
// the name of the encoding seen. Without a BOM the first 64 KiB decide:
// valid UTF-8 is UTF-8; otherwise text that is valid Shift_JIS (CP932) and
// holds Japanese is converted; anything else is an ErrEncoding error that
// says what was seen.
func decodeText(br *bufio.Reader) (io.Reader, string, error) {
	head, err := br.Peek(sniffBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, "", err
	}
	switch {
	case bytes.HasPrefix(head, []byte("\uFEFF")):
		br.Discard(3)
		return br, encUTF8, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()), encUTF16LE, nil
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return transform.NewReader(br, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()), encUTF16BE, nil
	}
	full := len(head) < sniffBytes // the whole file is in head
	if validUTF8Prefix(head, full) {
		return br, encUTF8, nil
	}
	if looksShiftJIS(head, full) {
		return transform.NewReader(br, japanese.ShiftJIS.NewDecoder()), encShiftJIS, nil
	}
	off := firstInvalidUTF8(head)
	return nil, "", fmt.Errorf("%w: neither UTF-8 nor Shift_JIS (CP932): invalid byte 0x%02X at offset %d", reviewsheet.ErrEncoding, head[off], off)
}

// validUTF8Prefix reports whether b is valid UTF-8, allowing a rune cut by
// the end of the sniffed bytes when the file goes on.
func validUTF8Prefix(b []byte, full bool) bool {
	if utf8.Valid(b) {
		return true
	}
	if full {
		return false
	}
	for cut := 1; cut < utf8.UTFMax && cut <= len(b); cut++ {
		if utf8.Valid(b[:len(b)-cut]) {
			return true
		}
	}
	return false
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// looksShiftJIS reports whether b decodes as Shift_JIS (CP932) without a
// replacement character (but for a lead byte cut by the end of the
// sniffed bytes) and holds at least one kana or kanji: Latin-1 or other
// single-byte text, which also passes the decoder, holds none.
func looksShiftJIS(b []byte, full bool) bool {
	dec := japanese.ShiftJIS.NewDecoder()
	out, err := decodeAll(dec, b)
	if err != nil {
		return false
	}
	if !full {
		out = bytes.TrimSuffix(out, []byte("\uFFFD"))
	}
	if bytes.Contains(out, []byte("\uFFFD")) {
		return false
	}
	for _, r := range string(out) {
		if r >= 0x3040 && r <= 0x9FFF {
			return true
		}
	}
	return false
}

func decodeAll(dec *encoding.Decoder, b []byte) ([]byte, error) {
	out, _, err := transform.Bytes(dec, b)
	return out, err
}
