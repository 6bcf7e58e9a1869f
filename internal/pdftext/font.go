package pdftext

import (
	"io"
	"strings"

	"github.com/ledongthuc/pdf"
)

// font is what the interpreter needs of one font resource: how many bytes
// a character code takes, each code's advance width (in 1/1000 text space
// units) and its Unicode text.
type font struct {
	twoByte bool // Type0: 2-byte codes (Identity-H)
	// unreadable is set when the codes cannot be mapped to Unicode: a
	// Type0 font without ToUnicode, or a predefined CMap.
	unreadable string
	cid        map[int]float64 // Type0 /W widths
	dw         float64         // Type0 /DW
	first      int             // simple font /FirstChar
	widths     []float64       // simple font /Widths
	missing    float64         // simple font width for codes outside /Widths
	enc        pdf.TextEncoding
	tu         *toUnicode     // the ToUnicode map, when the font has one
	text       map[int]string // decoded text per code (cache)
	v          pdf.Value      // the font dictionary (for the encoding, built on first need)
}

// Limits that keep one font's decoding cheap: the library decodes a code
// by scanning the whole ToUnicode map, so both the map and the number of
// distinct codes are bounded.
const (
	maxWidthEntries = 1 << 16 // /W entries of a CID font
	maxToUnicode    = 1 << 20 // decoded bytes of a ToUnicode stream
	maxCodes        = 1 << 14 // distinct codes decoded per font
)

// loadFont reads a font dictionary. It may panic on malformed input (the
// caller recovers).
func loadFont(v pdf.Value) *font {
	f := &font{text: make(map[int]string)}
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.twoByte = true
		enc := v.Key("Encoding")
		switch {
		case enc.Kind() != pdf.Name || (enc.Name() != "Identity-H" && enc.Name() != "Identity-V"):
			f.unreadable = "Type0 font " + v.Key("BaseFont").Name() + " uses a predefined CMap (" + enc.Name() + ")"
		case v.Key("ToUnicode").Kind() != pdf.Stream:
			f.unreadable = "Type0 font " + v.Key("BaseFont").Name() + " has no ToUnicode map"
		}
		desc := v.Key("DescendantFonts").Index(0)
		f.dw = 1000
		if d := desc.Key("DW"); d.Kind() == pdf.Integer || d.Kind() == pdf.Real {
			f.dw = d.Float64()
		}
		f.cid = cidWidths(desc.Key("W"))
	default:
		f.first = int(v.Key("FirstChar").Int64())
		w := v.Key("Widths")
		n := w.Len()
		if n > 256 {
			n = 256
		}
		f.widths = make([]float64, n)
		for i := range f.widths {
			f.widths[i] = w.Index(i).Float64()
		}
		f.missing = v.Key("FontDescriptor").Key("MissingWidth").Float64()
		if n == 0 && f.missing == 0 {
			f.missing = 500 // standard 14 fonts carry no widths
		}
		if v.Key("Subtype").Name() == "Type3" {
			// Type 3 widths are in glyph space: /FontMatrix maps
			// them to text space (usually 0.001, sometimes not).
			if fm := v.Key("FontMatrix"); fm.Len() == 6 {
				if a := fm.Index(0).Float64(); a > 0 && a < 1e3 {
					for i := range f.widths {
						f.widths[i] *= a * 1000
					}
					f.missing *= a * 1000
				}
			}
		}
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		rc := tu.Reader()
		data, err := io.ReadAll(io.LimitReader(rc, maxToUnicode+1))
		rc.Close()
		switch {
		case err != nil:
			panic(errorf(0, ErrMalformed, "ToUnicode map of font %s: %v", v.Key("BaseFont").Name(), err))
		case len(data) > maxToUnicode:
			panic(errorf(0, ErrLimit, "ToUnicode map of font %s is larger than %d bytes", v.Key("BaseFont").Name(), maxToUnicode))
		case unclosedHex(data):
			panic(errorf(0, ErrMalformed, "ToUnicode map of font %s ends inside a hex string", v.Key("BaseFont").Name()))
		}
		f.tu = readToUnicode(data)
	}
	f.v = v
	return f
}

// cidWidths reads a CID font /W array: "c [w1 w2 …]" and "c1 c2 w".
func cidWidths(w pdf.Value) map[int]float64 {
	m := make(map[int]float64)
	n := w.Len()
	entries := 0
	for i := 0; i < n && entries < maxWidthEntries; {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && entries < maxWidthEntries; j++ {
				m[c+j] = next.Index(j).Float64()
				entries++
			}
			i += 2
			continue
		}
		last := int(next.Int64())
		width := w.Index(i + 2).Float64()
		for c2 := c; c2 <= last && entries < maxWidthEntries; c2++ {
			m[c2] = width
			entries++
		}
		i += 3
	}
	return m
}

// width is the advance of code in 1/1000 text space units.
func (f *font) width(code int) float64 {
	if f.twoByte {
		if w, ok := f.cid[code]; ok {
			return w
		}
		return f.dw
	}
	i := code - f.first
	if i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	return f.missing
}

// decode returns the Unicode text of one code (cached per font): the
// ToUnicode map's when it has text for the code, else the encoding's.
func (f *font) decode(code int) string {
	if s, ok := f.text[code]; ok {
		return s
	}
	if len(f.text) >= maxCodes {
		panic(errorf(0, ErrLimit, "more than %d distinct character codes in one font", maxCodes))
	}
	var raw string
	if f.twoByte {
		raw = string([]byte{byte(code >> 8), byte(code)})
	} else {
		raw = string([]byte{byte(code)})
	}
	s, ok := "", false
	if f.tu != nil {
		s, ok = f.tu.lookup(code)
		// A map entry without text (empty, U+0000, U+FFFD) says nothing:
		// the encoding may know better.
		ok = ok && strings.Trim(s, "\x00\uFFFD") != ""
	}
	if !ok {
		if f.enc == nil {
			pf := pdf.Font{V: f.v}
			f.enc = pf.Encoder()
		}
		s = f.enc.Decode(raw)
	}
	f.text[code] = s
	return s
}
