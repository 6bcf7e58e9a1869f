package pdftext

import "unicode/utf16"

// toUnicode is a font's ToUnicode CMap: bfchar entries by code, bfrange
// entries as ranges (a range is expanded only when a code in it is
// decoded). Codes are big-endian integers of their byte length.
//
// The map wins over the font's /Encoding for every font type — Type0,
// TrueType, Type1 and Type3 alike (PDF 32000-1 §9.10.2 puts ToUnicode
// first): Chromium writes fake-bold and fallback glyphs as Type 3 fonts
// whose /Differences name glyphs /g13, /g14, …, which only the
// ToUnicode map gives a meaning.
type toUnicode struct {
	chars  map[int]string
	ranges []cmapRange
}

// cmapRange maps lo…hi to consecutive text from dst (a string: its last
// UTF-16 unit is incremented), or to the entries of an array.
type cmapRange struct {
	lo, hi int
	dst    []uint16   // string destination
	arr    [][]uint16 // array destination
}

// maxRangeSpan bounds one bfrange (a CMap may not span more than 256
// codes in one range; producers keep to it, a hostile file may not), and
// maxRanges the ranges of one map (a code is looked up by scanning them,
// at most maxCodes times per font).
const (
	maxRangeSpan = 1 << 16
	maxRanges    = 1 << 12
)

// readToUnicode parses the bfchar and bfrange sections of a decoded
// ToUnicode stream (already bounded in size and checked for unclosed hex
// strings by loadFont). It reads the CMap's tokens itself rather than
// running its PostScript: only the operands before endbfchar and
// endbfrange matter, and a malformed map gives fewer entries, never a
// panic.
func readToUnicode(data []byte) *toUnicode {
	m := &toUnicode{chars: make(map[int]string)}
	var ops []cmapTok
	var arr []string
	inArr := false
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0:
			i++
		case c == '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case c == '<' && i+1 < len(data) && data[i+1] == '<', c == '>':
			i++
		case c == '<':
			j := i + 1
			for j < len(data) && data[j] != '>' {
				j++
			}
			s := hexBytes(data[i+1 : j])
			i = j + 1
			if inArr {
				arr = append(arr, s)
			} else {
				ops = append(ops, cmapTok{s: s})
			}
		case c == '(':
			s, j := literal(data, i)
			i = j
			if inArr {
				arr = append(arr, s)
			} else {
				ops = append(ops, cmapTok{s: s})
			}
		case c == '[':
			inArr, arr = true, nil
			i++
		case c == ']':
			if inArr {
				ops = append(ops, cmapTok{arr: arr, isArr: true})
			}
			inArr = false
			i++
		default:
			j := i
			for j < len(data) && !delim(data[j]) {
				j++
			}
			if j == i {
				j++
			}
			word := string(data[i:j])
			i = j
			switch word {
			case "endbfchar":
				m.addChars(ops)
			case "endbfrange":
				m.addRanges(ops)
			}
			if c != '/' && (c < '0' || c > '9') && c != '-' && c != '.' {
				ops = ops[:0] // an operator ends the operands before it
			}
		}
	}
	return m
}

// cmapTok is a string operand or an array of strings.
type cmapTok struct {
	s     string
	arr   []string
	isArr bool
}

func (m *toUnicode) addChars(ops []cmapTok) {
	for k := 0; k+1 < len(ops); k += 2 {
		src, dst := ops[k], ops[k+1]
		if src.isArr || dst.isArr || len(src.s) == 0 || len(src.s) > 4 || len(m.chars) >= 4*maxCodes {
			continue
		}
		m.chars[codeOf(src.s)] = decodeUTF16(units(dst.s))
	}
}

func (m *toUnicode) addRanges(ops []cmapTok) {
	for k := 0; k+2 < len(ops); k += 3 {
		lo, hi, dst := ops[k], ops[k+1], ops[k+2]
		if lo.isArr || hi.isArr || len(lo.s) == 0 || len(lo.s) > 4 || len(lo.s) != len(hi.s) || len(m.ranges) >= maxRanges {
			continue
		}
		r := cmapRange{lo: codeOf(lo.s), hi: codeOf(hi.s)}
		if r.hi < r.lo || r.hi-r.lo >= maxRangeSpan {
			continue
		}
		if dst.isArr {
			for _, s := range dst.arr {
				r.arr = append(r.arr, units(s))
			}
			if r.arr == nil {
				continue
			}
		} else {
			r.dst = units(dst.s)
		}
		m.ranges = append(m.ranges, r)
	}
}

func delim(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0, '<', '>', '[', ']', '(', ')', '/', '%', '{', '}':
		return true
	}
	return false
}

// hexBytes decodes the digits of a hex string; an odd last digit counts
// as followed by 0, other characters are skipped.
func hexBytes(h []byte) string {
	var out []byte
	var cur byte
	n := 0
	for _, c := range h {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			continue
		}
		cur = cur<<4 | d
		n++
		if n == 2 {
			out = append(out, cur)
			cur, n = 0, 0
		}
	}
	if n == 1 {
		out = append(out, cur<<4)
	}
	return string(out)
}

// literal reads a literal string starting at data[i] == '(' and returns
// it with the index after its closing parenthesis.
func literal(data []byte, i int) (string, int) {
	var out []byte
	depth := 0
	for i++; i < len(data); i++ {
		c := data[i]
		switch c {
		case '\\':
			if i+1 >= len(data) {
				return string(out), i + 1
			}
			i++
			e := data[i]
			switch e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '0', '1', '2', '3', '4', '5', '6', '7':
				v := 0
				for k := 0; k < 3 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
					v = v*8 + int(data[i]-'0')
					i++
				}
				i--
				out = append(out, byte(v))
			case '\r', '\n':
			default:
				out = append(out, e)
			}
		case '(':
			depth++
			out = append(out, c)
		case ')':
			if depth == 0 {
				return string(out), i + 1
			}
			depth--
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return string(out), i
}

// lookup returns the text of code and whether the map has it.
func (m *toUnicode) lookup(code int) (string, bool) {
	if s, ok := m.chars[code]; ok {
		return s, true
	}
	for _, r := range m.ranges {
		if code < r.lo || code > r.hi {
			continue
		}
		k := code - r.lo
		if r.arr != nil {
			if k < len(r.arr) {
				return decodeUTF16(r.arr[k]), true
			}
			return "", false
		}
		if len(r.dst) == 0 {
			return "", false
		}
		u := append([]uint16(nil), r.dst...)
		u[len(u)-1] += uint16(k)
		return decodeUTF16(u), true
	}
	return "", false
}

func codeOf(s string) int {
	c := 0
	for i := 0; i < len(s); i++ {
		c = c<<8 | int(s[i])
	}
	return c
}

// units reads a big-endian UTF-16 string (an odd last byte is dropped).
func units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

func decodeUTF16(u []uint16) string { return string(utf16.Decode(u)) }
